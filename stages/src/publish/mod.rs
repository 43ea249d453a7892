//! Publishing: the DuckDB warehouse that the dashboard, `jobtrack sql`,
//! notebooks and exports read.

pub mod warehouse;

pub use warehouse::{ExportFormat, Publish, QueryResult, Warehouse};
