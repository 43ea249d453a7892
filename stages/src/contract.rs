//! Table contracts: the schema, grain and key tests of every table, read from
//! the TOML files under `schemas/` (embedded at build time through the table
//! list, [`crate::tables`]) and checked on every write.
//!
//! A contract names each column with its type and nullability, and the table's
//! key. [`Contract::check`] refuses a batch whose schema differs in any way, a
//! `not_null` column that holds a null, or a key that repeats within the write.

use std::collections::HashSet;
use std::sync::{Arc, OnceLock};

use arrow::array::{Array, ArrayRef, AsArray, RecordBatch};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef, TimeUnit};
use serde::Deserialize;

use crate::error::{Result, StageError};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ContractFile {
    name: String,
    layer: String,
    grain: String,
    key: Vec<String>,
    #[serde(default)]
    order: Vec<String>,
    columns: Vec<ColumnFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ColumnFile {
    name: String,
    #[serde(rename = "type")]
    data_type: String,
    #[serde(default)]
    nullable: bool,
    description: String,
}

/// One column of a contract.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub data_type: DataType,
    pub nullable: bool,
    pub description: String,
}

/// The contract of one table.
#[derive(Debug, Clone)]
pub struct Contract {
    pub name: String,
    pub layer: String,
    pub grain: String,
    pub key: Vec<String>,
    /// The order a reader wants the rows in, where the table's files do not
    /// keep one (exports sort by it); empty when the files are in order.
    pub order: Vec<String>,
    pub columns: Vec<Column>,
    schema: SchemaRef,
}

fn parse_type(table: &str, column: &str, text: &str) -> Result<DataType> {
    let utf8_list = || DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)));
    Ok(match text {
        "utf8" => DataType::Utf8,
        "binary" => DataType::Binary,
        "int64" => DataType::Int64,
        "int32" => DataType::Int32,
        "float64" => DataType::Float64,
        "bool" => DataType::Boolean,
        "timestamp" => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
        "date" => DataType::Date32,
        "list<utf8>" => utf8_list(),
        other => {
            return Err(StageError::ContractFile {
                table: table.to_string(),
                reason: format!("column {column} has unknown type {other:?}"),
            });
        }
    })
}

impl Contract {
    /// Parses the contract `text` of `table`, listed in `layer`.
    pub(crate) fn from_toml(table: &str, layer: &str, text: &str) -> Result<Self> {
        let file: ContractFile = toml::from_str(text).map_err(|e| StageError::ContractFile {
            table: table.to_string(),
            reason: e.to_string(),
        })?;
        if file.name != table {
            return Err(StageError::ContractFile {
                table: table.to_string(),
                reason: format!("file names table {:?}", file.name),
            });
        }
        if file.layer != layer {
            return Err(StageError::ContractFile {
                table: table.to_string(),
                reason: format!("file says layer {:?}, the table list {layer:?}", file.layer),
            });
        }
        let mut columns = Vec::with_capacity(file.columns.len());
        for c in file.columns {
            columns.push(Column {
                data_type: parse_type(table, &c.name, &c.data_type)?,
                name: c.name,
                nullable: c.nullable,
                description: c.description,
            });
        }
        for k in &file.key {
            match columns.iter().find(|c| &c.name == k) {
                Some(c) if !c.nullable => {}
                Some(_) => {
                    return Err(StageError::ContractFile {
                        table: table.to_string(),
                        reason: format!("key column {k} must not be nullable"),
                    });
                }
                None => {
                    return Err(StageError::ContractFile {
                        table: table.to_string(),
                        reason: format!("key column {k} is not a column"),
                    });
                }
            }
        }
        if let Some(o) = file
            .order
            .iter()
            .find(|o| !columns.iter().any(|c| &c.name == *o))
        {
            return Err(StageError::ContractFile {
                table: table.to_string(),
                reason: format!("order column {o} is not a column"),
            });
        }
        let schema = Arc::new(Schema::new(
            columns
                .iter()
                .map(|c| Field::new(&c.name, c.data_type.clone(), c.nullable))
                .collect::<Vec<_>>(),
        ));
        Ok(Self {
            name: file.name,
            layer: file.layer,
            grain: file.grain,
            key: file.key,
            order: file.order,
            columns,
            schema,
        })
    }

    /// The Arrow schema every batch of this table has.
    pub fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    /// Checks that `batches` may be written to this table.
    pub fn check(&self, batches: &[RecordBatch]) -> Result<()> {
        let mut seen = KeySet::default();
        batches
            .iter()
            .try_for_each(|b| self.check_next(b, &mut seen))
    }

    /// Checks the next batch of a table written batch by batch: its columns,
    /// types and nulls, and that no key of it is in `seen` (the keys of the
    /// batches before it), which it then adds to.
    pub fn check_next(&self, batch: &RecordBatch, seen: &mut KeySet) -> Result<()> {
        self.check_columns(batch)?;
        self.check_key_unique(batch, seen)
    }

