//! Integration tests of the `jobtrack` binary, run as a user runs it.

// Test helpers outside #[test] functions may unwrap too: a failure is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod cli;
mod crash;
mod dashboard;
