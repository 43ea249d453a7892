//! Label files: one JSON object per line in the `synth` label format
//! ([`LabelLine`]); blank lines are skipped. A bad line is an error naming
//! the file and the line.

use std::path::Path;

use super::eval::LabelLine;
use crate::error::{Result, StageError};

/// Reads every label line of `path`.
pub fn read_label_file(path: &Path) -> Result<Vec<LabelLine>> {
    let text = std::fs::read_to_string(path).map_err(|source| StageError::Input {
        path: path.to_path_buf(),
        source,
    })?;
    parse_labels(&text, &path.display().to_string())
}

/// Parses label lines; `origin` names the text in errors.
pub fn parse_labels(text: &str, origin: &str) -> Result<Vec<LabelLine>> {
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str(line).map_err(|e| StageError::LabelFile {
            path: origin.to_string(),
            line: n + 1,
            reason: e.to_string(),
        })?;
        lines.push(parsed);
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_names_the_file_and_the_line() {
        let text = "{\"message_id\": \"a\", \"label\": \"not_job\"}\n\nnot json\n";
        let err = parse_labels(text, "labels.jsonl").unwrap_err();
        assert_eq!(err.domain(), crate::Domain::User);
        let message = err.to_string();
        assert!(message.contains("labels.jsonl line 3"), "{message}");
    }

    #[test]
    fn blank_lines_are_skipped_and_unknown_fields_ignored() {
        let text = "{\"message_id\": \"a\", \"label\": \"application\", \"lang\": \"de\"}\n\n";
        let lines = parse_labels(text, "x").unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].label, "application");
    }
}
