//! The classification benchmark: loads the `stg_emails` table of a data dir
//! (one that `jobtrack run` filled), then times ONLY classification on one
//! thread, through the exact code path of the `int_emails_classified` stage
//! (`classify::stage::classify_batches`: Arrow batches → `EmailInput`s →
//! rules and model → the output columns), input file by input file as the
//! stage reads them (4,096 rows a batch). Reading Parquet is not timed.
//!
//! It reports the time to compile the rules, then the first pass over the
//! table with a fresh classifier (cold caches: the lazy DFAs of the rule
//! sets build their states as the mail needs them, as in a `jobtrack run`),
//! then whole further passes until `--min-secs` of wall time (the steady
//! state of a large mailbox). Each as emails per second by wall time and by
//! the CPU time of the measuring thread (from `/proc/thread-self/schedstat`,
//! nanoseconds on a CPU): a busy machine lowers the wall figure, much less
//! the CPU one. It also prints a digest of every output column but
//! `classifier_version`: identical output gives an identical digest.
//!
//! ## Usage
//! ```text
//! jobtrack synth --messages 20000 --seed 1 --out synth.mbox
//! jobtrack run --dag dags/ingest.toml --source mbox:synth.mbox --data-dir data
//! cargo build --workspace --examples
//! target/debug/examples/classify_bench data [--min-secs 5] [--no-model] [--rules user-rules.toml]
//! ```
//! `bench/classify.sh` does all of this.

use std::time::Instant;

use arrow::array::RecordBatch;
use arrow::util::display::{ArrayFormatter, FormatOptions};
use jobtrack_stages::DataRoot;
use jobtrack_stages::classify::{Classifier, default_model, stage};

const BATCH_SIZE: usize = 4096;

