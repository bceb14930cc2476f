//! The results' summary as a view-model: three cards whose reasons never repeat, bands instead of
//! percentages exactly when the matches are too close to call or too few questions were
//! answered, "Based on N of M answers", and the next three steps for the best match and the
//! student's nation, in both languages, for any answers.

use career_quiz::content::{Model, TraitKind};
use career_quiz::language::{self, FILE_CY};
use career_quiz::messages::{Messages, EN};
use career_quiz::region::Home;
use career_quiz::scoring::{close_call, score, Outcome};
use career_quiz::vm::results::{band, results, steps, Band, Body, Ranked, ShownAt, FEW_ANSWERS, SUMMARY};
use proptest::prelude::*;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn welsh() -> &'static (Messages, Model) {
    static WELSH: OnceLock<(Messages, Model)> = OnceLock::new();
    WELSH.get_or_init(|| language::read_file("cy", FILE_CY).expect("lang/cy.json reads"))
}

fn at(home: Option<Home>) -> ShownAt {
    ShownAt { quiz: "https://school.example/quiz/".into(), date: "2026-12-01".into(), home, class: None, finished: None }
}

fn summary(model: &Model, text: &Messages, answers: &[Option<u8>], home: Option<Home>) -> Option<Ranked> {
    match results(model, text, &score(model, answers), answers, &at(home), false, &[]).body {
        Body::Ranked(ranked) => Some(*ranked),
        Body::Unranked(_) => None,
    }
}

