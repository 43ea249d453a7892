//! Publishing: the DuckDB warehouse that the dashboard, `jobtrack sql`,
//! notebooks and exports (files and Google Sheets) read.

pub mod api;
pub mod nudges;
pub mod operations;
pub mod sheets;
pub mod site;
pub mod warehouse;

pub use api::{ApplicationDetail, ApplicationPage};
pub use site::Site;
pub use warehouse::{ExportFormat, Filter, Publish, QueryResult, Warehouse};
