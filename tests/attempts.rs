//! Earlier attempts: kept newest first and no more than `KEPT`, read back exactly, never a panic
//! on whatever storage holds, and shown beside the answers now.

use career_quiz::attempts::{decode, encode, record, Attempt, KEPT};
use career_quiz::content::Model;
use career_quiz::messages::EN;
use career_quiz::scoring::{score, Outcome};
use career_quiz::vm::attempt::then_and_now;
use career_quiz::vm::results::{history, HistoryItem};
use proptest::prelude::*;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn attempt_strategy() -> impl Strategy<Value = Attempt> {
    let n = model().questions.len();
    ((2000u32..2100, 1u32..13, 1u32..29), prop::collection::vec(prop::option::of(1u8..=5), n))
        .prop_map(|((y, m, d), answers)| Attempt { date: format!("{y}-{m:02}-{d:02}"), answers })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn attempts_round_trip(attempts in prop::collection::vec(attempt_strategy(), 0..=KEPT)) {
        prop_assert_eq!(decode(model(), &encode(model(), &attempts)), attempts);
    }

    /// Whatever storage holds, reading it never panics and gives at most `KEPT` attempts.
    #[test]
    fn decoding_never_panics(text in any::<String>()) {
        prop_assert!(decode(model(), &text).len() <= KEPT);
    }

    /// Recording keeps the newest first, never more than `KEPT`, and no repeat of the newest.
    #[test]
    fn recording_keeps_the_newest(attempts in prop::collection::vec(attempt_strategy(), 1..12)) {
        let mut kept = Vec::new();
        for attempt in &attempts {
            record(&mut kept, attempt.clone());
            prop_assert!(kept.len() <= KEPT);
            prop_assert_eq!(&kept[0], attempt);
            prop_assert!(kept.windows(2).all(|w| w[0].answers != w[1].answers));
            let again = kept.clone();
            record(&mut kept, attempt.clone());
            prop_assert_eq!(&kept, &again, "the same answers twice in a row are kept once");
        }
    }
}

#[test]
fn unreadable_entries_are_left_out_and_the_rest_kept() {
    let n = model().questions.len();
    let good = Attempt { date: "2026-11-20".into(), answers: vec![Some(3); n] };
    let saved = encode(model(), std::slice::from_ref(&good));
    let code = saved.split("\"code\":\"").nth(1).unwrap().split('"').next().unwrap();
    let text = format!(
        r#"{{"version":1,"attempts":[{{"date":"<b>x</b>","code":"{code}"}},{{"date":"2026-11-19","code":"ZZZZ"}},{{"date":"2026-11-20","code":"{code}"}},7]}}"#
    );
    assert_eq!(decode(model(), &text), vec![good]);
    assert!(decode(model(), "not json").is_empty());
    assert!(decode(model(), r#"{"attempts":"none"}"#).is_empty());
}

#[test]
fn an_earlier_attempt_is_set_beside_now() {
    let n = model().questions.len();
    let then: Vec<Option<u8>> = (0..n).map(|i| Some((i % 5) as u8 + 1)).collect();
    let now: Vec<Option<u8>> = (0..n).map(|i| Some((i * 3 % 5) as u8 + 1)).collect();
    let attempt = Attempt { date: "2026-11-20".into(), answers: then.clone() };
    let shown = then_and_now(model(), &EN, Some(&attempt), &now).expect("the attempt is on the device");
    let ranked = |answers: &[Option<u8>]| match score(model(), answers) {
        Outcome::Ranked { matches, .. } => matches,
        _ => panic!("ranked"),
    };
    let (before, after) = (ranked(&then), ranked(&now));
    // Every career in either top five, with its match then and now and the change.
    let mut expected: Vec<usize> = after.iter().take(5).map(|m| m.career).collect();
    expected.extend(before.iter().take(5).map(|m| m.career).filter(|c| !after[..5].iter().any(|m| m.career == *c)));
    assert_eq!(shown.rows.len(), expected.len());
    for (row, &c) in shown.rows.iter().zip(&expected) {
        assert_eq!(row.id, model().content.careers[c].id);
        let (b, a) = (before.iter().find(|m| m.career == c).unwrap().percent, after.iter().find(|m| m.career == c).unwrap().percent);
        let change = if a > b {
            format!("up {}", a - b)
        } else if a < b {
            format!("down {}", b - a)
        } else {
            "the same".into()
        };
        assert_eq!(
            (row.then.as_str(), row.now.as_str(), row.change.as_str()),
            (&*format!("{b}% match"), &*format!("{a}% match"), &*change),
            "{row:?}"
        );
    }
    assert!(shown.codes.starts_with("Your interest code was "), "{}", shown.codes);
    assert_eq!(shown.date, "2026-11-20");

    assert_eq!(then_and_now(model(), &EN, None, &now), None, "an attempt no longer on the device");

    let listed = history(model(), &EN, &[attempt.clone(), attempt]);
    assert_eq!(listed.iter().map(|item| item.number).collect::<Vec<_>>(), [1, 2]);
    let first = format!("2026-11-20: {} came first", model().content.careers[before[0].career].title);
    assert!(listed.iter().all(|HistoryItem { line, .. }| line.starts_with(&first)), "{listed:?}");
    assert!(history(model(), &EN, &[]).is_empty());
}
