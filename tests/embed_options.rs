//! What a school's page gets from the quiz: the completion event names the top careers and
//! carries answers only when asked to; the options a school sets are checked, never trusted.

use career_quiz::content::Model;
use career_quiz::embed::{class_tag, completion_message, language, region, storage_namespace, COMPLETION_TOP};
use career_quiz::region::Home;
use career_quiz::scoring::{score, Outcome};
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn answers_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::weighted(0.9, 1u8..=5), model().questions.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The event is JSON naming the top careers in ranked order, with no answers in it.
    #[test]
    fn completion_names_the_top_careers_and_no_answers(answers in answers_strategy()) {
        let outcome = score(model(), &answers);
        let message = completion_message(model(), &outcome, None);
        let Outcome::Ranked { matches, .. } = &outcome else {
            prop_assert!(message.is_none(), "only a ranking completes the quiz");
            return Ok(());
        };
        let event: Value = serde_json::from_str(&message.unwrap()).unwrap();
        prop_assert_eq!(&event["type"], "career-quiz:completed");
        prop_assert!(event.get("answers").is_none());
        let top = event["top"].as_array().unwrap();
        prop_assert_eq!(top.len(), COMPLETION_TOP.min(matches.len()));
        for (sent, m) in top.iter().zip(matches) {
            prop_assert_eq!(&sent["career"], &model().content.careers[m.career].id);
            prop_assert_eq!(&sent["title"], &model().content.careers[m.career].title);
            prop_assert_eq!(sent["match"].as_u64(), Some(u64::from(m.percent)));
        }
        let keys: Vec<&String> = event.as_object().unwrap().keys().collect();
        prop_assert_eq!(keys, ["top", "type"]);
    }

    /// When the school opted in, the answers given (and only those) come too, by question id.
    #[test]
    fn answers_only_when_asked_for(answers in answers_strategy()) {
        let outcome = score(model(), &answers);
        if let Some(message) = completion_message(model(), &outcome, Some(&answers)) {
            let event: Value = serde_json::from_str(&message).unwrap();
            let sent = event["answers"].as_object().unwrap();
            prop_assert_eq!(sent.len(), answers.iter().flatten().count());
            for (question, answer) in model().content.questions.iter().zip(&answers) {
                prop_assert_eq!(sent.get(&question.id).and_then(Value::as_u64), answer.map(u64::from));
            }
        }
    }

    /// A namespace is used only when it is 1-32 lowercase letters, digits or hyphens.
    #[test]
    fn storage_namespaces_are_checked(raw in any::<String>()) {
        let fits = (1..=32).contains(&raw.len())
            && raw.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        prop_assert_eq!(storage_namespace(&raw).is_ok(), fits);
    }

    /// A class tag is used only when it is 1-16 letters, digits or hyphens (any case).
    #[test]
    fn class_tags_are_checked(raw in "\\PC{0,20}|[0-9A-Za-z-]{0,18}") {
        let fits = (1..=16).contains(&raw.len()) && raw.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        prop_assert_eq!(class_tag(&raw).is_ok(), fits);
    }

    /// A region is used only when it names one of the homes a student can pick.
    #[test]
    fn regions_are_checked(raw in any::<String>()) {
        prop_assert_eq!(region(&raw).ok(), Home::ALL.into_iter().find(|h| h.id() == raw));
    }
}

#[test]
fn namespaces_and_languages() {
    assert_eq!(storage_namespace("st-marys-6th-form"), Ok("st-marys-6th-form"));
    for bad in ["", "Capitals", "a:b", "<script>", &"x".repeat(33)] {
        assert!(storage_namespace(bad).is_err(), "{bad:?} accepted");
    }
    assert_eq!(class_tag("10B"), Ok("10B"));
    assert_eq!(class_tag("y11-bio-2"), Ok("y11-bio-2"));
    for bad in ["", "10 B", "10B/", "10B&lang=cy", "dosbarth-ŵ", &"x".repeat(17)] {
        assert!(class_tag(bad).is_err(), "{bad:?} accepted");
    }
    assert_eq!(language("en"), Ok("en"));
    for bad in ["", "EN", "xx", "en\"><script>"] {
        assert!(language(bad).is_err(), "{bad:?} accepted");
    }
}

#[test]
fn regions() {
    assert_eq!(region("wales"), Ok(Home::Wales));
    assert_eq!(region("northern_ireland"), Ok(Home::NorthernIreland));
    for bad in ["", "Wales", "uk", "cymru", "wales\"><script>"] {
        assert!(region(bad).is_err(), "{bad:?} accepted");
    }
}
