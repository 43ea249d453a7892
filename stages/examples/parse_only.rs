//! The baseline of the ingest benchmark: split an mbox with mail-parser's own
//! mbox iterator and parse every message with mail-parser, nothing else.
//!
//! ## Usage
//! ```text
//! cargo run -p jobtrack-stages --example parse_only -- FILE.mbox
//! ```

use std::io::BufReader;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args_os()
        .nth(1)
        .ok_or("usage: parse_only FILE.mbox")?;
    let file = std::fs::File::open(&path)?;
    let started = Instant::now();
    let parser = mail_parser::MessageParser::new();
    let (mut messages, mut bytes, mut subjects) = (0u64, 0u64, 0u64);
    for message in
        mail_parser::mailbox::mbox::MessageIterator::new(BufReader::with_capacity(1 << 20, file))
    {
        let message = message?;
        bytes += message.contents().len() as u64;
        if let Some(parsed) = parser.parse(message.contents()) {
            subjects += u64::from(parsed.subject().is_some());
            // Touch the bodies as the normalize stage does.
            let _ = parsed.body_text(0);
        }
        messages += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "parse_only: {messages} messages, {:.1} MB, {subjects} subjects in {secs:.2} s: {:.0} messages/s, {:.1} MB/s",
        bytes as f64 / 1e6,
        messages as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
