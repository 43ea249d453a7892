//! Looking for a secret or a person's mail where it must not be: every
//! file under a folder, a byte search, and the values of Parquet files and
//! DuckDB databases decoded. Shared by the Gmail, purge and keep-bodies tests.

use std::path::{Path, PathBuf};

/// Every file under `dir`, recursively.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| !e.file_type().is_dir())
        .map(walkdir::DirEntry::into_path)
        .collect()
}

/// Whether `needle` occurs in `hay`.
pub fn contains(hay: &[u8], needle: &str) -> bool {
    memchr::memmem::find(hay, needle.as_bytes()).is_some()
}

/// What a person could read in `path`: its bytes, and for a Parquet file
/// or a DuckDB database (both compressed, so a byte search alone proves
/// nothing) every text and binary value decoded, one per line.
pub fn readable(path: &Path) -> Vec<u8> {
    let mut out = std::fs::read(path).unwrap();
    let name = path.to_string_lossy();
    if name.ends_with(".parquet") {
        out.extend(parquet_values(path));
    } else if name.ends_with(".duckdb") {
        out.extend(duckdb_values(path));
    }
    out
}

/// The files under `dir` whose [`readable`] text contains `needle`.
pub fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    files(dir)
        .into_iter()
        .filter(|p| contains(&readable(p), needle))
        .collect()
}

fn parquet_values(path: &Path) -> Vec<u8> {
    use arrow::array::{Array, AsArray};
    use arrow::datatypes::DataType;
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(
        std::fs::File::open(path).unwrap(),
    )
    .unwrap()
    .build()
    .unwrap();
    let mut out = Vec::new();
    let mut push = |col: &dyn Array| match col.data_type() {
        DataType::Utf8 => col.as_string::<i32>().iter().flatten().for_each(|v| {
            out.extend_from_slice(v.as_bytes());
            out.push(b'\n');
        }),
        DataType::Binary => col.as_binary::<i32>().iter().flatten().for_each(|v| {
            out.extend_from_slice(v);
            out.push(b'\n');
        }),
        _ => {}
    };
    for batch in reader {
        for col in batch.unwrap().columns() {
            if let DataType::List(_) = col.data_type() {
                push(col.as_list::<i32>().values().as_ref());
            } else {
                push(col.as_ref());
            }
        }
    }
    out
}

fn duckdb_values(path: &Path) -> Vec<u8> {
    let config = duckdb::Config::default()
        .access_mode(duckdb::AccessMode::ReadOnly)
        .unwrap();
    let conn = duckdb::Connection::open_with_flags(path, config).unwrap();
    let tables: Vec<String> = conn
        .prepare("select table_name from information_schema.tables where table_type = 'BASE TABLE'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = Vec::new();
    for t in tables {
        let rows: Vec<String> = conn
            .prepare(&format!("select cast(t as varchar) from \"{t}\" as t"))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for row in rows {
            out.extend_from_slice(row.as_bytes());
            out.push(b'\n');
        }
    }
    out
}
