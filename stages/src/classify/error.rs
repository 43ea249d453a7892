//! Typed errors of the classifier: a rule or weights file that cannot be
//! read or parsed, a rule that is malformed or whose pattern does not
//! compile, a regex set that grows past the compiler's limits, and model
//! weights that cannot be decoded. Every variant names the file, rule or
//! part that is wrong.

/// Why rules, weights or a model could not be loaded or compiled.
#[derive(Debug, thiserror::Error)]
pub enum ClassifyError {
    /// The user's rule file could not be read.
    #[error("rule file {file}: cannot read it: {source}")]
    ReadRules {
        file: String,
        #[source]
        source: std::io::Error,
    },
    /// A rule file is not valid TOML or does not have the rule schema.
    #[error("rule file {file}: not a valid rule file: {message}")]
    ParseRules { file: String, message: String },
    /// One rule is malformed (empty id, no patterns, unknown field, ...).
    #[error("rule file {file}, rule {rule_id:?}: {message}")]
    InvalidRule {
        file: String,
        rule_id: String,
        message: String,
    },
    /// A rule's pattern is not a valid regular expression.
    #[error("rule file {file}, rule {rule_id:?}: pattern {pattern:?} does not compile: {message}")]
    BadPattern {
        file: String,
        rule_id: String,
        pattern: String,
        message: String,
    },
    /// The weights file is not valid TOML or does not have its schema.
    #[error("weights file {file}: not a valid weights file: {message}")]
    ParseWeights { file: String, message: String },
    /// A whole regex set could not be built (usually too large).
    #[error("cannot compile the {set} regex set: {message}")]
    CompileSet { set: String, message: String },
    /// Model weights could not be decoded.
    #[error("model weights ({what}): {message}")]
    Model { what: String, message: String },

    #[error("{setting}: {message}")]
    Setting { setting: String, message: String },
}
