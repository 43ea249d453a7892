//! The weights and thresholds of the classifier's decisions as data:
//! `rules/weights.toml`, embedded beside the rules and parsed once into
//! typed sections (every key required, unknown keys refused), so the
//! decision steps read each number by the name the module doc uses.

use serde::{Deserialize, Serialize};

use super::error::ClassifyError;

/// The embedded weights file.
pub(crate) const WEIGHTS_TOML: &str = include_str!("rules/weights.toml");
const WEIGHTS_FILE: &str = "<embedded rules/weights.toml>";

/// Every weight and threshold, by section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct Weights {
    pub evidence: EvidenceWeights,
    pub label: LabelWeights,
    pub event: EventWeights,
    pub model: ModelWeights,
    pub company: CompanyWeights,
}

/// `[evidence]`: what the body scan reads and how much a phrase counts
/// where it fires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct EvidenceWeights {
    pub body_scan_chars: usize,
    pub subject: f32,
    pub event_in_subject: f32,
    pub from_name: f32,
    pub body: f32,
    pub account_in_body: f32,
    pub strong_phrase: f32,
}

/// `[label]`: the four label scores and when the rules are confident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct LabelWeights {
    pub ats: f32,
    pub job_board: f32,
    pub tool: f32,
    pub alerts: f32,
    pub outreach: f32,
    pub noise: f32,
    pub event_cap: f32,
    pub job_context_cap: f32,
    pub app_ref_cap: f32,
    pub app_near_miss: f32,
    pub app_account: f32,
    pub near_miss_platform: f32,
    pub alert_list_unsubscribe: f32,
    pub outreach_job_context: f32,
    pub outreach_app_ref: f32,
    pub outreach_applied_rejected: f32,
    pub outreach_applied_rejected_cap: f32,
    pub not_job_base: f32,
    pub not_job_bulk: f32,
    pub softmax_temperature: f32,
    pub confident_lead: f32,
}

/// `[event]`: event precedence, sender boosts and confidences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct EventWeights {
    pub rejected: f32,
    pub rejected_confidence: f32,
    pub withdrawn: f32,
    pub withdrawn_confidence: f32,
    pub offer: f32,
    pub offer_confidence: f32,
    pub min_evidence: f32,
    pub confidence_base: f32,
    pub confidence_lead: f32,
    pub assessment_sender: f32,
    pub scheduling_sender: f32,
    pub esign_sender: f32,
    pub default_confidence: f32,
    pub label_share: f32,
    pub event_share: f32,
}

/// `[model]`: where and how much the model's probabilities count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct ModelWeights {
    pub weight: f32,
    pub event_below: f32,
    pub event_model: f32,
    pub event_rules: f32,
    pub event_confidence_cap: f32,
}

/// `[company]`: confidences of the company candidates the extract rules do
/// not weigh.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct CompanyWeights {
    pub calendar_counterpart: f32,
    pub ats_display_name: f32,
    pub ats_tenant_in_text: f32,
    pub ats_tenant_slug: f32,
    pub sender_domain_in_text: f32,
    pub sender_domain_guess: f32,
    pub reply_to_less: f32,
    pub min_tenant_slug: usize,
}

impl Weights {
    /// The embedded `rules/weights.toml`.
    pub(crate) fn defaults() -> Result<Weights, ClassifyError> {
        Self::parse(WEIGHTS_TOML, WEIGHTS_FILE)
    }

    fn parse(text: &str, file: &str) -> Result<Weights, ClassifyError> {
        toml::from_str(text).map_err(|e| ClassifyError::ParseWeights {
            file: file.to_string(),
            message: e.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_weights_parse() {
        let w = Weights::defaults().unwrap();
        assert!(w.model.weight > 0.0 && w.model.weight < 1.0);
        assert!(w.evidence.body_scan_chars > 0);
    }

    #[test]
    fn unknown_and_missing_keys_are_errors() {
        let extra = WEIGHTS_TOML.replace("[model]\n", "[model]\nweigth = 0.5\n");
        let err = Weights::parse(&extra, "extra.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("extra.toml") && err.contains("weigth"),
            "{err}"
        );
        let missing = WEIGHTS_TOML.replace("confident-lead = 2.5\n", "");
        let err = Weights::parse(&missing, "missing.toml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("confident-lead"), "{err}");
    }

    /// The module doc of `classify` names weights as `section.key`: each
    /// name it uses must be a key of the file, so the doc cannot drift from
    /// the numbers the code reads.
    #[test]
    fn the_module_doc_names_only_keys_of_the_file() {
        let file: toml::Table = toml::from_str(WEIGHTS_TOML).unwrap();
        let doc: String = include_str!("mod.rs")
            .lines()
            .filter_map(|l| l.strip_prefix("//!"))
            .collect::<Vec<_>>()
            .join("\n");
        let name = regex::Regex::new(r"`([a-z]+)\.([a-z-]+)`").unwrap();
        let mut named = 0;
        for c in name.captures_iter(&doc) {
            let (section, key) = (&c[1], &c[2]);
            if !file.contains_key(section) {
                continue; // `rules/default.toml` and the like
            }
            assert!(
                file[section].as_table().unwrap().contains_key(key),
                "the module doc names `{section}.{key}`, which rules/weights.toml does not have"
            );
            named += 1;
        }
        assert!(named >= 20, "the module doc names only {named} weights");
    }
}
