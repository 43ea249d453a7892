//! The built-in model rebuilds bit for bit: the recipe of
//! `jobtrack_stages::learn::builtin` (the labeled corpus, normalized by the
//! pipeline's own code, and the default training settings and seed) is
//! trained again here, a full rebuild of about a second, and its bytes must
//! equal the shipped `stages/src/classify/model/default_model.bin`. A change
//! to the corpus, the normalizer's fields, the features or the trainer that
//! would change the model fails here until the file is rebuilt with
//! `cargo run --example train_default` (and the change's effect measured).

use std::path::Path;

use jobtrack_stages::classify::default_model;
use jobtrack_stages::learn::builtin::{MODEL_FILE, Recipe, train};
use sha2::{Digest, Sha256};

#[test]
fn default_model_rebuilds_bit_for_bit() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let (model, set) = train(repo, &Recipe::default()).unwrap();
    assert_eq!(set.emails.len(), 266, "the whole labeled corpus");
    assert_eq!(set.by_label(), [174, 17, 18, 57]);
    let rebuilt = model.to_bytes();
    let shipped = std::fs::read(repo.join(MODEL_FILE)).unwrap();
    let digest = |b: &[u8]| hex::encode(Sha256::digest(b));
    assert!(
        rebuilt == shipped,
        "the rebuilt model (sha256 {}) differs from {MODEL_FILE} (sha256 {}): \
         rebuild it with `cargo run --example train_default` and measure the change",
        digest(&rebuilt),
        digest(&shipped)
    );
    // the file the binary embeds is that file, and loads to the same model
    assert_eq!(default_model().unwrap(), model);
}
