//! Learning and measuring: label files, evaluation of what a run published
//! against them, and retraining the local model from labels, the person's
//! corrections and the LLM's checked answers. It reads the classifier and the
//! warehouse; nothing in `classify` or `llm` depends on it, so the old
//! `classify` <-> `llm` import loop through training is gone.
//!
//! - [`labels`]: reading a label file (the `synth` format, JSON lines).
//! - [`eval`]: scores (detection, macro F1, fields, grouping, status, and
//!   the application-level view a person sees).
//! - [`training`]: training a model and where trained weights live.
//! - [`builtin`]: the built-in model's training set and settings, rebuilt
//!   bit for bit by `cargo run --example train_default`.
//! - [`ranker`]: the employer and role rankers' training sets and
//!   settings, rebuilt bit for bit by `cargo run --example train_ranker`
//!   (`-- --role` for the role's).

pub mod builtin;
pub mod eval;
pub mod labels;
pub mod ranker;
pub mod training;
