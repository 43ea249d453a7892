//! Typed access to the columns of a batch read back from a table, with an
//! error naming the table and column when the data does not have the shape
//! its contract promises; and the list builder every `list<utf8>` column
//! uses.

use std::sync::Arc;

use arrow::array::{
    Array, AsArray, BinaryArray, BooleanArray, GenericListArray, ListBuilder, RecordBatch,
    StringArray, StringBuilder, TimestampMicrosecondArray,
};
use arrow::datatypes::{DataType, Field, TimestampMicrosecondType};

use crate::error::{Result, StageError};

/// The columns of one batch of `table`.
#[derive(Debug, Clone, Copy)]
pub struct Columns<'a> {
    pub table: &'a str,
    pub batch: &'a RecordBatch,
}

impl<'a> Columns<'a> {
    pub fn new(table: &'a str, batch: &'a RecordBatch) -> Self {
        Self { table, batch }
    }

    fn bad(&self, name: &str, what: &str) -> StageError {
        StageError::Contract {
            table: self.table.to_string(),
            reason: format!("column {name} {what}"),
        }
    }

    fn get(&self, name: &str) -> Result<&'a Arc<dyn Array>> {
        self.batch
            .column_by_name(name)
            .ok_or_else(|| self.bad(name, "is missing"))
    }

    pub fn utf8(&self, name: &str) -> Result<&'a StringArray> {
        self.get(name)?
            .as_string_opt::<i32>()
            .ok_or_else(|| self.bad(name, "is not utf8"))
    }

    pub fn binary(&self, name: &str) -> Result<&'a BinaryArray> {
        self.get(name)?
            .as_binary_opt::<i32>()
            .ok_or_else(|| self.bad(name, "is not binary"))
    }

    pub fn boolean(&self, name: &str) -> Result<&'a BooleanArray> {
        self.get(name)?
            .as_boolean_opt()
            .ok_or_else(|| self.bad(name, "is not bool"))
    }

    pub fn timestamp(&self, name: &str) -> Result<&'a TimestampMicrosecondArray> {
        self.get(name)?
            .as_primitive_opt::<TimestampMicrosecondType>()
            .ok_or_else(|| self.bad(name, "is not a timestamp"))
    }

    pub fn float64(&self, name: &str) -> Result<&'a arrow::array::Float64Array> {
        self.get(name)?
            .as_primitive_opt::<arrow::datatypes::Float64Type>()
            .ok_or_else(|| self.bad(name, "is not float64"))
    }

    pub fn int64(&self, name: &str) -> Result<&'a arrow::array::Int64Array> {
        self.get(name)?
            .as_primitive_opt::<arrow::datatypes::Int64Type>()
            .ok_or_else(|| self.bad(name, "is not int64"))
    }

    pub fn list(&self, name: &str) -> Result<&'a GenericListArray<i32>> {
        self.get(name)?
            .as_list_opt::<i32>()
            .ok_or_else(|| self.bad(name, "is not a list"))
    }
}

/// The value of row `i`, or `None` where it is null.
pub fn opt(a: &StringArray, i: usize) -> Option<&str> {
    a.is_valid(i).then(|| a.value(i))
}

/// A timestamp of row `i`, or `None` where it is null.
pub fn opt_time(a: &TimestampMicrosecondArray, i: usize) -> Option<chrono::DateTime<chrono::Utc>> {
    a.is_valid(i)
        .then(|| chrono::DateTime::from_timestamp_micros(a.value(i)))
        .flatten()
}

/// A builder for a `list<utf8>` column, with the item field the contracts use.
pub fn string_list() -> ListBuilder<StringBuilder> {
    ListBuilder::new(StringBuilder::new()).with_field(Arc::new(Field::new(
        "item",
        DataType::Utf8,
        true,
    )))
}
