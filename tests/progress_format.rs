//! The saved-progress format: it round-trips, keeps what is valid in a damaged save, refuses to
//! guess at a newer version, and never panics whatever the bytes.

use career_quiz::content::Model;
use career_quiz::progress::{Action, DecodeError, Progress, Screen, FORMAT_VERSION};
use proptest::prelude::*;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn progress_strategy() -> impl Strategy<Value = Progress> {
    let m = model();
    let n = m.questions.len();
    let careers = m.content.careers.len();
    (
        prop::collection::vec(prop::option::of(1u8..=5), n),
        0..n,
        prop_oneof![
            Just(Screen::Welcome),
            Just(Screen::Quiz),
            Just(Screen::Results),
            (0..careers).prop_map(Screen::Career),
        ],
    )
        .prop_map(|(answers, current, screen)| Progress { answers, current, screen })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn a_save_reads_back_as_it_was(progress in progress_strategy()) {
        let restored = Progress::decode(&progress.encode(model()), model()).unwrap();
        // A save with no answers and no current question would resume at the welcome page anyway.
        prop_assert_eq!(restored.dropped, 0);
        prop_assert_eq!(restored.progress, progress);
    }

    #[test]
    fn any_text_decodes_or_errs_without_panicking(text in ".{0,400}") {
        let _ = Progress::decode(&text, model());
    }

    #[test]
    fn any_bytes_decode_or_err_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = Progress::decode(&String::from_utf8_lossy(&bytes), model());
    }

    /// A valid save with its answers damaged: every valid answer survives, every bad one is counted.
    #[test]
    fn a_damaged_save_keeps_its_valid_answers(
        progress in progress_strategy(),
        junk in prop::collection::vec(("[a-z_]{1,12}", prop_oneof![
            Just(serde_json::json!(0)), Just(serde_json::json!(6)), Just(serde_json::json!(-1)),
            Just(serde_json::json!(2.5)), Just(serde_json::json!("3")), Just(serde_json::json!(null)),
            Just(serde_json::json!([4])), Just(serde_json::json!(1u64 << 40)),
        ]), 0..8),
    ) {
        let mut saved: serde_json::Value = serde_json::from_str(&progress.encode(model())).unwrap();
        let answers = saved["answers"].as_object_mut().unwrap();
        let mut expected_drops = 0;
        for (id, value) in junk {
            let id = format!("zz_{id}");
            if answers.insert(id, value).is_none() { expected_drops += 1; }
        }
        let restored = Progress::decode(&saved.to_string(), model()).unwrap();
        prop_assert_eq!(restored.dropped, expected_drops);
        prop_assert_eq!(restored.progress.answers, progress.answers);
    }

    /// Whatever a student clicks, the state stays in range.
    #[test]
    fn actions_keep_the_state_in_range(actions in prop::collection::vec(prop_oneof![
        Just(Action::Start), (0u8..8).prop_map(Action::Answer), Just(Action::Next), Just(Action::Back),
        (0usize..200).prop_map(Action::GoTo), Just(Action::ShowResults), (0usize..40).prop_map(Action::OpenCareer),
        Just(Action::StartAgain),
    ], 0..200)) {
        let m = model();
        let mut progress = Progress::new(m);
        for action in actions {
            progress.apply(action, m);
            prop_assert!(progress.current < m.questions.len());
            prop_assert_eq!(progress.answers.len(), m.questions.len());
            prop_assert!(progress.answers.iter().flatten().all(|a| (1..=5).contains(a)));
            if let Screen::Career(c) = progress.screen { prop_assert!(c < m.content.careers.len()); }
        }
    }
}

#[test]
fn the_format_carries_its_version() {
    let saved: serde_json::Value = serde_json::from_str(&Progress::new(model()).encode(model())).unwrap();
    assert_eq!(saved["version"], FORMAT_VERSION);
}

#[test]
fn unknown_ids_and_values_off_the_scale_are_dropped_and_the_rest_kept() {
    let m = model();
    let first = &m.content.questions[0].id;
    let second = &m.content.questions[1].id;
    let text = format!(
        r#"{{"version":1,"answers":{{"{first}":4,"{second}":9,"no_such_question":3}},"current":"{second}","screen":"quiz"}}"#
    );
    let restored = Progress::decode(&text, m).unwrap();
    assert_eq!(restored.dropped, 2);
    assert_eq!(restored.progress.answers[0], Some(4));
    assert_eq!(restored.progress.answers[1], None);
    assert_eq!((restored.progress.current, restored.progress.screen), (1, Screen::Quiz));
}

#[test]
fn a_newer_version_is_refused_not_guessed_at() {
    let text = format!(r#"{{"version":{},"answers":{{}}}}"#, FORMAT_VERSION + 1);
    assert_eq!(Progress::decode(&text, model()), Err(DecodeError::NewerVersion(FORMAT_VERSION + 1)));
}

#[test]
fn text_that_is_not_a_save_is_an_error() {
    assert_eq!(Progress::decode("not json", model()), Err(DecodeError::NotJson));
    assert!(matches!(Progress::decode("[1,2]", model()), Err(DecodeError::WrongShape(_))));
    assert!(matches!(Progress::decode(r#"{"version":"1","answers":{}}"#, model()), Err(DecodeError::WrongShape(_))));
    assert!(matches!(Progress::decode(r#"{"version":1,"answers":[]}"#, model()), Err(DecodeError::WrongShape(_))));
}

#[test]
fn a_removed_current_question_resumes_at_the_first_unanswered_one() {
    let m = model();
    let first = &m.content.questions[0].id;
    let text = format!(r#"{{"version":1,"answers":{{"{first}":2}},"current":"gone","screen":"quiz"}}"#);
    assert_eq!(Progress::decode(&text, m).unwrap().progress.current, 1);
}

#[test]
fn the_quiz_walks_forward_and_back_and_ends_at_the_results() {
    let m = model();
    let mut p = Progress::new(m);
    p.apply(Action::Start, m);
    assert_eq!(p.screen, Screen::Quiz);
    p.apply(Action::Answer(4), m);
    p.apply(Action::Next, m);
    assert_eq!((p.current, p.answers[0]), (1, Some(4)));
    p.apply(Action::Back, m);
    p.apply(Action::Back, m);
    assert_eq!(p.screen, Screen::Welcome);
    p.apply(Action::GoTo(m.questions.len() - 1), m);
    p.apply(Action::Next, m);
    assert_eq!(p.screen, Screen::Results);
    p.apply(Action::StartAgain, m);
    assert_eq!(p, Progress::new(m));
}
