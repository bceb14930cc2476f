//! Scoring: deterministic, monotone, honest about too few or flat answers, and every match has a
//! reason. The student patterns at the end are the ones the end-to-end tests click through.

use career_quiz::content::{Model, Section};
use career_quiz::scoring::{score, score_with, CareerMatch, Detail, Outcome, MIN_ANSWERS};
use proptest::prelude::*;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn answers_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    let n = model().questions.len();
    prop::collection::vec(prop::option::weighted(0.9, 1u8..=5), n)
}

fn ranked(answers: &[Option<u8>]) -> Option<Vec<CareerMatch>> {
    match score(model(), answers) {
        Outcome::Ranked { matches, .. } => Some(matches),
        _ => None,
    }
}

fn career_score(answers: &[Option<u8>], career: usize) -> Option<f64> {
    ranked(answers).map(|m| m.into_iter().find(|m| m.career == career).unwrap().score)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn scoring_is_deterministic(answers in answers_strategy()) {
        prop_assert_eq!(score(model(), &answers), score(model(), &answers));
    }

    /// The ranking alone (for tables of many students) is the full ranking less its reasons.
    #[test]
    fn the_ranking_alone_is_the_same_ranking(answers in answers_strategy()) {
        let without_reasons = |outcome: Outcome| match outcome {
            Outcome::Ranked { matches, interests_flat } => Outcome::Ranked {
                matches: matches.into_iter().map(|m| CareerMatch { because: Vec::new(), gaps: Vec::new(), ..m }).collect(),
                interests_flat,
            },
            other => other,
        };
        let alone = score_with(model(), &answers, Detail::Ranking);
        if let Outcome::Ranked { matches, .. } = &alone {
            prop_assert!(matches.iter().all(|m| m.because.is_empty() && m.gaps.is_empty()));
        }
        prop_assert_eq!(alone, without_reasons(score(model(), &answers)));
    }

    #[test]
    fn matches_are_percentages_with_a_reason_each(answers in answers_strategy()) {
        if let Some(matches) = ranked(&answers) {
            prop_assert_eq!(matches.len(), model().content.careers.len());
            for pair in matches.windows(2) {
                prop_assert!(pair[0].score >= pair[1].score, "ranked best first");
            }
            for m in &matches {
                prop_assert!(m.percent <= 100);
                prop_assert!((0.0..=1.0).contains(&m.score));
                prop_assert!(!m.because.is_empty() || !m.gaps.is_empty(), "career {} has no reason", m.career);
                for r in m.because.iter().chain(&m.gaps) {
                    prop_assert!(answers[r.question] == Some(r.answer), "a reason quotes an answer the student gave");
                }
                for reasons in [&m.because, &m.gaps] {
                    let mut traits: Vec<usize> = reasons.iter().map(|r| r.trait_index).collect();
                    traits.sort_unstable();
                    traits.dedup();
                    prop_assert_eq!(traits.len(), reasons.len(), "one reason per trait");
                }
            }
        }
    }

    /// For one answer of one career: the answer this career's profile calls for (the best of 1..5,
    /// the rest held fixed) is found, and moving the answer one step toward it, from anywhere,
    /// never lowers the match.
    #[test]
    fn moving_an_answer_toward_the_profile_never_lowers_the_match(
        answers in answers_strategy(),
        question in 0..200usize,
        career in 0..100usize,
    ) {
        let question = question % model().questions.len();
        let career = career % model().content.careers.len();
        let mut answers = answers;
        let at = |value: u8, answers: &mut Vec<Option<u8>>| {
            answers[question] = Some(value);
            career_score(answers, career)
        };
        let scores: Vec<Option<f64>> = (1..=5).map(|v| at(v, &mut answers)).collect();
        // Only where every value ranks: the flat and too-few gates are a separate, honest answer.
        if scores.iter().all(Option::is_some) {
            let scores: Vec<f64> = scores.into_iter().flatten().collect();
            let best = (0..5).max_by(|a, b| scores[*a].total_cmp(&scores[*b]).then(b.cmp(a))).unwrap();
            for from in 0..5usize {
                let toward = if from < best { from + 1 } else if from > best { from - 1 } else { continue };
                prop_assert!(
                    scores[toward] >= scores[from] - 1e-12,
                    "question {} career {}: {:?}, best {}", question, career, scores, best + 1
                );
            }
        }
    }

    /// The same, with what a career calls for read off its profile: for an interest, an area
    /// above the career's own average; for a work style or subject, a trait on which the career is
    /// further above the average career than it is on its others; for a condition, accepting more.
    /// Moving one answer a step that way, all others given, never lowers the career's match.
    #[test]
    fn moving_an_answer_toward_what_the_career_calls_for_never_lowers_the_match(
        answers in prop::collection::vec(1u8..=5, model().questions.len()),
        question in 0..200usize,
        career in 0..100usize,
    ) {
        let m = model();
        let question = question % m.questions.len();
        let career = career % m.content.careers.len();
        let q = &m.questions[question];
        let (t, weight) = q.keys[0];
        let kind = m.content.traits[t].kind;
        let of_kind: Vec<usize> = (0..m.content.traits.len()).filter(|&u| m.content.traits[u].kind == kind).collect();
        let careers = m.levels.len() as f64;
        let distinctive = |u: usize| m.levels[career][u] - m.levels.iter().map(|l| l[u]).sum::<f64>() / careers;
        let upward = match q.section {
            Section::Conditions => 1.0,
            Section::Interests => m.levels[career][t] - of_kind.iter().map(|&u| m.levels[career][u]).sum::<f64>() / of_kind.len() as f64,
            _ => distinctive(t) - of_kind.iter().map(|&u| distinctive(u)).sum::<f64>() / of_kind.len() as f64,
        } * weight.signum();
        let mut answers: Vec<Option<u8>> = answers.into_iter().map(Some).collect();
        for from in 1..=5u8 {
            let toward = if upward > 0.0 && from < 5 { from + 1 } else if upward < 0.0 && from > 1 { from - 1 } else { continue };
            answers[question] = Some(from);
            let before = career_score(&answers, career);
            answers[question] = Some(toward);
            let after = career_score(&answers, career);
            if let (Some(before), Some(after)) = (before, after) {
                prop_assert!(after >= before - 1e-12, "{} -> {}: {} -> {}", from, toward, before, after);
            }
        }
    }

    /// Accepting more of a working condition never lowers any career's match: a job with less of
    /// it than the student now accepts costs nothing.
    #[test]
    fn accepting_more_of_a_condition_never_lowers_any_match(answers in answers_strategy(), question in 0..200usize) {
        let m = model();
        let conditions: Vec<usize> = (0..m.questions.len()).filter(|&i| m.questions[i].section == Section::Conditions).collect();
        let question = conditions[question % conditions.len()];
        let mut answers = answers;
        for from in 1..5u8 {
            answers[question] = Some(from);
            let before = ranked(&answers);
            answers[question] = Some(from + 1);
            let after = ranked(&answers);
            if let (Some(before), Some(after)) = (before, after) {
                for b in &before {
                    let a = after.iter().find(|a| a.career == b.career).unwrap();
                    prop_assert!(a.score >= b.score - 1e-12, "career {} {} -> {}: {} -> {}", b.career, from, from + 1, b.score, a.score);
                }
            }
        }
    }
}

