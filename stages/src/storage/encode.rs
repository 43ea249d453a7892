//! Table files as zstd Parquet: batches checked against their table's
//! contract and encoded one at a time ([`ParquetEncoder`]), or all at once
//! ([`encode_parquet`]), after [`conform`] gave them the contract's exact
//! schema.

use arrow::array::RecordBatch;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use super::Bytes;
use crate::contract::{Contract, KeySet};
use crate::error::{Result, StageError};

/// Encodes batches that satisfy `contract` into zstd Parquet bytes.
pub fn encode_parquet(contract: &Contract, batches: &[RecordBatch]) -> Result<(Bytes, u64)> {
    let mut encoder = ParquetEncoder::new(contract)?;
    for b in batches {
        encoder.write(b)?;
    }
    encoder.finish()
}

/// Encodes one file of a table batch by batch: each batch is conformed to
/// the contract, checked ([`Contract::check_next`], keys across the whole
/// file) and encoded as it comes, so a writer holds one batch and the
/// compressed file, never the whole table as Arrow. The bytes are those
/// [`encode_parquet`] gives for the same batches.
pub struct ParquetEncoder<'a> {
    contract: &'a Contract,
    writer: ArrowWriter<Vec<u8>>,
    seen: KeySet,
    rows: u64,
}

impl<'a> ParquetEncoder<'a> {
    pub fn new(contract: &'a Contract) -> Result<Self> {
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(
                ZstdLevel::try_new(1).map_err(|e| StageError::parquet(&contract.name, e))?,
            ))
            .set_max_row_group_row_count(Some(64 * 1024))
            .build();
        let writer = ArrowWriter::try_new(Vec::new(), contract.schema(), Some(props))
            .map_err(|e| StageError::parquet(&contract.name, e))?;
        Ok(Self {
            contract,
            writer,
            seen: KeySet::default(),
            rows: 0,
        })
    }

    /// Conforms, checks and encodes the next batch.
    pub fn write(&mut self, batch: &RecordBatch) -> Result<()> {
        let batch = conform(self.contract, batch)?;
        self.contract.check_next(&batch, &mut self.seen)?;
        self.rows += batch.num_rows() as u64;
        self.writer
            .write(&batch)
            .map_err(|e| StageError::parquet(&self.contract.name, e))
    }

    /// The file's bytes and its row count.
    pub fn finish(self) -> Result<(Bytes, u64)> {
        let buf = self
            .writer
            .into_inner()
            .map_err(|e| StageError::parquet(&self.contract.name, e))?;
        Ok((Bytes::from(buf), self.rows))
    }
}

/// Gives a batch the exact schema of its contract (names, list item fields,
/// nullability), casting where only representation differs. Real type
/// mismatches are left for [`Contract::check`] to report.
pub fn conform(contract: &Contract, batch: &RecordBatch) -> Result<RecordBatch> {
    let schema = contract.schema();
    if batch.schema() == schema {
        return Ok(batch.clone());
    }
    contract.check(std::slice::from_ref(batch))?;
    let columns = batch
        .columns()
        .iter()
        .zip(schema.fields())
        .map(|(col, field)| {
            if col.data_type() == field.data_type() {
                Ok(col.clone())
            } else {
                arrow::compute::cast(col, field.data_type())
                    .map_err(|e| StageError::arrow(&contract.name, e))
            }
        })
        .collect::<Result<Vec<_>>>()?;
    RecordBatch::try_new(schema, columns).map_err(|e| StageError::Contract {
        table: contract.name.clone(),
        reason: e.to_string(),
    })
}
