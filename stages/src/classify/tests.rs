//! Unit tests of the decision logic on hand-written tricky cases, plus
//! determinism, versioning and a small fuzz run.

use super::*;

fn rules_only() -> Classifier {
    Classifier::new(&Classifier::default_rules().unwrap(), None).unwrap()
}

fn mail(from_name: &str, from: &str, subject: &str, body: &str) -> OwnedEmail {
    OwnedEmail {
        subject: Some(subject.into()),
        from_name: if from_name.is_empty() {
            None
        } else {
            Some(from_name.into())
        },
        from_address: Some(from.to_lowercase()),
        body_text: body.into(),
        ..OwnedEmail::default()
    }
}

fn run(m: &OwnedEmail) -> Classification {
    rules_only().classify(&m.as_input())
}

#[test]
fn deterministic_and_versioned() {
    let rs = Classifier::default_rules().unwrap();
    let a = Classifier::new(&rs, None).unwrap();
    let b = Classifier::new(&rs, None).unwrap();
    let m = mail(
        "Acme",
        "no-reply@hire.lever.co",
        "Thank you for your application to Acme",
        "We received your application for the Platform Engineer role.",
    );
    let batch = vec![m.as_input(), m.as_input()];
    assert_eq!(a.classify_batch(&batch), b.classify_batch(&batch));
    assert_eq!(a.version(), b.version());

    let user = RuleSet::parse(
        "[[phrase]]\nid = \"event:rejected:mine\"\nkind = \"rejected\"\nfields = [\"body\"]\npatterns = [\"thanks but no\"]\nweight = 5.0\n",
        "user.toml",
    )
    .unwrap();
    let changed = Classifier::new(&rs.clone().extend(user), None).unwrap();
    assert_ne!(changed.version(), a.version());

    let ex = vec![TrainingExample {
        email: m.as_input(),
        label: Label::Application,
        event_type: Some(EventType::Applied),
    }];
    let cfg = TrainConfig {
        bits: 10,
        epochs: 2,
        ..TrainConfig::default()
    };
    let model = Model::train_with(&ex, &cfg);
    let with_model = Classifier::new(&rs, Some(&model)).unwrap();
    assert_ne!(with_model.version(), a.version());
}

#[test]
fn load_rules_reports_the_user_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.toml");
    std::fs::write(
        &p,
        "[[phrase]]\nid = \"mine:bad\"\nkind = \"offer\"\nfields = [\"body\"]\npatterns = [\"(\"]\nweight = 1.0\n",
    )
    .unwrap();
    let err = Classifier::load_rules(Some(&p)).unwrap_err().to_string();
    assert!(
        err.contains("bad.toml") && err.contains("mine:bad"),
        "{err}"
    );
    let missing = Classifier::load_rules(Some(&dir.path().join("nope.toml"))).unwrap_err();
    assert!(matches!(missing, ClassifyError::ReadRules { .. }));
}

#[test]
fn odd_inputs_never_panic() {
    let c = rules_only();
    let mut seed: u64 = 0x1234_5678;
    let alphabet: Vec<char> = "aAzZ09 \n\t[]()<>@.:/?=&%+-_'\"!#ßéü日本😀\u{0}\u{202e}\r"
        .chars()
        .collect();
    let mut emails = Vec::new();
    for i in 0..300 {
        let mut s = String::new();
        let len = (i * 37) % 400;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        emails.push(OwnedEmail {
            subject: Some(s.chars().take(50).collect()),
            from_name: Some(s.chars().rev().take(20).collect()),
            from_address: Some(format!(
                "{}@{}",
                &s.len(),
                s.chars().take(10).collect::<String>()
            )),
            reply_to: Some(s.clone()),
            body_text: s.clone(),
            links: vec![s.clone(), format!("https://{s}"), "https://%%%".into()],
            has_list_unsubscribe: i % 2 == 0,
            received_at: None,
        });
    }
    emails.push(OwnedEmail::default());
    let inputs: Vec<EmailInput<'_>> = emails.iter().map(OwnedEmail::as_input).collect();
    let out = c.classify_batch(&inputs);
    assert_eq!(out.len(), inputs.len());
    for o in out {
        assert!(o.confidence.is_finite());
    }
}

