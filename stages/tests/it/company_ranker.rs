//! The employer ranker rebuilds bit for bit: the recipe of
//! `jobtrack_stages::learn::ranker` (the labeled and blind-written corpora
//! and the unseen corpus's development part, read by the pipeline's own
//! code, the candidates the classifier finds, the default settings) is
//! trained again here, about a second and a half, and the file must equal the
//! shipped `stages/src/classify/model/company_ranker.json`. A change to the
//! corpora, the candidates, the features or the trainer that would change
//! the ranker fails here until it is rebuilt with `cargo run --example
//! train_ranker` (and the change's effect measured with `--cv`).

use std::path::Path;

use jobtrack_stages::classify::ranker::{RankTrain, Ranker};
use jobtrack_stages::learn::ranker::{
    RANKER_FILE, ROLE_RANKER_FILE, Target, to_file_text, train, train_for,
};

#[test]
fn company_ranker_rebuilds_bit_for_bit() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let (ranker, groups) = train(repo, &RankTrain::default()).unwrap();
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names[..2], ["labeled", "blind"]);
    assert_eq!(
        names.len(),
        8,
        "two corpora and six unseen dev mailboxes: {names:?}"
    );
    assert!(
        names.iter().all(|n| !n.contains("test")),
        "never the test part"
    );
    let rebuilt = to_file_text(&ranker).unwrap();
    let shipped = std::fs::read_to_string(repo.join(RANKER_FILE)).unwrap();
    assert!(
        rebuilt == shipped,
        "the rebuilt ranker differs from {RANKER_FILE}: rebuild it with \
         `cargo run --example train_ranker` and measure the change"
    );
    // the file the binary embeds is that file
    assert_eq!(Ranker::shipped().unwrap(), ranker);
}

/// The role ranker rebuilds bit for bit too (`--role`), from the same
/// corpora, never the test parts.
#[test]
fn role_ranker_rebuilds_bit_for_bit() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let (ranker, groups) = train_for(repo, &RankTrain::default(), Target::Role).unwrap();
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names.len(), 8, "{names:?}");
    assert!(
        names.iter().all(|n| !n.contains("test")),
        "never the test parts"
    );
    let rebuilt = to_file_text(&ranker).unwrap();
    let shipped = std::fs::read_to_string(repo.join(ROLE_RANKER_FILE)).unwrap();
    assert!(
        rebuilt == shipped,
        "the rebuilt role ranker differs from {ROLE_RANKER_FILE}: rebuild it with \
         `cargo run --example train_ranker -- --role` and measure the change"
    );
    assert_eq!(Ranker::shipped_role().unwrap(), ranker);
}
