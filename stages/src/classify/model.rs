//! A small local learned model: hashed word unigrams and bigrams (per
//! column) and character 3–5-grams of the subject, the sender and the first
//! 1,500 characters of the body, fed to two multinomial logistic regressions
//! (4 labels; 7 event types, trained on application mail only). Training is
//! plain AdaGrad in this file, deterministic (fixed seed, fixed order).
//! Weights serialize to a compact binary (magic, format, version string,
//! sqrt-companded i8 weights) of about 1.4 MB.
//!
//! # The built-in model
//! `default_model()` loads `model/default_model.bin`, embedded in the
//! binary. Anyone can rebuild it bit for bit from the repository:
//!
//! ```text
//! cargo run --example train_default            # writes model/default_model.bin
//! cargo run --example train_default -- --check # compares, writes nothing
//! ```
//!
//! (from the workspace root; `-p jobtrack-stages` builds the same example but
//! resolves other dependency features and rebuilds most of DataFusion). The
//! recipe is [`crate::learn::builtin`], and nothing else:
//! * **Data**: the hand-written labeled corpus,
//!   `stages/tests/fixtures/eml/labeled/` (266 `.eml` files: 174 application,
//!   17 recruiter outreach, 18 job alert, 57 not job; the 174 application
//!   emails carry their event), each file paired with its `labels.jsonl`
//!   line by Message-ID, in file-name order. No synth mail. Never the
//!   blind-written corpus (a regression corpus) nor `corpora/unseen/`.
//! * **Normalization**: each file's bytes go through the pipeline's own
//!   code, as `jobtrack run` reads a folder of `.eml` files: the Message-ID
//!   ingest stores, then `normalize::parse::normalize`, whose subject,
//!   sender name and address and body text are the `stg_emails` columns the
//!   classifier reads.
//! * **Features**: the hashed n-grams above, 2^17 buckets (`bits` 17).
//! * **Settings**: [`TrainConfig::default`]: 25 epochs, learning rate 0.5,
//!   L2 1e-6, shuffle seed `0x5eed_2025` (an xorshift over the example
//!   indices each epoch); single-threaded, no clock, no hash-map order.
//!
//! The integration test `default_model_rebuilds_bit_for_bit`
//! (`stages/tests/it/builtin_model.rs`, part of `cargo test --workspace`)
//! trains it again (about a second) and fails when the bytes differ from the
//! shipped file.

use super::error::ClassifyError;
use super::rules::fnv64;
use super::{EmailInput, EventType, Label};

const MAGIC: &[u8; 4] = b"JTCM";
const FORMAT: u32 = 1;
const NL: usize = 4;
const NE: usize = 7;
const ROW: usize = NL + NE;
/// Characters of the body the model reads.
pub const BODY_CHARS: usize = 1500;
const MAX_WORD_BYTES: usize = 24;

static EMBEDDED: &[u8] = include_bytes!("model/default_model.bin");

/// One labeled email to train on.
#[derive(Debug, Clone)]
pub struct TrainingExample<'a> {
    pub email: EmailInput<'a>,
    pub label: Label,
    /// For application mail; ignored for other labels.
    pub event_type: Option<EventType>,
}

/// Training settings.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    pub bits: u32,
    pub epochs: usize,
    pub learning_rate: f32,
    pub l2: f32,
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            bits: 17,
            epochs: 25,
            learning_rate: 0.5,
            l2: 1e-6,
            seed: 0x5eed_2025,
        }
    }
}

/// Hashed-feature logistic regression for label and event type.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    version: String,
    bits: u32,
    /// Bucket-major: `weights[b * 11 + k]`, k < 4 label, else event.
    weights: Vec<f32>,
    bias: [f32; ROW],
    /// The stored form of the weights (a decoded model): `weights[i] ==
    /// lut[codes[i]]` exactly. Prediction reads these, a quarter of the
    /// memory, so the table stays in cache.
    quantized: Option<Quantized>,
}

/// Companded i8 weights and the value of each code.
#[derive(Debug, Clone, PartialEq)]
struct Quantized {
    codes: Vec<u8>,
    lut: [f32; 256],
}

/// The weight a stored code stands for.
fn decode_weight(code: u8, maxabs: f32) -> f32 {
    let q = f32::from(code as i8) / 127.0;
    q.signum() * q * q * maxabs
}

/// Reusable feature buffers (one per thread).
#[derive(Debug, Default)]
pub struct FeatureBuf {
    text: String,
    from: String,
    word: Vec<u8>,
    /// Bucket indices; every feature has the same value 1/sqrt(n).
    pub(crate) idx: Vec<u32>,
}

