//! Integration tests of the stages: real files on a local data root, the real
//! registry, DataFusion and DuckDB.

mod hostile;
mod realworld;
mod runs;
mod support;