/// Every text of the summary a student reads, with where it is.
fn texts(r: &Ranked) -> Vec<(String, String)> {
    let mut all = vec![("based_on".into(), r.based_on.clone())];
    all.extend(r.bands.iter().map(|b| ("bands".into(), b.clone())));
    for card in &r.cards {
        all.push((format!("{} fit", card.id), card.fit.clone()));
        all.push((format!("{} tagline", card.id), card.tagline.clone()));
        all.extend(card.reason.iter().map(|t| (format!("{} reason", card.id), t.clone())));
        all.extend(card.because.iter().map(|t| (format!("{} because", card.id), t.clone())));
        all.extend(card.gaps.iter().map(|t| (format!("{} gap", card.id), t.clone())));
        all.extend(card.also_called.iter().map(|t| (format!("{} also called", card.id), t.clone())));
    }
    for step in r.steps.iter().flat_map(|s| &s.steps) {
        all.push((step.id.clone(), step.text.clone()));
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn three_cards_that_never_repeat_a_reason_with_bands_exactly_when_they_should(
        answers in prop::collection::vec(prop::option::of(1u8..=5), model().questions.len()),
        home in prop::option::of(prop::sample::select(Home::ALL.to_vec())),
    ) {
        let m = model();
        let Outcome::Ranked { matches, .. } = score(m, &answers) else { return Ok(()) };
        for (lang, text, model) in [("en", &EN, m), ("cy", &welsh().0, &welsh().1)] {
            let r = summary(model, text, &answers, home).expect("ranked");
            prop_assert_eq!(r.cards.len(), SUMMARY.min(matches.len()));
            prop_assert_eq!(r.cards.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
                matches.iter().take(SUMMARY).map(|c| m.content.careers[c.career].id.as_str()).collect::<Vec<_>>());
            let reasons: Vec<&String> = r.cards.iter().filter_map(|c| c.reason.as_ref()).collect();
            let mut distinct = reasons.clone();
            distinct.sort();
            distinct.dedup();
            prop_assert_eq!(distinct.len(), reasons.len(), "{}: a reason repeats: {:?}", lang, reasons);
            prop_assert_eq!(r.cards[0].reason.is_some(), !matches[0].because.is_empty());

            let answered = answers.iter().flatten().count();
            let expect_bands = (answered as f64) < FEW_ANSWERS * answers.len() as f64 || close_call(&matches) > 1;
            prop_assert_eq!(r.bands.is_some(), expect_bands, "{}: {} answered, close call {}", lang, answered, close_call(&matches));
            for (card, m) in r.cards.iter().zip(&matches) {
                prop_assert_eq!(card.percent.is_none(), expect_bands);
                if !expect_bands {
                    prop_assert_eq!(&card.fit, &card.percent_text);
                }
                prop_assert!(matches!(band(&matches[0], m), Band::Strong | Band::Good | Band::WorthALook));
            }
            prop_assert!(r.based_on.contains(&format!("{answered} ")), "{}", r.based_on);

            for (where_, said) in texts(&r) {
                for wrong in [".”.", "?”.", "..", " .", "  ", "{", "}", ",.", ".,", ".:", ":.", "?."] {
                    prop_assert!(!said.contains(wrong), "{} {}: {:?} in {:?}", lang, where_, wrong, said);
                }
            }
        }
    }
}

#[test]
fn bands_group_by_distance_from_the_best_match() {
    let m = model();
    let answers: Vec<Option<u8>> = (0..m.questions.len()).map(|i| Some(1 + (i % 5) as u8)).collect();
    let Outcome::Ranked { matches, .. } = score(m, &answers) else { panic!("ranked") };
    let with = |percent: u8| career_quiz::scoring::CareerMatch { percent, ..matches[0].clone() };
    let best = with(70);
    assert_eq!(band(&best, &with(70)), Band::Strong);
    assert_eq!(band(&best, &with(67)), Band::Strong, "within the close-call points");
    assert_eq!(band(&best, &with(66)), Band::Good);
    assert_eq!(band(&best, &with(60)), Band::Good);
    assert_eq!(band(&best, &with(59)), Band::WorthALook);
}

#[test]
fn the_next_steps_name_the_subjects_the_careers_service_and_a_question_for_an_adviser() {
    let m = model();
    let perfusionist = m.career_index("perfusionist").unwrap();
    let wales = steps(m, &EN, perfusionist, Some(Home::Wales));
    assert_eq!(wales.intro, "For your top match: Clinical perfusionist");
    assert_eq!(wales.steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["perfusionist:subjects", "perfusionist:look", "perfusionist:ask"]);
    // The subjects this career draws on most (4 or 5 of 5), strongest first.
    let c = &m.content.careers[perfusionist];
    let strong: Vec<&str> =
        m.content.traits.iter().filter(|t| t.kind == TraitKind::Subject && c.subjects.levels[&t.id] >= 4.0).map(|t| t.label.as_str()).collect();
    assert!(!strong.is_empty());
    for subject in &strong {
        assert!(wales.steps[0].text.to_lowercase().contains(subject), "{subject} in {}", wales.steps[0].text);
    }
    assert_eq!(
        wales.steps[1].text,
        "Read about the job on Careers Wales, and on its page here for pay and the ways in. Its professional bodies: \
         Society of Clinical Perfusion Scientists of Great Britain and Ireland (SCPS), College of Clinical Perfusion Scientists of Great Britain and Ireland."
    );
    // A body only where our sources name one, and the one for the student's nation.
    let nurse = steps(m, &EN, m.career_index("nurse").unwrap(), Some(Home::Wales));
    assert!(!nurse.steps[1].text.contains("professional bod"), "{}", nurse.steps[1].text);
    let physio = steps(m, &EN, m.career_index("physiotherapist").unwrap(), Some(Home::Scotland));
    assert!(physio.steps[1].text.ends_with("Its professional body: Chartered Society of Physiotherapy (CSP)."), "{}", physio.steps[1].text);
    let associate = m.career_index("anaesthesia_associate").unwrap();
    assert!(steps(m, &EN, associate, Some(Home::Us)).steps[1].text.contains("(AAAA)"));
    assert!(!steps(m, &EN, associate, Some(Home::England)).steps[1].text.contains("(AAAA)"));
    let links: Vec<(&str, &str)> = wales.steps[1].links.iter().map(|l| (l.label.as_str(), l.href.as_str())).collect();
    assert_eq!(links.len(), 2, "{links:?}");
    assert_eq!(links[0].0, "Careers Wales");
    assert!(links[0].1.starts_with("https://") && links[0].1.contains("careerswales"), "{links:?}");
    assert_eq!(links[1], ("About: Clinical perfusionist", "#career/perfusionist"));
    assert!(wales.steps[2].text.starts_with("Ask a careers adviser: “"), "{}", wales.steps[2].text);

    // Not said, or a nation with no careers service in our sources: every UK nation's service.
    for home in [None, Some(Home::Ireland), Some(Home::Us), Some(Home::Elsewhere)] {
        let any = steps(m, &EN, perfusionist, home);
        assert_eq!(any.steps[1].links.len(), m.content.nations.careers_service.len() + 1, "{home:?}");
        assert!(any.steps[1].text.contains("your nation’s official careers service"), "{home:?}");
    }
}

#[test]
fn someone_else_s_results_have_no_next_steps_and_no_offer_of_skipped_questions() {
    let m = model();
    let mut answers: Vec<Option<u8>> = (0..m.questions.len()).map(|i| Some(1 + (i % 5) as u8)).collect();
    answers[0] = None;
    let own = summary(m, &EN, &answers, None).expect("ranked");
    assert_eq!(own.skipped, 1);
    assert!(own.steps.is_some());
    let Body::Ranked(shared) = results(m, &EN, &score(m, &answers), &answers, &at(None), true, &[]).body else { panic!("ranked") };
    assert_eq!((shared.skipped, shared.steps.is_some()), (0, false));
    assert_eq!(results(m, &EN, &score(m, &answers), &answers, &at(None), true, &[]).heading, "Their top matches");
    // In the third person: what they chose, not what "you" chose.
    let said: Vec<&String> = shared.cards.iter().flat_map(|c| c.reason.iter().chain(&c.because).chain(&c.gaps)).collect();
    assert!(said.iter().any(|s| s.contains("They chose “")), "{said:?}");
    assert!(said.iter().all(|s| !s.contains("You chose") && !s.contains("you said")), "{said:?}");
    assert_eq!(shared.interests_intro, "How much their answers leaned towards each kind of work, out of 100.");
    assert!(own.cards.iter().flat_map(|c| &c.because).any(|s| s.contains("You chose “")));
}
