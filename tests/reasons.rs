//! The reasons under a match, and each card's reason in a few words, read as sentences in both
//! languages, for every trait, every answer and every kind of reason: no doubled full stop after a quoted question, nothing left unfilled,
//! and each a whole sentence. The reasons are contrastive: the top careers rarely open with the
//! same one (the validity benchmark counts how rarely).

use career_quiz::content::{Model, Section, ANSWER_MAX, ANSWER_MIN};
use career_quiz::language::{self, FILE_CY};
use career_quiz::messages::{Messages, EN};
use career_quiz::report::{reason_sentence, reason_sentence_as, short_reason_as, Person};
use career_quiz::scoring::{score, Outcome, Reason, ReasonKind};

const KINDS: [ReasonKind; 5] =
    [ReasonKind::MoreThanMost, ReasonKind::LessThanMost, ReasonKind::NotAccepted, ReasonKind::DealBreaker, ReasonKind::SuitsYou];

fn check_every_sentence(model: &Model, text: &Messages, lang: &str) -> usize {
    let mut checked = 0;
    for (question, q) in model.questions.iter().enumerate() {
        for &(trait_index, _) in &q.keys {
            for kind in KINDS {
                let condition = matches!(kind, ReasonKind::NotAccepted | ReasonKind::DealBreaker | ReasonKind::SuitsYou);
                if condition != (q.section == Section::Conditions) {
                    continue;
                }
                for answer in ANSWER_MIN..=ANSWER_MAX {
                    let reason = Reason { kind, question, trait_index, answer, strength: 1.0 };
                    let sentence = reason_sentence(model, text, &reason);
                    let id = &model.content.questions[question].id;
                    let context = format!("{lang} {id} {kind:?} {answer}: {sentence:?}");
                    for wrong in [".”.", "?”.", "..", " .", "  ", "{", "}", ",.", ".,", "”“"] {
                        assert!(!sentence.contains(wrong), "{wrong:?} in {context}");
                    }
                    assert!(sentence.ends_with('.'), "ends a sentence: {context}");
                    assert!(sentence.chars().next().is_some_and(char::is_uppercase), "starts a sentence: {context}");
                    // Every sentence after the first starts with a capital too.
                    for later in sentence.split(". ").skip(1) {
                        assert!(later.chars().next().is_some_and(|c| c.is_uppercase() || c == '“'), "{context}");
                    }
                    assert!(sentence.contains(text.scale_label(q.section, answer)), "quotes the answer: {context}");
                    // The card's reason in a few words, and both on someone else's shared
                    // results, in the third person: sentences too, with nothing doubled.
                    for person in [Person::You, Person::They] {
                        let full = reason_sentence_as(model, text, &reason, person);
                        let short = short_reason_as(model, text, &reason, person);
                        let context = format!("{lang} {id} {kind:?} {answer} {person:?}: {full:?} / {short:?}");
                        for said in [&full, &short] {
                            for wrong in [".”.", "?”.", "..", " .", "  ", "{", "}", ",.", ".,", "”“", ":."] {
                                assert!(!said.contains(wrong), "{wrong:?} in {context}");
                            }
                            assert!(said.ends_with('.') && said.chars().next().is_some_and(char::is_uppercase), "a sentence: {context}");
                        }
                        assert!(short.chars().count() <= full.chars().count(), "no longer than the full reason: {context}");
                        if person == Person::They {
                            // Outside the quoted question, which is asked of whoever answers it, and
                            // the trait's name ("Working on your own"), a generic "your".
                            let topic = career_quiz::report::capitalised(&model.content.traits[trait_index].label);
                            let (full, short) = (full.replace(&topic, "TOPIC"), short.replace(&topic, "TOPIC"));
                            let unquoted = |said: &str| -> String {
                                said.split('“').map(|part| part.split_once('”').map_or(part, |(_, after)| after)).collect()
                            };
                            let words = [" you ", "You ", " you.", " your ", "Your ", "Eich ", " eich ", " chi "];
                            for word in words {
                                assert!(
                                    !unquoted(&full).contains(word) && !unquoted(&short).contains(word),
                                    "{word:?} on someone else's results: {context}"
                                );
                            }
                        }
                    }
                    assert_eq!(sentence, reason_sentence_as(model, text, &reason, Person::You));
                    checked += 1;
                }
            }
        }
    }
    checked
}

#[test]
fn every_reason_is_a_sentence_in_english_and_welsh() {
    let english = Model::embedded().unwrap();
    let (welsh_text, welsh) = language::read_file("cy", FILE_CY).expect("lang/cy.json reads");
    let n = check_every_sentence(&english, &EN, "en");
    assert_eq!(n, check_every_sentence(&welsh, &welsh_text, "cy"));
    assert!(n >= english.questions.len() * 10, "{n} sentences");
}

#[test]
fn a_sentence_says_what_sets_the_career_apart_and_quotes_the_answer() {
    let model = Model::embedded().unwrap();
    let q = model.question_index("ws_calm_when_wrong").unwrap();
    let t = model.questions[q].keys[0].0;
    let sentence = reason_sentence(&model, &EN, &Reason { kind: ReasonKind::MoreThanMost, question: q, trait_index: t, answer: 5, strength: 1.0 });
    assert_eq!(
        sentence,
        "Staying calm under stress: this job calls for more of it than most careers here. You chose “Very like me” for “I stay calm and think clearly when things go wrong”."
    );
    let q = model.question_index("con_on_call").unwrap();
    let t = model.questions[q].keys[0].0;
    let sentence = reason_sentence(&model, &EN, &Reason { kind: ReasonKind::DealBreaker, question: q, trait_index: t, answer: 1, strength: 1.0 });
    assert_eq!(
        sentence,
        "You chose “It would put me off” for “a job where you are on call at some nights, ready to go in for an emergency”, and that is a big part of this job, so it may not be for you."
    );
}

/// Over many varied answer sets, the top three careers open with three different reasons in
/// nearly all of them.
#[test]
fn the_top_three_rarely_open_with_the_same_reason() {
    let model = Model::embedded().unwrap();
    let n = model.questions.len();
    let (mut sets, mut shared) = (0, 0);
    for seed in 0..300u64 {
        let answers: Vec<Option<u8>> = (0..n as u64).map(|i| Some(1 + ((seed * 7919 + i * i * 31 + i * seed) % 5) as u8)).collect();
        let Outcome::Ranked { matches, .. } = score(&model, &answers) else { continue };
        sets += 1;
        let firsts: Vec<usize> = matches.iter().take(3).filter_map(|m| m.because.first().map(|r| r.question)).collect();
        if (0..firsts.len()).any(|i| firsts[i + 1..].contains(&firsts[i])) {
            shared += 1;
        }
    }
    assert!(sets >= 250, "{sets} ranked");
    assert!(shared * 5 < sets, "{shared} of {sets} share a first reason");
}
