//! `jobtrack synth`: writes a deterministic synthetic mailbox and its labels.

use std::io::BufWriter;
use std::path::Path;

use anyhow::Context;

pub fn synth(messages: u64, seed: u64, out: &Path, labels: Option<&Path>) -> anyhow::Result<()> {
    let opts = jobtrack_synth::SynthOptions {
        messages,
        seed,
        ..Default::default()
    };
    let mbox =
        std::fs::File::create(out).with_context(|| format!("cannot create {}", out.display()))?;
    let labels_file = labels
        .map(|p| std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display())))
        .transpose()?;
    let summary = jobtrack_synth::write_mailbox(
        &opts,
        BufWriter::with_capacity(1 << 20, mbox),
        labels_file.map(|f| BufWriter::with_capacity(1 << 16, f)),
    )
    .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "Wrote {} messages ({} bytes, {} applications) to {}",
        summary.messages,
        summary.bytes,
        summary.applications,
        out.display()
    );
    for (label, n) in &summary.by_label {
        println!("  {label:<20} {n}");
    }
    Ok(())
}
