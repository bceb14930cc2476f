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
        prop::collection::vec(prop::option::of((1u8..=5, prop_oneof![Just(0u64), 1u64..(1 << 53)])), n),
        0..n,
        (prop::option::of(prop::sample::select(career_quiz::region::Home::ALL.to_vec())), prop_oneof![Just(0u64), 1u64..4]),
        prop_oneof![
            Just(Screen::Welcome),
            Just(Screen::Quiz),
            Just(Screen::Results),
            Just(Screen::Privacy),
            Just(Screen::Teacher),
            (1..=career_quiz::attempts::KEPT).prop_map(Screen::Attempt),
            (0..careers).prop_map(Screen::Career),
            prop::sample::subsequence((0..careers).collect::<Vec<_>>(), 2..=3).prop_shuffle().prop_map(Screen::Compare),
        ],
    )
        .prop_map(|(given, current, home, screen)| Progress {
            answers: given.iter().map(|g| g.map(|(a, _)| a)).collect(),
            answered_at: given.iter().map(|g| g.map_or(0, |(_, t)| t)).collect(),
            current,
            screen,
            home: home.0,
            home_set_at: home.1,
            reviewing: false,
        })
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
        Just(Action::Start), (0u8..8, any::<u64>()).prop_map(|(a, t)| Action::Answer(a, t)), Just(Action::Next), Just(Action::Back),
        (0usize..200).prop_map(Action::GoTo), Just(Action::ShowResults), Just(Action::ShowPrivacy), Just(Action::Home), (0usize..40).prop_map(Action::OpenCareer),
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

