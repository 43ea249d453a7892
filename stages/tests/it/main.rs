//! Integration tests of the stages: real files on a local data root, the real
//! registry, DataFusion and DuckDB.

// Test helpers outside #[test] functions may unwrap too: a failure is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod builtin_model;
mod gmail;
mod hostile;
mod imap;
mod llm;
mod realworld;
mod resolve;
mod runs;
mod support;
