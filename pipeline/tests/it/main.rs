//! Integration tests of the `jobtrack` binary, run as a user runs it.

mod cli;
mod crash;