/// CPU time of the calling thread in seconds: `/proc/thread-self/schedstat`
/// (nanoseconds), else `/proc/thread-self/stat` (clock ticks, assumed 100 Hz).
fn thread_cpu_secs() -> Option<f64> {
    if let Ok(s) = std::fs::read_to_string("/proc/thread-self/schedstat")
        && let Some(ns) = s
            .split_whitespace()
            .next()
            .and_then(|v| v.parse::<u64>().ok())
    {
        return Some(ns as f64 / 1e9);
    }
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // the fields after the parenthesised command name; utime and stime are 14 and 15
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

/// Wall and thread CPU time of a stretch of work.
struct Clock {
    wall: Instant,
    cpu: Option<f64>,
}

struct Measured {
    emails: u64,
    wall: f64,
    cpu: Option<f64>,
}

impl Clock {
    fn start() -> Clock {
        Clock {
            cpu: thread_cpu_secs(),
            wall: Instant::now(),
        }
    }

    fn stop(self, emails: u64) -> Measured {
        let wall = self.wall.elapsed().as_secs_f64();
        let cpu = match (self.cpu, thread_cpu_secs()) {
            (Some(a), Some(b)) if b > a => Some(b - a),
            _ => None,
        };
        Measured { emails, wall, cpu }
    }
}

impl Measured {
    fn line(&self) -> String {
        let n = self.emails as f64;
        let wall = format!("wall {:.0} emails/s", n / self.wall);
        match self.cpu {
            Some(cpu) => format!(
                "{wall}; CPU {:.0} emails/s/core ({:.1} µs/email, {:.2} s)",
                n / cpu,
                cpu * 1e6 / n,
                cpu
            ),
            None => format!("{wall}; thread CPU time unavailable"),
        }
    }
}

/// FNV-1a over the formatted values of every column but the version.
fn digest(batches: &[RecordBatch]) -> Result<u64, Box<dyn std::error::Error>> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let options = FormatOptions::default().with_null("\u{0}");
    for batch in batches {
        let schema = batch.schema();
        let columns: Vec<(usize, ArrayFormatter<'_>)> = batch
            .columns()
            .iter()
            .enumerate()
            .filter(|(i, _)| schema.field(*i).name() != "classifier_version")
            .map(|(i, c)| ArrayFormatter::try_new(c.as_ref(), &options).map(|f| (i, f)))
            .collect::<Result<_, _>>()?;
        for row in 0..batch.num_rows() {
            for (i, f) in &columns {
                eat(&i.to_le_bytes());
                eat(f.value(row).to_string().as_bytes());
            }
        }
    }
    Ok(h)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let usage =
        "usage: classify_bench DATA_DIR [--min-secs S] [--no-model] [--rules USER_RULES.toml]";
    let mut args = std::env::args().skip(1);
    let mut data_dir = None;
    let mut min_secs = 5.0f64;
    let mut with_model = true;
    let mut user_rules: Option<std::path::PathBuf> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--min-secs" => {
                min_secs = args.next().ok_or(usage)?.parse()?;
            }
            "--no-model" => with_model = false,
            "--rules" => user_rules = Some(args.next().ok_or(usage)?.into()),
            _ if data_dir.is_none() => data_dir = Some(a),
            _ => return Err(usage.into()),
        }
    }
    let data_dir = data_dir.ok_or(usage)?;

    // Load the table as the stage does: file by file, 4,096 rows a batch.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let root = DataRoot::open(&data_dir)?;
    let files: Vec<Vec<RecordBatch>> = runtime.block_on(async {
        let mut files = Vec::new();
        for f in root.table_files("stg_emails", None).await? {
            files.push(
                root.read_file("stg_emails", &f.path, &[], BATCH_SIZE)
                    .await?,
            );
        }
        Ok::<_, jobtrack_stages::StageError>(files)
    })?;
    drop(runtime);
    let emails: usize = files.iter().flatten().map(RecordBatch::num_rows).sum();
    let body_bytes: usize = files
        .iter()
        .flatten()
        .filter_map(|b| b.column_by_name("body_text"))
        .map(|c| c.to_data().buffers().get(1).map_or(0, |b| b.len()))
        .sum();
    if emails == 0 {
        return Err(
            format!("no stg_emails rows under {data_dir}: run `jobtrack run` first").into(),
        );
    }

    // The classifier of a fresh data dir: built-in rules and model, compiled
    // as a run compiles them.
    let t = Instant::now();
    let model = if with_model {
        Some(default_model()?)
    } else {
        None
    };
    // The default rules plus a user rule file, as `[classify] rules` gives them.
    let rules = Classifier::load_rules(user_rules.as_deref())?;
    let classifier = Classifier::new(&rules, model.as_ref())?;
    let version = stage::row_version(&classifier);
    let compile_secs = t.elapsed().as_secs_f64();

    // The first pass starts with cold caches: the lazy DFAs of the rule sets
    // build their states as the mail needs them, as in a fresh `jobtrack run`.
    let cold = Clock::start();
    let mut outputs = Vec::with_capacity(files.len());
    for batches in &files {
        outputs.push(stage::classify_batches(
            &classifier,
            "me",
            &version,
            batches,
        )?);
    }
    let cold = cold.stop(emails as u64);
    let digest = digest(&outputs)?;
    drop(outputs);

    // Then whole passes until `min_secs` have passed: the steady state of a
    // large mailbox.
    let (mut passes, mut classified) = (0u64, 0u64);
    let warm = Clock::start();
    while passes == 0 || warm.wall.elapsed().as_secs_f64() < min_secs {
        for batches in &files {
            let out = stage::classify_batches(&classifier, "me", &version, batches)?;
            classified += out.num_rows() as u64;
        }
        passes += 1;
    }
    let warm = warm.stop(classified);
    let profile = if cfg!(debug_assertions) {
        "dev"
    } else {
        "release"
    };
    println!(
        "classify_bench ({profile} profile, {}): {emails} emails ({:.1} MB of body text) in {} files, one thread",
        if with_model {
            "rules + model"
        } else {
            "rules only"
        },
        body_bytes as f64 / 1e6,
        files.len(),
    );
    println!("  compile rules + load model: {:.0} ms", compile_secs * 1e3);
    println!("  first pass (cold caches):   {}", cold.line());
    println!("  {passes} more passes (warm):     {}", warm.line());
    println!("  output digest {digest:016x}");
    Ok(())
}
