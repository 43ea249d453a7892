//! Publishing: the DuckDB warehouse that the dashboard, `jobtrack sql`,
//! notebooks and exports read.

pub mod site;
pub mod warehouse;

pub use duckdb::ToSql;
pub use site::Site;
pub use warehouse::{ExportFormat, Filter, Publish, QueryResult, Warehouse};
