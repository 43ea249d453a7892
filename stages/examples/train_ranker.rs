//! Rebuilds the employer ranker, `stages/src/classify/model/company_ranker.json`,
//! from the repository, bit for bit: the recipe (labeled mail, how it is
//! read, settings) is `jobtrack_stages::learn::ranker`.
//!
//! ## Usage
//! ```text
//! cargo run --example train_ranker            # writes the shipped file
//! cargo run --example train_ranker -- --check # compares, writes nothing
//! cargo run --example train_ranker -- --cv    # leave-one-group-out accuracy, writes nothing
//! cargo run --example train_ranker -- --show tobias  # the emails of a group it gets wrong
//! cargo run --example train_ranker -- --role  # the role ranker, role_ranker.json (any of the above)
//! ```
//! `--iterations N`, `--l2 X`, `--listwise X` and `--sure X` change the
//! settings for an experiment with `--cv` or `--show`.
//! It prints the examples per group and the training accuracy; `--check`
//! exits 1 when the rebuilt file differs from the shipped one. The
//! integration test `company_ranker_rebuilds_bit_for_bit` runs the check.

use std::error::Error;
use std::path::Path;
use std::time::Instant;

use jobtrack_stages::classify::ranker::{RankTrain, Ranker, accuracy, decides_right};
use jobtrack_stages::learn::ranker::{Group, Target, cross_validate_for, to_file_text, train_for};

/// What the command line asks for.
#[derive(Default)]
struct Args {
    check: bool,
    cv: bool,
    show: Option<String>,
    target: Target,
    cfg: RankTrain,
}

fn number<T: std::str::FromStr>(
    args: &mut impl Iterator<Item = String>,
    flag: &str,
) -> Result<T, String> {
    args.next()
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{flag} needs a number"))
}

fn parse_args() -> Result<Args, Box<dyn Error>> {
    let mut a = Args::default();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--check" => a.check = true,
            "--cv" => a.cv = true,
            "--role" => a.target = Target::Role,
            "--show" => a.show = Some(args.next().ok_or("--show needs a group name")?),
            "--iterations" => a.cfg.iterations = number(&mut args, &flag)?,
            "--l2" => a.cfg.l2 = number(&mut args, &flag)?,
            "--listwise" => a.cfg.listwise = number(&mut args, &flag)?,
            "--sure" => a.cfg.sure = number(&mut args, &flag)?,
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    if a.cfg != RankTrain::default() && !a.cv && a.show.is_none() {
        return Err(
            "--iterations, --l2, --listwise and --sure are for experiments with --cv or --show"
                .into(),
        );
    }
    Ok(a)
}

/// Per group: emails, candidates, and how many the rules alone, the ranker
/// (trained on them) and the best possible pick get right.
fn report(ranker: &Ranker, groups: &[Group]) {
    for g in groups {
        let (right, total) = accuracy(ranker, &g.examples);
        let reachable = g
            .examples
            .iter()
            .filter(|e| !e.has_employer || e.candidates.iter().any(|(_, y)| *y))
            .count();
        let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
        println!(
            "{:<36} {:>4} emails, {:>5} candidates; right: rules alone {:>5.1}%, ranker {:>5.1}% (trained on it), within reach {:>5.1}%",
            g.name,
            total,
            g.examples.iter().map(|e| e.candidates.len()).sum::<usize>(),
            pct(g.rules_right),
            pct(right),
            pct(reachable),
        );
    }
}

/// The emails of the groups named like `name` that the ranker gets wrong,
/// each with its candidates best first (a right one marked *).
fn show(ranker: &Ranker, groups: &[Group], name: &str) {
    let features = &ranker.features;
    for g in groups.iter().filter(|g| g.name.contains(name)) {
        for (i, e) in g.examples.iter().enumerate() {
            if decides_right(ranker, e) {
                continue;
            }
            let mut scored: Vec<(f32, &str, bool, &Vec<f32>)> = e
                .candidates
                .iter()
                .zip(&e.names)
                .map(|((x, y), n)| (ranker.score(x), n.as_str(), *y, x))
                .collect();
            scored.sort_by(|a, b| b.0.total_cmp(&a.0));
            println!("{} #{i} (none {:.2})", g.name, ranker.score(&e.none));
            for (p, n, y, x) in scored.iter().take(6) {
                let on: Vec<&str> = features
                    .iter()
                    .zip(x.iter())
                    .filter(|(_, v)| **v != 0.0)
                    .map(|(f, _)| f.as_str())
                    .skip(1)
                    .collect();
                let mark = if *y { '*' } else { ' ' };
                println!("  {mark} {p:.2} {n:?} {}", on.join(","));
            }
        }
    }
}

fn cv(groups: &[Group], cfg: &RankTrain, target: Target) {
    let (mut r, mut t) = (0, 0);
    for (name, right, total) in cross_validate_for(groups, cfg, target) {
        println!(
            "held out {name:<36} {right:>4} / {total:<4} {:.1}%",
            100.0 * right as f64 / total.max(1) as f64
        );
        r += right;
        t += total;
    }
    println!(
        "held out, all groups: {r} / {t} {:.1}%",
        100.0 * r as f64 / t.max(1) as f64
    );
}

fn main() -> Result<(), Box<dyn Error>> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("the stages crate has no parent folder")?;
    let args = parse_args()?;
    let started = Instant::now();
    let (ranker, groups) = train_for(repo, &args.cfg, args.target)?;
    report(&ranker, &groups);
    println!(
        "threshold {:.3}, trained in {:.1} s",
        ranker.threshold,
        started.elapsed().as_secs_f64()
    );
    if let Some(name) = &args.show {
        show(&ranker, &groups, name);
        return Ok(());
    }
    if args.cv {
        cv(&groups, &args.cfg, args.target);
        return Ok(());
    }
    let text = to_file_text(&ranker)?;
    let shipped = repo.join(args.target.file());
    if args.check {
        let old = std::fs::read_to_string(&shipped)?;
        if old != text {
            eprintln!("{} differs from its rebuild", shipped.display());
            std::process::exit(1);
        }
        println!("{} rebuilds bit for bit", shipped.display());
    } else {
        std::fs::write(&shipped, text)?;
        println!("wrote {}", shipped.display());
    }
    Ok(())
}
