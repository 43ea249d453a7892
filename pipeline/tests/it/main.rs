//! Integration tests of the `jobtrack` binary, run as a user runs it.

// Test helpers outside #[test] functions may unwrap too: a failure is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// The 120-line limit is for the pipeline's code; a scenario test and a fake
// server's routing table read best whole.
#![allow(clippy::too_many_lines)]

mod accounts;
mod accuracy;
mod cli;
mod crash;
mod dashboard;
mod gmail;

// The fake Gmail API of the stages' tests, shared rather than copied.
#[allow(dead_code)]
#[path = "../../../stages/tests/it/support/fake_gmail.rs"]
mod fake_gmail;

// The stages' helpers that look for leaked secrets, shared rather than copied.
#[path = "../../../stages/tests/it/support/leaks.rs"]
mod leaks;
