//! Integration tests of the stages: real files on a local data root, the real
//! registry, DataFusion and DuckDB.

// Test helpers outside #[test] functions may unwrap too: a failure is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]
// The 120-line limit is for the pipeline's code; a scenario test and a fake
// server's routing table read best whole.
#![allow(clippy::too_many_lines)]

mod builtin_model;
mod classify_cases;
mod company_ranker;
mod dlq;
mod freshness;
mod fuzz;
mod gmail;
mod hostile;
mod imap;
mod llm;
mod module_graph;
mod realworld;
mod resolve;
mod runs;
mod sql_golden;
mod support;