#[test]
fn too_few_answers_get_no_ranking() {
    let mut answers = vec![None; model().questions.len()];
    for (i, a) in answers.iter_mut().enumerate().take(MIN_ANSWERS - 1) {
        *a = Some(1 + (i % 5) as u8);
    }
    assert_eq!(score(model(), &answers), Outcome::TooFewAnswers { answered: MIN_ANSWERS - 1, needed: MIN_ANSWERS });
}

#[test]
fn a_flat_pattern_gets_no_ranking() {
    for value in 1..=5 {
        let answers = vec![Some(value); model().questions.len()];
        assert_eq!(score(model(), &answers), Outcome::FlatPattern, "all answers {value}");
    }
    let mut answers = vec![Some(3); model().questions.len()];
    answers[3] = None;
    assert_eq!(score(model(), &answers), Outcome::FlatPattern, "skips do not break the pattern");
    // Nearly the same answer to everything: fewer than MIN_VARIED answers differ from the rest.
    let mut answers = vec![Some(4); model().questions.len()];
    for a in answers.iter_mut().take(career_quiz::scoring::MIN_VARIED - 1) {
        *a = Some(2);
    }
    assert_eq!(score(model(), &answers), Outcome::FlatPattern, "all 4 but a few");
    answers[40] = Some(1);
    assert!(matches!(score(model(), &answers), Outcome::Ranked { .. }), "enough variety ranks");
}

/// "Not sure" to nearly everything, with a few answers leaning one way or the other, is too
/// little to rank on; every near-flat set (all "Not sure" but one answer a step away) is refused.
#[test]
fn mostly_not_sure_gets_no_ranking() {
    use career_quiz::scoring::MIN_LEANING;
    let n = model().questions.len();
    let mut answers = vec![Some(3); n];
    for (i, a) in answers.iter_mut().enumerate().take(MIN_LEANING - 1) {
        *a = Some(if i % 2 == 0 { 1 } else { 5 });
    }
    assert_eq!(score(model(), &answers), Outcome::MostlyNotSure { leaning: MIN_LEANING - 1, needed: MIN_LEANING });
    answers[n - 1] = Some(4);
    assert!(matches!(score(model(), &answers), Outcome::Ranked { .. }), "{MIN_LEANING} answers that lean rank");
    for q in 0..n {
        for moved in [2, 4] {
            let mut near_flat = vec![Some(3); n];
            near_flat[q] = Some(moved);
            assert!(!matches!(score(model(), &near_flat), Outcome::Ranked { .. }), "question {q} at {moved}");
        }
    }
}

/// A student's answers from a rule per question: (question id, section) -> answer.
pub fn student(rule: impl Fn(&str, Section) -> Option<u8>) -> Vec<Option<u8>> {
    model().content.questions.iter().map(|q| rule(&q.id, q.section)).collect()
}