#[inline]
fn fnv_seeded(seed: u64, bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let mut x = a ^ b.rotate_left(29) ^ 0x632b_e59b_d9b4_e019;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x
}

const NS_SUBJECT: u64 = 11;
const NS_FROM: u64 = 12;
const NS_BODY: u64 = 13;
const NS_CHAR: u64 = 21;

fn push_field(buf: &mut FeatureBuf, text: &str, ns: u64, mask: u64, max_chars: usize) {
    buf.text.clear();
    for c in text.chars().take(max_chars) {
        if c.is_ascii() {
            // the same as below, without the Unicode tables
            buf.text.push(if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            });
        } else if c.is_alphanumeric() {
            buf.text.extend(c.to_lowercase());
        } else {
            buf.text.push(' ');
        }
    }
    let text = std::mem::take(&mut buf.text);
    let mut prev: u64 = 0;
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        let wb = &w.as_bytes()[..w.len().min(MAX_WORD_BYTES)];
        let h = fnv_seeded(ns, wb);
        buf.idx.push((h & mask) as u32);
        buf.idx.push((mix(prev, h) & mask) as u32);
        prev = h;
        // character n-grams of "<word>"
        buf.word.clear();
        buf.word.push(b'<');
        buf.word.extend_from_slice(wb);
        buf.word.push(b'>');
        let n_bytes = buf.word.len();
        for n in 3..=5usize {
            if n_bytes < n {
                break;
            }
            for start in 0..=(n_bytes - n) {
                let g = fnv_seeded(NS_CHAR + n as u64, &buf.word[start..start + n]);
                buf.idx.push((g & mask) as u32);
            }
        }
    }
    buf.text = text;
}

/// Fills `buf.idx` with the hashed features of an email.
pub(crate) fn features(e: &EmailInput<'_>, bits: u32, buf: &mut FeatureBuf) {
    let mask = (1u64 << bits) - 1;
    buf.idx.clear();
    push_field(buf, e.subject.unwrap_or(""), NS_SUBJECT, mask, 300);
    let mut from = std::mem::take(&mut buf.from);
    from.clear();
    from.push_str(e.from_name.unwrap_or(""));
    from.push(' ');
    from.push_str(e.from_address.unwrap_or(""));
    push_field(buf, &from, NS_FROM, mask, 200);
    buf.from = from;
    push_field(buf, e.body_text, NS_BODY, mask, BODY_CHARS);
    buf.idx.push(0); // always-on feature
}

fn softmax(xs: &mut [f32]) {
    let max = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for x in xs.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    if sum > 0.0 && sum.is_finite() {
        for x in xs.iter_mut() {
            *x /= sum;
        }
    } else {
        let n = xs.len() as f32;
        xs.iter_mut().for_each(|x| *x = 1.0 / n);
    }
}

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