#[test]
fn embedded_default_model_loads_and_is_deterministic() {
    let m = default_model().unwrap();
    assert!(m.version().starts_with("hashlr1-"));
    let rs = Classifier::default_rules().unwrap();
    let c = Classifier::new(&rs, Some(&m)).unwrap();
    let e = mail(
        "Maya Chen",
        "maya@brightfield.io",
        "Quick question",
        "Hi Alex, thanks for your application to Brightfield. Could we talk on Thursday?",
    );
    let a = c.classify_batch(&[e.as_input()]);
    let b = c.classify_batch(&[e.as_input()]);
    assert_eq!(a, b);
    assert_eq!(Model::from_bytes(&m.to_bytes()).unwrap(), m);
    let (pl, pe) = m.predict(&e.as_input());
    assert!((pl.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    assert!((pe.iter().sum::<f32>() - 1.0).abs() < 1e-4);
}

/// Regression: a bulk podcast newsletter that is "pleased to offer" listeners
/// a discount and talks about interviews was labelled application (synth
/// mailbox, seed 3).
#[test]
fn bulk_newsletter_about_interviews_with_an_offer_is_not_job() {
    let mut m = mail(
        "Career Rocket",
        "episodes@careerrocket.fm",
        "Episode 279: An interview with a hiring manager at a top startup",
        "This week: an interview with a hiring manager at a top startup about the interview stages \
         candidates go through.\n\nWe are pleased to offer our listeners 20% off the premium plan.\n\nUnsubscribe",
    );
    m.has_list_unsubscribe = true;
    let with_model = Classifier::new(
        &Classifier::default_rules().unwrap(),
        Some(&default_model().unwrap()),
    )
    .unwrap();
    assert_eq!(with_model.classify(&m.as_input()).label, Label::NotJob);
    assert_eq!(run(&m).label, Label::NotJob);
}

#[test]
fn an_agency_submission_names_employer_and_role_in_either_order() {
    let body = "Hey Alex,\n\nGreat speaking with you earlier. As discussed, I've submitted your CV to Keystone Ledger for the Test Automation Engineer position in Madrid, Spain.\n\nBest,\nNoah Reyes\nRecruitment Consultant | Hirewell Consulting";
    let c = run(&mail(
        "Noah Reyes",
        "noah@hirewellconsulting.net",
        "Submitted: Keystone Ledger - Test Automation Engineer",
        body,
    ));
    assert_eq!(c.label, Label::Application);
    assert_eq!(c.event_type, Some(EventType::Applied));
    assert_eq!(c.company_name.as_deref(), Some("Keystone Ledger"));
    assert_eq!(c.role_title.as_deref(), Some("Test Automation Engineer"));
    // a reply with the subject only still reads the order right
    let c = run(&mail(
        "Noah Reyes",
        "noah@hirewellconsulting.net",
        "Re: Submitted: Keystone Ledger - Test Automation Engineer",
        "Hi Alex,\n\nGood news: they would like to invite you to a first interview for the role next week. Are you free on Tuesday afternoon?\n\nBest,\nNoah Reyes\nRecruitment Consultant | Hirewell Consulting",
    ));
    assert_eq!(c.company_name.as_deref(), Some("Keystone Ledger"));
    assert_eq!(c.role_title.as_deref(), Some("Test Automation Engineer"));
}

/// The embedded data that decides outputs besides the rules is pinned to
/// CODE_VERSION, which is part of the classifier's version: a change to
/// `rules/weights.toml` or `names/first_names.txt` fails here until
/// CODE_VERSION is bumped (so stored classifications are redone) and the
/// pins are updated.
#[test]
fn weights_and_first_names_are_pinned_to_the_code_version() {
    let weights = serde_json::to_vec(&Weights::defaults().unwrap()).unwrap();
    let mut names: Vec<&str> = crate::names::person::FIRST_NAMES.iter().copied().collect();
    names.sort_unstable();
    let pins = (
        CODE_VERSION,
        format!("{:016x}", fnv64(&weights)),
        format!("{:016x}", fnv64(names.join("\n").as_bytes())),
    );
    assert_eq!(
        pins,
        (
            "classify-code-7",
            "f3f0fd878d71e935".to_string(),
            "6087439c45b17bdf".to_string()
        ),
        "weights or first names changed: bump CODE_VERSION and update these pins"
    );
}

#[test]
fn sensitivity_reads_its_names_and_factors_and_changes_the_version() {
    assert_eq!(
        Sensitivity::parse("balanced").unwrap(),
        Sensitivity::Balanced
    );
    assert_eq!(Sensitivity::parse("").unwrap(), Sensitivity::Balanced);
    assert_eq!(
        Sensitivity::parse("high-recall").unwrap().not_job_factor(),
        0.8
    );
    assert_eq!(
        Sensitivity::parse("high-precision")
            .unwrap()
            .not_job_factor(),
        2.0
    );
    assert_eq!(Sensitivity::parse("1.25").unwrap().not_job_factor(), 1.25);
    for bad in ["loud", "0", "-1", "50", "NaN"] {
        let e = Sensitivity::parse(bad).unwrap_err().to_string();
        assert!(
            e.contains("[classify] sensitivity") && e.contains(bad),
            "{e}"
        );
    }
    let c = rules_only();
    assert_eq!(
        c.clone().with_sensitivity(Sensitivity::Balanced).version(),
        c.version()
    );
    assert_ne!(
        c.clone()
            .with_sensitivity(Sensitivity::HighRecall)
            .version(),
        c.version()
    );
}
