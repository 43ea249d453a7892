//! Rebuilds the built-in model, `stages/src/classify/model/default_model.bin`,
//! from the repository, bit for bit: the recipe (training mail, how it is
//! read, settings, seeds) is `jobtrack_stages::learn::builtin`, documented in
//! `stages/src/classify/model.rs` and the README ("The built-in model").
//!
//! ## Usage
//! ```text
//! cargo run --example train_default            # writes the shipped file
//! cargo run --example train_default -- --check # compares, writes nothing
//! cargo run --example train_default -- --out /tmp/m.bin \
//!     [--synth-messages N] [--synth-seed S] [--no-labeled] [--blind] \
//!     [--unseen-dev [--leave-out MAILBOX]...] [--epochs N]  # an experiment
//! ```
//! It prints the training set's size by label, the model's version, its
//! SHA-256 and the time taken. With `--check` it exits 1 when the rebuilt
//! bytes differ from the shipped file. The integration test
//! `default_model_rebuilds_bit_for_bit` runs the same check.

use std::error::Error;
use std::path::{Path, PathBuf};
use std::time::Instant;

use jobtrack_stages::classify::Label;
use jobtrack_stages::learn::builtin::{MODEL_FILE, Recipe, train};
use sha2::{Digest, Sha256};

fn value<T: std::str::FromStr>(
    args: &mut impl Iterator<Item = String>,
    flag: &str,
) -> Result<T, String> {
    args.next()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{flag} needs a number"))
}

fn main() -> Result<(), Box<dyn Error>> {
    // the workspace root: the recipe's paths are relative to it
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("the stages crate has no parent folder")?;
    let mut recipe = Recipe::default();
    let mut out: Option<PathBuf> = None;
    let mut check = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--check" => check = true,
            "--out" => out = Some(args.next().ok_or("--out needs a path")?.into()),
            "--no-labeled" => recipe.labeled = false,
            "--blind" => recipe.blind = true,
            "--unseen-dev" => recipe.unseen_dev = true,
            "--leave-out" => recipe
                .leave_out
                .push(args.next().ok_or("--leave-out needs a mailbox name")?),
            "--synth-messages" => recipe.synth_messages = value(&mut args, &a)?,
            "--synth-seed" => recipe.synth_seed = value(&mut args, &a)?,
            "--epochs" => recipe.config.epochs = value(&mut args, &a)?,
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    let experiment = recipe != Recipe::default();
    if experiment && out.is_none() && !check {
        return Err("a recipe other than the shipped one needs --out (the shipped file is only written by the shipped recipe)".into());
    }
    let shipped = repo.join(MODEL_FILE);

    let started = Instant::now();
    let (model, set) = train(repo, &recipe)?;
    let bytes = model.to_bytes();
    let secs = started.elapsed().as_secs_f64();
    let n = set.by_label();
    println!(
        "trained on {} emails ({} labeled corpus, {} blind, {} unseen dev, {} synth{}): {}",
        set.emails.len(),
        set.from_labeled,
        set.from_blind,
        set.from_unseen_dev,
        set.from_synth,
        if set.rejected > 0 {
            format!(", {} synth messages rejected by normalize", set.rejected)
        } else {
            String::new()
        },
        Label::ALL
            .iter()
            .map(|l| format!("{} {}", l.as_str(), n[l.index()]))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "model {} ({} bytes), sha256 {}, in {secs:.1} s",
        model.version(),
        bytes.len(),
        hex::encode(Sha256::digest(&bytes))
    );

    if check {
        let current = std::fs::read(&shipped)?;
        if current == bytes {
            println!("{} is rebuilt bit for bit", shipped.display());
            return Ok(());
        }
        println!(
            "{} differs (sha256 {}): rebuild it with `cargo run --example train_default`",
            shipped.display(),
            hex::encode(Sha256::digest(&current))
        );
        std::process::exit(1);
    }
    let target = out.unwrap_or(shipped);
    std::fs::write(&target, &bytes)?;
    println!("wrote {}", target.display());
    Ok(())
}