impl Model {
    /// Trains with the default settings.
    pub fn train(examples: &[TrainingExample<'_>]) -> Model {
        Self::train_with(examples, &TrainConfig::default())
    }

    /// Trains deterministically: the same examples in the same order and
    /// the same settings give bit-identical weights.
    pub fn train_with(examples: &[TrainingExample<'_>], cfg: &TrainConfig) -> Model {
        let bits = cfg.bits.clamp(8, 24);
        let buckets = 1usize << bits;
        let mut w = vec![0f32; buckets * ROW];
        let mut g2 = vec![0f32; buckets * ROW];
        let mut bias = [0f32; ROW];
        let mut bias_g2 = [0f32; ROW];
        let mut buf = FeatureBuf::default();
        let feats: Vec<Vec<u32>> = examples
            .iter()
            .map(|ex| {
                features(&ex.email, bits, &mut buf);
                buf.idx.clone()
            })
            .collect();
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut rng = XorShift(cfg.seed | 1);
        let eps = 1e-6f32;
        for _ in 0..cfg.epochs {
            for i in (1..order.len()).rev() {
                let j = (rng.next() % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            for &i in &order {
                let ex = &examples[i];
                let f = &feats[i];
                if f.is_empty() {
                    continue;
                }
                let x = 1.0 / (f.len() as f32).sqrt();
                let mut logits = bias;
                for &b in f {
                    let row = &w[b as usize * ROW..b as usize * ROW + ROW];
                    for k in 0..ROW {
                        logits[k] += row[k] * x;
                    }
                }
                let mut grad = [0f32; ROW];
                let mut pl = [0f32; NL];
                pl.copy_from_slice(&logits[..NL]);
                softmax(&mut pl);
                let li = ex.label.index();
                for k in 0..NL {
                    grad[k] = pl[k] - if k == li { 1.0 } else { 0.0 };
                }
                if ex.label == Label::Application
                    && let Some(ev) = ex.event_type
                {
                    let mut pe = [0f32; NE];
                    pe.copy_from_slice(&logits[NL..]);
                    softmax(&mut pe);
                    let ei = ev.index();
                    for k in 0..NE {
                        grad[NL + k] = pe[k] - if k == ei { 1.0 } else { 0.0 };
                    }
                }
                for k in 0..ROW {
                    if grad[k] != 0.0 {
                        bias_g2[k] += grad[k] * grad[k];
                        bias[k] -= cfg.learning_rate * grad[k] / (bias_g2[k].sqrt() + eps);
                    }
                }
                for &b in f {
                    let base = b as usize * ROW;
                    for k in 0..ROW {
                        if grad[k] == 0.0 {
                            continue;
                        }
                        let g = grad[k] * x + cfg.l2 * w[base + k];
                        g2[base + k] += g * g;
                        w[base + k] -= cfg.learning_rate * g / (g2[base + k].sqrt() + eps);
                    }
                }
            }
        }
        let mut m = Model {
            version: String::new(),
            bits,
            weights: w,
            bias,
            quantized: None,
        };
        // Round-trip through the stored form so a trained model and a
        // loaded one predict identically.
        let bytes = m.encode("pending");
        let hash = fnv64(&bytes);
        m.version = format!("hashlr1-b{bits}-{hash:016x}");
        match Model::from_bytes(&m.to_bytes()) {
            Ok(q) => q,
            Err(_) => m,
        }
    }

    /// Label probabilities (order of [`Label::ALL`]) and event-type
    /// probabilities (order of [`EventType::ALL`]).
    pub fn predict(&self, e: &EmailInput<'_>) -> ([f32; 4], [f32; 7]) {
        let mut buf = FeatureBuf::default();
        self.predict_with(e, &mut buf)
    }

    /// [`Model::predict`] with caller-owned buffers (no allocation per n-gram).
    pub fn predict_with(&self, e: &EmailInput<'_>, buf: &mut FeatureBuf) -> ([f32; 4], [f32; 7]) {
        features(e, self.bits, buf);
        let mut logits = self.bias;
        if !buf.idx.is_empty() {
            let x = 1.0 / (buf.idx.len() as f32).sqrt();
            match &self.quantized {
                // the same sums in the same order, read through the codes
                Some(Quantized { codes, lut }) => {
                    for &b in &buf.idx {
                        let base = b as usize * ROW;
                        if let Some(row) = codes.get(base..base + ROW) {
                            for k in 0..ROW {
                                logits[k] += lut[usize::from(row[k])] * x;
                            }
                        }
                    }
                }
                None => {
                    for &b in &buf.idx {
                        let base = b as usize * ROW;
                        if let Some(row) = self.weights.get(base..base + ROW) {
                            for k in 0..ROW {
                                logits[k] += row[k] * x;
                            }
                        }
                    }
                }
            }
        }
        let mut pl = [0f32; NL];
        pl.copy_from_slice(&logits[..NL]);
        softmax(&mut pl);
        let mut pe = [0f32; NE];
        pe.copy_from_slice(&logits[NL..]);
        softmax(&mut pe);
        (pl, pe)
    }

    /// The model's version string (changes with the weights).
    pub fn version(&self) -> &str {
        &self.version
    }

    fn encode(&self, version: &str) -> Vec<u8> {
        let maxabs = self
            .weights
            .iter()
            .copied()
            .map(f32::abs)
            .fold(0f32, f32::max)
            .max(1e-12);
        let mut out = Vec::with_capacity(self.weights.len() + 128);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        let v = version.as_bytes();
        out.extend_from_slice(&(v.len().min(u16::MAX as usize) as u16).to_le_bytes());
        out.extend_from_slice(&v[..v.len().min(u16::MAX as usize)]);
        out.push(self.bits as u8);
        out.push(NL as u8);
        out.push(NE as u8);
        out.extend_from_slice(&maxabs.to_le_bytes());
        for b in self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        for &w in &self.weights {
            // sqrt companding keeps resolution for small weights
            let q = (w.signum() * (w.abs() / maxabs).sqrt() * 127.0).round();
            out.push(q.clamp(-127.0, 127.0) as i8 as u8);
        }
        out
    }

    /// The stored form: magic `JTCM`, format 1, version, dims, scale,
    /// biases, then one companded i8 per weight.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.encode(&self.version)
    }

    /// Decodes [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ClassifyError> {
        let err = |m: &str| ClassifyError::Model {
            what: "decode".into(),
            message: m.to_string(),
        };
        let mut pos = 0usize;
        let mut take = |n: usize| -> Result<&[u8], ClassifyError> {
            let s = bytes.get(pos..pos + n).ok_or_else(|| err("truncated"))?;
            pos += n;
            Ok(s)
        };
        if take(4)? != MAGIC {
            return Err(err("bad magic (not a jobtrack model)"));
        }
        let fmt = u32::from_le_bytes(take(4)?.try_into().map_err(|_| err("format"))?);
        if fmt != FORMAT {
            return Err(err(&format!("unsupported format {fmt}")));
        }
        let vlen = u16::from_le_bytes(take(2)?.try_into().map_err(|_| err("version"))?) as usize;
        let version = String::from_utf8(take(vlen)?.to_vec()).map_err(|_| err("version utf-8"))?;
        let dims = take(3)?;
        let (bits, nl, ne) = (u32::from(dims[0]), dims[1] as usize, dims[2] as usize);
        if nl != NL || ne != NE || !(8..=24).contains(&bits) {
            return Err(err("unexpected dimensions"));
        }
        let maxabs = f32::from_le_bytes(take(4)?.try_into().map_err(|_| err("scale"))?);
        if !maxabs.is_finite() {
            return Err(err("scale is not finite"));
        }
        let mut bias = [0f32; ROW];
        for b in bias.iter_mut() {
            *b = f32::from_le_bytes(take(4)?.try_into().map_err(|_| err("bias"))?);
        }
        let n = (1usize << bits) * ROW;
        let raw = take(n)?;
        let weights = raw.iter().map(|&q| decode_weight(q, maxabs)).collect();
        let codes = raw.to_vec();
        if pos != bytes.len() {
            return Err(err("trailing bytes"));
        }
        let mut lut = [0f32; 256];
        for (code, v) in lut.iter_mut().enumerate() {
            *v = decode_weight(code as u8, maxabs);
        }
        Ok(Model {
            version,
            bits,
            weights,
            bias,
            quantized: Some(Quantized { codes, lut }),
        })
    }
}

/// The embedded model trained on the labeled corpus (see the module doc;
/// `cargo run --example train_default` rebuilds it bit for bit).
pub fn default_model() -> Result<Model, ClassifyError> {
    if EMBEDDED.is_empty() {
        return Err(ClassifyError::Model {
            what: "embedded default_model.bin".into(),
            message: "empty; rebuild it with `cargo run --example train_default`".into(),
        });
    }
    Model::from_bytes(EMBEDDED)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(subject: &str, body: &'static str) -> EmailInput<'static> {
        let s: &'static str = Box::leak(subject.to_string().into_boxed_str());
        EmailInput {
            subject: Some(s),
            from_name: None,
            from_address: None,
            reply_to: None,
            body_text: body,
            links: &[],
            has_list_unsubscribe: false,
            received_at: None,
        }
    }

    fn examples() -> Vec<TrainingExample<'static>> {
        let mut v = Vec::new();
        for i in 0..6 {
            v.push(TrainingExample {
                email: email(
                    &format!("Thank you for applying {i}"),
                    "we received your application",
                ),
                label: Label::Application,
                event_type: Some(EventType::Applied),
            });
            v.push(TrainingExample {
                email: email(&format!("{i} new jobs for you"), "jobs you may like"),
                label: Label::JobAlert,
                event_type: None,
            });
            v.push(TrainingExample {
                email: email(&format!("Your order {i}"), "receipt total"),
                label: Label::NotJob,
                event_type: None,
            });
        }
        v
    }

    #[test]
    fn trains_deterministically_and_round_trips() {
        let cfg = TrainConfig {
            bits: 12,
            epochs: 5,
            ..TrainConfig::default()
        };
        let a = Model::train_with(&examples(), &cfg);
        let b = Model::train_with(&examples(), &cfg);
        assert_eq!(a, b);
        assert_eq!(a.to_bytes(), b.to_bytes());
        let c = Model::from_bytes(&a.to_bytes()).unwrap();
        assert_eq!(a, c);
        let (pl, _) = a.predict(&email("New jobs for you", "jobs you may like"));
        assert_eq!(
            pl.iter()
                .enumerate()
                .max_by(|x, y| x.1.total_cmp(y.1))
                .map(|x| x.0),
            Some(Label::JobAlert.index())
        );
    }

    #[test]
    fn bad_bytes_are_errors_not_panics() {
        assert!(Model::from_bytes(b"").is_err());
        assert!(Model::from_bytes(b"JTCM\x01\x00\x00\x00\xff\xff").is_err());
        assert!(Model::from_bytes(b"XXXXXXXXXXXXXXXXXXXXXX").is_err());
    }
}
