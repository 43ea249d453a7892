//! Integration tests of the `jobtrack` binary, run as a user runs it.

// Test helpers outside #[test] functions may unwrap too: a failure is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// The 120-line limit is for the pipeline's code; a scenario test reads best
// whole.
#![allow(clippy::too_many_lines)]

mod accounts;
mod accuracy;
mod airflow;
mod cli;
mod concurrent;
mod crash;
mod dashboard;
mod doctor;
mod fleet;
mod gmail;
mod keep_bodies;
mod lake;
mod notebooks;
mod nudges;
mod ops;
mod purge;
mod s3;
mod sheets;
