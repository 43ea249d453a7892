//! Training the employer ranker: the examples (each email's candidates and
//! "no employer", marked right or not), the settings, full-batch gradient
//! descent with a pointwise and a listwise loss, the threshold, and how
//! many emails a ranker decides right. Deterministic: no randomness, a
//! fixed order.

use super::{FEATURES, Ranker};

/// One email's candidates for training: their features and whether each
/// is the employer, and the features of "no employer" ([`none_features`]),
/// the right choice when the email names none.
#[derive(Debug, Clone)]
pub struct RankExample {
    pub candidates: Vec<(Vec<f32>, bool)>,
    /// The candidates' names, in the same order (for reports).
    pub names: Vec<String>,
    pub none: Vec<f32>,
    /// The email names an employer (a labeled company).
    pub has_employer: bool,
}

impl RankExample {
    /// Every choice with whether it is right: the candidates, then "none".
    fn choices(&self) -> impl Iterator<Item = (&[f32], bool)> {
        self.candidates
            .iter()
            .map(|(x, y)| (x.as_slice(), *y))
            .chain(std::iter::once((self.none.as_slice(), !self.has_employer)))
    }
}

/// Training settings.
#[derive(Debug, Clone, PartialEq)]
pub struct RankTrain {
    pub iterations: usize,
    pub learning_rate: f64,
    pub l2: f64,
    /// The weight of the listwise loss beside the pointwise one.
    pub listwise: f64,
    /// The rule weight that is sure ([`Ranker::sure`]).
    pub sure: f32,
}

impl Default for RankTrain {
    fn default() -> Self {
        RankTrain {
            iterations: 3000,
            learning_rate: 0.5,
            l2: 1e-3,
            listwise: 1.0,
            sure: 0.8,
        }
    }
}

/// Trains the ranker from zero weights, full batch gradient descent in
/// example order: a pointwise logistic loss (each choice right or not) plus
/// a listwise one (the right choice outscores the email's others, softmax
/// over them), then the threshold that gets the most emails right.
pub fn train(examples: &[RankExample], cfg: &RankTrain, version: &str) -> Ranker {
    train_with(examples, cfg, version, &FEATURES)
}

/// [`train`] for a model over `features` (the role ranker's).
pub fn train_with(
    examples: &[RankExample],
    cfg: &RankTrain,
    version: &str,
    features: &[String],
) -> Ranker {
    let dim = features.len();
    let rows: Vec<(&[f32], f64)> = examples
        .iter()
        .flat_map(RankExample::choices)
        .map(|(x, y)| (x, if y { 1.0 } else { 0.0 }))
        .collect();
    let mut w = vec![0f64; dim];
    let n = rows.len().max(1) as f64;
    let lists = examples.len().max(1) as f64;
    let dot =
        |w: &[f64], x: &[f32]| -> f64 { w.iter().zip(x).map(|(w, x)| w * f64::from(*x)).sum() };
    let add = |grad: &mut [f64], d: f64, x: &[f32]| {
        for (g, x) in grad.iter_mut().zip(x) {
            *g += d * f64::from(*x);
        }
    };
    for _ in 0..cfg.iterations {
        let mut grad = vec![0f64; dim];
        for (x, y) in &rows {
            let p = 1.0 / (1.0 + (-dot(&w, x)).exp());
            add(&mut grad, (p - y) / n, x);
        }
        if cfg.listwise > 0.0 {
            for e in examples {
                let choices: Vec<(&[f32], bool)> = e.choices().collect();
                if !choices.iter().any(|(_, y)| *y) {
                    continue;
                }
                let z: Vec<f64> = choices.iter().map(|(x, _)| dot(&w, x)).collect();
                let m = z.iter().copied().fold(f64::MIN, f64::max);
                let ex: Vec<f64> = z.iter().map(|z| (z - m).exp()).collect();
                let total: f64 = ex.iter().sum();
                let pos: f64 = ex
                    .iter()
                    .zip(&choices)
                    .filter(|(_, (_, y))| *y)
                    .map(|(e, _)| e)
                    .sum();
                for (ei, (x, y)) in ex.iter().zip(&choices) {
                    let q = if *y { ei / pos } else { 0.0 };
                    add(&mut grad, cfg.listwise * (ei / total - q) / lists, x);
                }
            }
        }
        for (i, (wi, g)) in w.iter_mut().zip(&grad).enumerate() {
            let reg = if i == 0 { 0.0 } else { cfg.l2 * *wi };
            *wi -= cfg.learning_rate * (g + reg);
        }
    }
    let mut ranker = Ranker {
        version: version.to_string(),
        features: features.to_vec(),
        weights: w.iter().map(|x| *x as f32).collect(),
        threshold: 0.0,
        sure: cfg.sure,
    };
    let mut best = (0usize, 0.0f32);
    for step in 0..=40 {
        ranker.threshold = step as f32 * 0.025;
        let (right, _) = accuracy(&ranker, examples);
        if right > best.0 {
            best = (right, ranker.threshold);
        }
    }
    ranker.threshold = best.1;
    ranker
}

/// Whether the ranker decides one example right: the best candidate when
/// it reaches the threshold and outscores "none", else "none".
pub fn decides_right(ranker: &Ranker, e: &RankExample) -> bool {
    let at = ranker.rule_weight_index();
    let scored: Vec<(f32, f32)> = e
        .candidates
        .iter()
        .map(|(x, _)| {
            (
                ranker.score(x),
                at.and_then(|i| x.get(i)).copied().unwrap_or(0.0),
            )
        })
        .collect();
    match ranker.choose(&scored, ranker.score(&e.none)) {
        Some(i) => e.candidates[i].1,
        None => !e.has_employer,
    }
}

/// How many emails the ranker decides right: `(right, total)`.
pub fn accuracy(ranker: &Ranker, examples: &[RankExample]) -> (usize, usize) {
    let right = examples.iter().filter(|e| decides_right(ranker, e)).count();
    (right, examples.len())
}