    fn check_columns(&self, batch: &RecordBatch) -> Result<()> {
        let fail = |reason: String| StageError::Contract {
            table: self.name.clone(),
            reason,
        };
        {
            let got = batch.schema();
            if got.fields().len() != self.columns.len() {
                return Err(fail(format!(
                    "expected {} columns, got {}",
                    self.columns.len(),
                    got.fields().len()
                )));
            }
            for (field, col) in got.fields().iter().zip(&self.columns) {
                if field.name() != &col.name {
                    return Err(fail(format!(
                        "expected column {}, got {}",
                        col.name,
                        field.name()
                    )));
                }
                if !types_match(field.data_type(), &col.data_type) {
                    return Err(fail(format!(
                        "column {} has type {}, contract says {}",
                        col.name,
                        field.data_type(),
                        col.data_type
                    )));
                }
            }
            for (array, col) in batch.columns().iter().zip(&self.columns) {
                if !col.nullable && array.null_count() > 0 {
                    return Err(fail(format!(
                        "column {} is not nullable but holds {} nulls",
                        col.name,
                        array.null_count()
                    )));
                }
            }
        }
        Ok(())
    }

    fn check_key_unique(&self, batch: &RecordBatch, seen: &mut KeySet) -> Result<()> {
        let seen = &mut seen.0;
        {
            let key_arrays: Vec<&ArrayRef> = self
                .key
                .iter()
                .filter_map(|k| batch.column_by_name(k))
                .collect();
            for row in 0..batch.num_rows() {
                let key: Vec<String> = key_arrays.iter().map(|a| key_part(a, row)).collect();
                if !seen.insert(key.clone()) {
                    return Err(StageError::Contract {
                        table: self.name.clone(),
                        reason: format!(
                            "key ({}) = ({}) repeats",
                            self.key.join(", "),
                            key.join(", ")
                        ),
                    });
                }
            }
        }
        Ok(())
    }
}

/// The keys of the rows checked so far, for [`Contract::check_next`].
#[derive(Debug, Default)]
pub struct KeySet(HashSet<Vec<String>>);

/// Types match ignoring the name and nullability of list items, which Parquet
/// and DataFusion may rename on the way through.
fn types_match(got: &DataType, want: &DataType) -> bool {
    match (got, want) {
        (DataType::List(a), DataType::List(b)) => types_match(a.data_type(), b.data_type()),
        (DataType::Utf8View, DataType::Utf8) => false,
        (a, b) => a == b,
    }
}

fn key_part(array: &ArrayRef, row: usize) -> String {
    match array.data_type() {
        DataType::Utf8 => array.as_string::<i32>().value(row).to_string(),
        DataType::Int64 => array
            .as_primitive::<arrow::datatypes::Int64Type>()
            .value(row)
            .to_string(),
        other => format!("<{other} row {row}>"),
    }
}

static CONTRACTS: OnceLock<std::result::Result<Vec<Contract>, String>> = OnceLock::new();

fn all() -> Result<&'static [Contract]> {
    let loaded = CONTRACTS.get_or_init(|| {
        crate::tables::TABLES
            .iter()
            .filter_map(|t| t.contract.map(|text| (t, text)))
            .map(|(t, text)| Contract::from_toml(t.name, t.layer, text).map_err(|e| e.to_string()))
            .collect()
    });
    loaded
        .as_deref()
        .map_err(|reason| StageError::ContractFile {
            table: "*".into(),
            reason: reason.clone(),
        })
}

/// The contract of `table`.
pub fn contract(table: &str) -> Result<&'static Contract> {
    all()?
        .iter()
        .find(|c| c.name == table)
        .ok_or_else(|| StageError::ContractFile {
            table: table.to_string(),
            reason: "no contract under schemas/".into(),
        })
}

/// Every table that has a contract.
pub fn tables() -> Result<Vec<&'static str>> {
    Ok(all()?.iter().map(|c| c.name.as_str()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::StringArray;

    #[test]
    fn every_embedded_contract_parses() {
        for t in crate::tables::TABLES
            .iter()
            .filter(|t| t.contract.is_some())
        {
            let name = t.name;
            let c = contract(name).unwrap();
            assert!(!c.grain.is_empty(), "{name} states its grain");
            assert!(!c.key.is_empty(), "{name} has a key");
        }
    }

    #[test]
    fn an_order_names_columns_of_the_table() {
        assert_eq!(
            contract("emails").unwrap().order,
            ["received_at", "email_id"]
        );
        let text = "name = \"t\"\nlayer = \"marts\"\ngrain = \"g\"\nkey = [\"a\"]\norder = [\"b\"]\n\
                    [[columns]]\nname = \"a\"\ntype = \"utf8\"\ndescription = \"d\"\n";
        let err = Contract::from_toml("t", "marts", text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("order column b is not a column"), "{err}");
    }

    #[test]
    fn a_batch_with_a_missing_column_is_refused() {
        let c = contract("dead_letter").unwrap();
        let schema = Arc::new(Schema::new(vec![Field::new(
            "user_id",
            DataType::Utf8,
            false,
        )]));
        let batch =
            RecordBatch::try_new(schema, vec![Arc::new(StringArray::from(vec!["u"]))]).unwrap();
        let err = c.check(&[batch]).unwrap_err().to_string();
        assert!(err.contains("expected"), "{err}");
    }
}