fn top(answers: &[Option<u8>], n: usize) -> Vec<String> {
    ranked(answers).expect("ranked").iter().take(n).map(|m| model().content.careers[m.career].id.clone()).collect()
}

/// Someone who likes machines, science and the human body, is calm and precise, would be suited by
/// theatres, blood, on-call, emergencies and years of study, is not sure about shifts, and would
/// rather not work at a lab bench, in people's homes, with children, lifting patients or at a desk.
fn perfusionist_like() -> Vec<Option<u8>> {
    let m = model();
    student(|id, section| {
        let q = &m.content.questions[m.question_index(id).unwrap()];
        let (trait_id, weight) = q.keys.iter().next().unwrap();
        let value = match section {
            Section::Interests => match trait_id.as_str() {
                "realistic" | "investigative" => 5,
                "conventional" => 4,
                "social" => 3,
                _ => 1,
            },
            Section::WorkStyles => 5,
            Section::Subjects => match trait_id.as_str() {
                "biology" | "chemistry" => 5,
                "physics" | "maths" => 4,
                _ => 3,
            },
            Section::Conditions => match trait_id.as_str() {
                "operating_theatre" | "blood_wounds" | "on_call" | "emergencies" | "long_study" => 5,
                "shifts" => 3,
                _ => 2,
            },
        };
        Some(if *weight < 0.0 { 6 - value } else { value })
    })
}

#[test]
fn a_perfusionist_like_student_sees_perfusionist_in_the_top_three_with_reasons() {
    let answers = perfusionist_like();
    let top3 = top(&answers, 3);
    assert!(top3.contains(&"perfusionist".to_owned()), "top 3: {top3:?}");
    let matches = ranked(&answers).unwrap();
    let p = matches.iter().find(|m| model().content.careers[m.career].id == "perfusionist").unwrap();
    assert!(!p.because.is_empty());
}

#[test]
fn a_student_who_dislikes_blood_hospitals_and_shifts_does_not_get_perfusionist_in_the_top_five() {
    let m = model();
    let answers = student(|id, section| {
        let q = &m.content.questions[m.question_index(id).unwrap()];
        let (trait_id, weight) = q.keys.iter().next().unwrap();
        let value = match (section, trait_id.as_str()) {
            (Section::Conditions, "long_study") => 3,
            (Section::Conditions, _) => 1,
            (Section::Interests, "social" | "artistic" | "enterprising") => 4,
            (Section::Interests, _) => 2,
            (Section::WorkStyles, _) => 4,
            (Section::Subjects, "first_language" | "health_social_care" | "psychology") => 4,
            (Section::Subjects, _) => 2,
        };
        Some(if *weight < 0.0 { 6 - value } else { value })
    });
    let top5 = top(&answers, 5);
    assert!(!top5.contains(&"perfusionist".to_owned()), "top 5: {top5:?}");
}

proptest! {
    /// A close call counts exactly the leading matches within the margin of the best one.
    #[test]
    fn close_calls_count_the_leading_matches_within_the_margin(answers in answers_strategy()) {
        use career_quiz::scoring::{close_call, CLOSE_CALL_POINTS};
        if let Some(matches) = ranked(&answers) {
            let n = close_call(&matches);
            prop_assert!(n >= 1);
            for m in &matches[..n] {
                prop_assert!(matches[0].percent - m.percent <= CLOSE_CALL_POINTS);
            }
            if let Some(next) = matches.get(n) {
                prop_assert!(matches[0].percent - next.percent > CLOSE_CALL_POINTS);
            }
        }
    }
}

proptest! {
    /// The interest code names three different areas, each scoring at least as high as any area
    /// left out, strongest first.
    #[test]
    fn interest_code_is_the_three_strongest_areas(answers in answers_strategy()) {
        use career_quiz::scoring::{interest_code, interest_scores};
        let scores = interest_scores(model(), &answers);
        if let Some(code) = interest_code(model(), &answers) {
            let score = |t: usize| scores[t].unwrap();
            prop_assert!(code[0] != code[1] && code[1] != code[2] && code[0] != code[2]);
            prop_assert!(score(code[0]) >= score(code[1]) && score(code[1]) >= score(code[2]));
            for (t, s) in scores.iter().enumerate() {
                if let (Some(s), false) = (s, code.contains(&t)) {
                    prop_assert!(*s <= score(code[2]));
                }
            }
        }
    }
}

#[test]
fn the_perfusionist_like_student_has_an_r_i_code() {
    use career_quiz::scoring::interest_code;
    // Strongest on hands-on (R) and science (I), the areas the perfusionist's profile leads with.
    let model = model();
    let answers: Vec<Option<u8>> = model
        .content
        .questions
        .iter()
        .map(|q| {
            let trait_id = q.keys.keys().next().unwrap();
            Some(match trait_id.as_str() {
                "realistic" | "investigative" => 5,
                "conventional" => 4,
                "social" => 3,
                _ => 2,
            })
        })
        .collect();
    let code = interest_code(model, &answers).unwrap();
    let letters: Vec<&str> = code.iter().map(|&t| &model.content.traits[t].onet.as_deref().unwrap()[..1]).collect();
    assert_eq!(letters, ["R", "I", "C"]);
}