proptest! {
    // The decoder reads whatever a browser hands back, so it is fuzzed hard.
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_text_decodes_or_errs_without_panicking(text in ".{0,400}") {
        let _ = Progress::decode(&text, model());
    }

    #[test]
    fn any_bytes_decode_or_err_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = Progress::decode(&String::from_utf8_lossy(&bytes), model());
    }

    /// A valid save with its structure mutated: values of any JSON type put in any place.
    #[test]
    fn a_structurally_mutated_save_decodes_or_errs_without_panicking(
        progress in progress_strategy(),
        path in prop::collection::vec(0usize..8, 1..3),
        replacement in json_value(),
    ) {
        let mut saved: serde_json::Value = serde_json::from_str(&progress.encode(model())).unwrap();
        // Walk down `path` through objects, then replace what is there.
        let mut pointer = String::new();
        let mut node = &saved;
        for step in path {
            let serde_json::Value::Object(map) = node else { break };
            if map.is_empty() { break; }
            let key = map.keys().nth(step % map.len()).unwrap();
            pointer.push('/');
            pointer.push_str(key);
            node = &map[key];
        }
        *saved.pointer_mut(&pointer).unwrap() = replacement;
        if let Ok(restored) = Progress::decode(&saved.to_string(), model()) {
            prop_assert!(restored.progress.answers.iter().flatten().all(|a| (1..=5).contains(a)));
            prop_assert!(restored.progress.current < model().questions.len());
        }
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        ".{0,20}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z_]{0,12}", inner, 0..4).prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every version of the saved format ever written decodes, with its answers, into today's.
#[test]
fn every_saved_version_ever_shipped_migrates_forward() {
    let m = model();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress");
    for version in 1..=FORMAT_VERSION {
        let path = dir.join(format!("v{version}.json"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("a fixture for version {version}: {e}"));
        let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(saved["version"], version, "{}", path.display());
        let restored = Progress::decode(&text, m).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(restored.dropped, 0, "{}", path.display());
        for (id, value) in saved["answers"].as_object().unwrap() {
            // A question asked again under a new id is read under that id.
            let renamed = career_quiz::progress::RENAMED_IN_3.iter().find(|(old, _)| version < 3 && old == id).map(|(_, new)| *new);
            let q = m.question_index(renamed.unwrap_or(id)).unwrap_or_else(|| panic!("{}: {id} is in the bank", path.display()));
            assert_eq!(restored.progress.answers[q], Some(value.as_u64().unwrap() as u8), "{} {id}", path.display());
            // Version 1 kept no times: they read as unknown.
            let time = saved.get("answered_at").map_or(0, |times| times[id].as_u64().unwrap());
            assert_eq!(restored.progress.answered_at[q], time, "{} {id}'s time", path.display());
        }
        assert_eq!(restored.progress.current, m.question_index(saved["current"].as_str().unwrap()).unwrap());
        // Where the student lives, from version 4.
        let home = saved.get("home").and_then(|h| h.as_str()).and_then(career_quiz::region::Home::from_id);
        assert_eq!(restored.progress.home, home, "{}", path.display());
        assert_eq!(restored.progress.home_set_at, saved.get("home_at").map_or(0, |t| t.as_u64().unwrap()), "{}", path.display());
        // And it is written back in today's format.
        let rewritten: serde_json::Value = serde_json::from_str(&restored.progress.encode(m)).unwrap();
        assert_eq!(rewritten["version"], FORMAT_VERSION);
    }
}

#[test]
fn another_tabs_answers_are_taken_in_and_this_tabs_place_is_kept() {
    let m = model();
    let mut here = Progress { current: 5, screen: Screen::Quiz, ..Progress::new(m) };
    (here.answers[0], here.answered_at[0]) = (Some(2), 100);
    (here.answers[1], here.answered_at[1]) = (Some(3), 100);
    let mut there = Progress { current: 9, screen: Screen::Results, ..Progress::new(m) };
    (there.answers[1], there.answered_at[1]) = (Some(5), 200);
    (there.answers[2], there.answered_at[2]) = (Some(4), 150);
    let merged = here.merge_from_other_tab(&there);
    assert!(merged.changed);
    assert!(merged.ours_newer, "the other tab lacks question 0's answer");
    assert_eq!(&here.answers[..3], &[Some(2), Some(5), Some(4)], "its newer answers win; ours it lacks stay");
    assert_eq!(&here.answered_at[..3], &[100, 200, 150]);
    assert_eq!((here.current, &here.screen), (5, &Screen::Quiz));
    let again = here.merge_from_other_tab(&there);
    assert!(!again.changed, "nothing new the second time");
}

#[test]
fn an_older_answer_from_another_tab_does_not_replace_a_newer_one() {
    let m = model();
    let mut here = Progress::new(m);
    (here.answers[0], here.answered_at[0]) = (Some(3), 1_002);
    let mut there = Progress::new(m);
    (there.answers[0], there.answered_at[0]) = (Some(2), 1_000);
    let merged = here.merge_from_other_tab(&there);
    assert_eq!(merged, career_quiz::progress::Merged { changed: false, ours_newer: true });
    assert_eq!(here.answers[0], Some(3));
    // And the other tab, hearing this one's save, takes the newer answer.
    assert!(there.merge_from_other_tab(&here).changed);
    assert_eq!(there.answers[0], Some(3));
}

#[test]
fn where_the_student_lives_follows_the_newer_choice_in_either_tab() {
    use career_quiz::region::Home;
    let m = model();
    let mut here = Progress { home: Some(Home::Wales), home_set_at: 500, ..Progress::new(m) };
    let mut there = Progress::new(m);
    let merged = there.merge_from_other_tab(&here);
    assert!(merged.changed);
    assert_eq!((there.home, there.home_set_at), (Some(Home::Wales), 500), "a tab that was never told takes it");
    // The student then says in the other tab they would rather not say: that wins, not the older Wales.
    there.apply(Action::SetHome(None, 900), m);
    assert_eq!(here.merge_from_other_tab(&there), career_quiz::progress::Merged { changed: true, ours_newer: false });
    assert_eq!(here.home, None);
    assert_eq!(here.home_said(), Some(None), "'I would rather not say' is a choice, which beats a school's or the language's default");
    assert_eq!(there.merge_from_other_tab(&here), career_quiz::progress::Merged::default(), "settled: no echo");
    // Clear my data takes the choice back: no choice at all.
    here.apply(Action::SetHome(None, 0), m);
    assert_eq!(here.home_said(), None);
    // And "rather not say" survives a reload.
    let saved = there.encode(m);
    let restored = Progress::decode(&saved, m).unwrap().progress;
    assert_eq!(restored.home_said(), Some(None), "{saved}");
}

proptest! {
    /// Two tabs that each hear the other's save end with the same answers, each the newest of
    /// the two, whatever order they hear them in: last writer wins, and ties in the same
    /// millisecond go the same way in both tabs.
    #[test]
    fn two_tabs_settle_on_the_newest_answers(a in progress_strategy(), b in progress_strategy(), a_hears_first in any::<bool>()) {
        let (mut here, mut there) = (a.clone(), b.clone());
        if a_hears_first {
            here.merge_from_other_tab(&b);
            there.merge_from_other_tab(&a);
        } else {
            there.merge_from_other_tab(&a);
            here.merge_from_other_tab(&b);
        }
        prop_assert_eq!(&here.answers, &there.answers);
        prop_assert_eq!(&here.answered_at, &there.answered_at);
        for q in 0..a.answers.len() {
            let newest = a.answers[q].map(|x| (a.answered_at[q], x)).max(b.answers[q].map(|x| (b.answered_at[q], x)));
            prop_assert_eq!(here.answers[q].map(|x| (here.answered_at[q], x)), newest);
        }
        prop_assert_eq!((here.home, here.home_set_at), (there.home, there.home_set_at), "the same home in both");
        prop_assert_eq!(here.home_set_at, a.home_set_at.max(b.home_set_at), "the newer choice");
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
    let text = format!(r#"{{"version":1,"answers":{{"{first}":4,"{second}":9,"no_such_question":3}},"current":"{second}","screen":"quiz"}}"#);
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
    p.apply(Action::Answer(4, 1_000), m);
    p.apply(Action::Next, m);
    assert_eq!((p.current, p.answers[0]), (1, Some(4)));
    p.apply(Action::Back, m);
    p.apply(Action::Back, m);
    assert_eq!(p.screen, Screen::Welcome);
    p.apply(Action::GoTo(m.questions.len() - 1), m);
    p.apply(Action::Next, m);
    assert_eq!(p.screen, Screen::Skipped, "the skipped questions are offered before the results");
    p.apply(Action::ShowResults, m);
    assert_eq!(p.screen, Screen::Results);
    p.apply(Action::SetHome(Some(career_quiz::region::Home::Scotland), 7_000), m);
    p.apply(Action::StartAgain, m);
    assert_eq!(p, Progress { home: Some(career_quiz::region::Home::Scotland), home_set_at: 7_000, ..Progress::new(m) }, "where they live stays");
    assert!(!p.is_blank(), "a start again that keeps where they live is saved");
    assert!(!p.started());
}

#[test]
fn skipped_questions_are_offered_back_and_next_walks_only_those() {
    let m = model();
    let n = m.questions.len();
    let mut p = Progress::new(m);
    p.apply(Action::Start, m);
    for i in 0..n {
        if ![2, 7, n - 1].contains(&i) {
            p.apply(Action::Answer(3, 1), m);
        }
        assert_eq!(p.next_question(), (i + 1 < n).then_some(i + 1));
        p.apply(Action::Next, m);
    }
    assert_eq!(p.screen, Screen::Skipped);
    assert_eq!(p.skipped(), [2, 7, n - 1]);
    assert!(p.encode(m).contains(r#""screen":"quiz""#), "saved as the quiz: the format is unchanged");

    p.apply(Action::AnswerSkipped(2), m);
    assert_eq!((p.screen.clone(), p.current), (Screen::Quiz, 2));
    p.apply(Action::Answer(4, 2), m);
    p.apply(Action::Next, m);
    assert_eq!(p.current, 7, "on to the next skipped question, past the answered ones");
    p.apply(Action::Next, m);
    assert_eq!(p.current, n - 1, "skipped again: on to the next");
    assert_eq!(p.next_question(), None, "the last skipped question leads out of the quiz");
    p.apply(Action::Answer(5, 3), m);
    p.apply(Action::Next, m);
    assert_eq!(p.screen, Screen::Skipped, "one is still skipped, so it is offered again");
    assert_eq!(p.skipped(), [7]);
    assert!(!p.reviewing);

    p.apply(Action::AnswerSkipped(7), m);
    p.apply(Action::Answer(2, 4), m);
    p.apply(Action::Next, m);
    assert_eq!(p.screen, Screen::Results, "with none skipped, straight to the results");
    p.apply(Action::ShowSkipped, m);
    assert_eq!(p.screen, Screen::Results, "and #skipped with none skipped shows the results");

    // Moving about the quiz by hand ends the review: Next goes on in order again.
    p.apply(Action::AnswerSkipped(0), m);
    p.apply(Action::GoTo(0), m);
    p.apply(Action::Next, m);
    assert_eq!(p.current, 1);
}

/// Every screen has an address that reads back as the same screen; other addresses are ignored.
#[test]
fn screens_round_trip_through_the_address() {
    let model = model();
    let careers = model.content.careers.len();
    let mut screens = vec![
        Screen::Welcome,
        Screen::Quiz,
        Screen::Results,
        Screen::Privacy,
        Screen::Teacher,
        Screen::Skipped,
        Screen::Attempt(1),
        Screen::Attempt(5),
    ];
    screens.extend((0..careers).map(Screen::Career));
    screens.extend((1..careers).map(|c| Screen::Compare(vec![c, 0])));
    screens.push(Screen::Compare(vec![careers - 1, 3, 7]));
    for screen in screens {
        let address = screen.address(model);
        assert_eq!(Screen::from_address(&address, model), Some(screen.clone()), "{address:?}");
        let mut progress = Progress::new(model);
        progress.apply(screen.action(), model);
        assert_eq!(progress.screen, screen, "the action for {address:?} shows it");
    }
    assert_eq!(Screen::from_address("career/perfusionist", model).map(|s| s.address(model)).as_deref(), Some("career/perfusionist"));
    assert_eq!(Screen::from_address("compare/nurse,perfusionist", model).map(|s| s.address(model)).as_deref(), Some("compare/nurse,perfusionist"));
    for ignored in [
        "career/",
        "career/no_such_career",
        "careers/nurse",
        "share=ABC",
        "RESULTS",
        "quiz/2",
        "#results",
        // A comparison takes two or three different careers, all known.
        "compare/",
        "compare/nurse",
        "compare/nurse,nurse",
        "compare/nurse,perfusionist,dietitian,audiologist",
        "compare/nurse,no_such_career",
        "compare/nurse,,perfusionist",
        // Earlier attempts are numbered from 1 to the number kept.
        "attempt/0",
        "attempt/6",
        "attempt/",
        "attempt/x",
        "attempt/-1",
    ] {
        assert_eq!(Screen::from_address(ignored, model), None, "{ignored:?}");
    }
}
