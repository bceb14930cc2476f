//! Scoring: how well a student's answers fit each career, and why.
//!
//! Two layers make the match:
//! - **Interests**: the student's six RIASEC scores against the career's O*NET interest profile.
//!   Careers rank as by the Pearson correlation, as O*NET's own interest matching does: only the
//!   shape counts, so a student who answers everything a notch higher gets the same ranking. The
//!   strength is the correlation times the spread of the student's scores (see
//!   [`interest_agreement`]), which keeps the match monotone in every answer.
//! - **Fit**: work styles, subjects and working conditions, item by item. Each answer is compared
//!   with the level the career asks for; falling short costs more than going beyond, and traits
//!   the career rates as important weigh more.
//!
//! Every answer feeds one layer only and each layer is unimodal in any single answer, so moving one
//! answer toward what the career's profile calls for never lowers that career's match (see the
//! property tests in `tests/scoring_properties.rs`).

use crate::content::{Model, Section, TraitKind, ANSWER_MAX, ANSWER_MIN};

/// Below this many answers the quiz does not rank careers at all.
pub const MIN_ANSWERS: usize = 12;
/// The interest layer needs answers in at least this many of the six RIASEC areas.
pub const MIN_INTEREST_AREAS: usize = 3;
/// The share of the interest layer in the match when both layers have answers.
const INTEREST_SHARE: f64 = 0.5;
/// How much going beyond what a career asks for costs, relative to falling short of it. More
/// calm or care than a job needs costs little; loving theatres or a subject the job hardly
/// touches is as telling as disliking one it needs.
fn excess_cost(kind: TraitKind) -> f64 {
    if kind == TraitKind::WorkStyle {
        0.25
    } else {
        1.0
    }
}
/// Every fit item counts, even on a trait the career rates low.
const BASE_WEIGHT: f64 = 0.5;
/// At most this many reasons of each sort are given per career.
const MAX_REASONS: usize = 3;
/// A reason must be at least this strong to be worth showing.
const MIN_REASON_STRENGTH: f64 = 0.2;

/// An answer on the 1–5 scale as a position in −1..1.
fn position(answer: u8) -> f64 {
    (f64::from(answer) - 3.0) / 2.0
}

/// A career's level on a trait as a position in −1..1, on that trait kind's own scale.
fn desired(kind: TraitKind, level: f64) -> f64 {
    let (low, high) = kind.scale();
    2.0 * (level - low) / (high - low) - 1.0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonKind {
    /// The student's answer fits what the job asks for.
    Fits,
    /// The job asks for more of this than the student's answer suggests.
    JobNeedsMore,
    /// The student likes this, but the job has little of it.
    JobHasLittle,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub kind: ReasonKind,
    /// Index of the question in the content.
    pub question: usize,
    /// Index of the trait the question measures.
    pub trait_index: usize,
    pub answer: u8,
    pub strength: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CareerMatch {
    /// Index of the career in the content.
    pub career: usize,
    /// The match, 0–100.
    pub percent: u8,
    /// The match before rounding, 0–1.
    pub score: f64,
    /// The interest layer, −1..1 (Pearson's r times the spread of the student's interest
    /// scores), when it had answers.
    pub interest_agreement: Option<f64>,
    /// The fit layer, 0–1, when it had answers.
    pub fit: Option<f64>,
    /// The answers that raised this match most.
    pub because: Vec<Reason>,
    /// The biggest mismatches.
    pub gaps: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Careers ranked best first. `interests_flat` is set when every interest area came out the
    /// same, so interests could not tell careers apart and the ranking rests on the rest.
    Ranked { matches: Vec<CareerMatch>, interests_flat: bool },
    /// Not enough answers to rank honestly.
    TooFewAnswers { answered: usize, needed: usize },
    /// Every answer is the same, which says nothing about which career fits.
    FlatPattern,
}

/// The student's score on every trait (−1..1, indexed like `model.content.traits`): the
/// weighted mean of their answers on the questions that measure it, `None` where none was answered.
pub fn trait_scores(model: &Model, answers: &[Option<u8>]) -> Vec<Option<f64>> {
    let mut sums = vec![(0.0, 0.0); model.content.traits.len()];
    for (question, answer) in model.questions.iter().zip(answers) {
        let Some(answer) = answer else { continue };
        for &(t, weight) in &question.keys {
            sums[t].0 += weight * position(*answer);
            sums[t].1 += weight.abs();
        }
    }
    sums.into_iter().map(|(sum, weights)| (weights > 0.0).then(|| sum / weights)).collect()
}

/// The student's score per RIASEC area (−1..1), `None` where no question of the area was answered.
/// (Only interest questions measure interest areas: the content check keeps sections apart.)
pub fn interest_scores(model: &Model, answers: &[Option<u8>]) -> Vec<Option<f64>> {
    let traits = &model.content.traits;
    trait_scores(model, answers).into_iter().zip(traits).filter(|(_, t)| t.kind == TraitKind::Interest).map(|(s, _)| s).collect()
}

/// Pearson's r between the student's area scores and the career's profile, times the spread
/// (standard deviation) of the student's scores: the covariance of the student's scores with the
/// career's standardised profile. For one student the spread is the same for every career, so
/// careers rank exactly as by r; unlike r, it is linear in each answer, so moving an answer toward
/// an area the career is high in always raises it, and a student whose interests barely differ
/// from area to area gets a weak interest match rather than an inflated one. −1..1; 0 when either
/// side is flat.
fn interest_agreement(pairs: &[(f64, f64)]) -> f64 {
    let n = pairs.len() as f64;
    let (mean_s, mean_c) = pairs.iter().fold((0.0, 0.0), |(a, b), (s, c)| (a + s / n, b + c / n));
    let spread_c = (pairs.iter().map(|(_, c)| (c - mean_c).powi(2)).sum::<f64>() / n).sqrt();
    if spread_c < 1e-12 {
        return 0.0;
    }
    let covariance = pairs.iter().map(|(s, c)| (s - mean_s) * (c - mean_c)).sum::<f64>() / n;
    (covariance / spread_c).clamp(-1.0, 1.0)
}

/// How well one fit answer meets a career's level on one trait: 1 when it meets it exactly,
/// falling linearly, faster when short of the level than when beyond it. Concave in the answer.
fn item_fit(stance: f64, wanted: f64, excess_cost: f64) -> f64 {
    1.0 - ((wanted - stance).max(0.0) + excess_cost * (stance - wanted).max(0.0)) / 2.0
}

/// The interest layer as a share of the match, 0–1.
fn interest_part(agreement: f64) -> f64 {
    (agreement + 1.0) / 2.0
}

/// Scores every career against the answers (indexed like `model.content.questions`).
pub fn score(model: &Model, answers: &[Option<u8>]) -> Outcome {
    let given: Vec<u8> = answers.iter().take(model.questions.len()).flatten().copied().collect();
    let interest = interest_scores(model, answers);
    let interest_areas = interest.iter().flatten().count();
    if given.len() < MIN_ANSWERS {
        return Outcome::TooFewAnswers { answered: given.len(), needed: MIN_ANSWERS };
    }
    if given.iter().all(|a| *a == given[0]) {
        return Outcome::FlatPattern;
    }
    let interest_ids: Vec<usize> = (0..model.content.traits.len()).filter(|&t| model.content.traits[t].kind == TraitKind::Interest).collect();
    let use_interests = interest_areas >= MIN_INTEREST_AREAS;
    let answered_interests: Vec<f64> = interest.iter().flatten().copied().collect();
    let interests_flat = use_interests && answered_interests.iter().all(|s| (s - answered_interests[0]).abs() < 1e-12);

    let mut matches: Vec<CareerMatch> =
        (0..model.content.careers.len()).map(|career| score_career(model, answers, career, &interest, &interest_ids, use_interests)).collect();
    // Best first; ties keep content order so the ranking is deterministic.
    sort_stable(&mut matches, |a, b| b.score.total_cmp(&a.score).then(a.career.cmp(&b.career)));
    Outcome::Ranked { matches, interests_flat }
}

fn score_career(
    model: &Model,
    answers: &[Option<u8>],
    career: usize,
    interest: &[Option<f64>],
    interest_ids: &[usize],
    use_interests: bool,
) -> CareerMatch {
    let levels = &model.levels[career];
    let traits = &model.content.traits;

    // The career's interest profile, standardised, to say which areas it is high or low in.
    let profile: Vec<f64> = interest_ids.iter().map(|&t| levels[t]).collect();
    let mean = profile.iter().sum::<f64>() / profile.len() as f64;
    let spread = (profile.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / profile.len() as f64).sqrt().max(1e-9);

    let interest_agreement = use_interests.then(|| {
        let pairs: Vec<(f64, f64)> = interest.iter().zip(&profile).filter_map(|(s, c)| s.map(|s| (s, *c))).collect();
        interest_agreement(&pairs)
    });

    let mut because = Vec::new();
    let mut gaps = Vec::new();
    let (mut fit_sum, mut weight_sum) = (0.0, 0.0);
    for (question_index, (question, answer)) in model.questions.iter().zip(answers).enumerate() {
        let Some(answer) = *answer else { continue };
        let x = position(answer);
        for &(t, weight) in &question.keys {
            let stance = weight.signum() * x;
            let reason = |kind, strength| Reason { kind, question: question_index, trait_index: t, answer, strength };
            if question.section == Section::Interests {
                // z > 0: an area this career is high in, relative to its own profile.
                let z = (levels[t] - mean) / spread;
                let strength = (stance * z).abs() * weight.abs() / 2.0;
                if stance > 0.0 && z > 0.5 {
                    because.push(reason(ReasonKind::Fits, strength));
                } else if stance < 0.0 && z > 0.5 {
                    gaps.push(reason(ReasonKind::JobNeedsMore, strength));
                } else if stance > 0.0 && z < -0.5 {
                    gaps.push(reason(ReasonKind::JobHasLittle, strength));
                }
            } else {
                let kind = traits[t].kind;
                let wanted = desired(kind, levels[t]);
                let importance = (wanted + 1.0) / 2.0;
                let w = weight.abs() * (BASE_WEIGHT + importance);
                let fit = item_fit(stance, wanted, excess_cost(kind));
                fit_sum += w * fit;
                weight_sum += w;
                if stance > 0.0 && importance >= 0.6 {
                    because.push(reason(ReasonKind::Fits, importance * fit * stance));
                } else if wanted > stance {
                    gaps.push(reason(ReasonKind::JobNeedsMore, importance * (wanted - stance) / 2.0));
                } else if stance > 0.0 && importance < 0.35 {
                    gaps.push(reason(ReasonKind::JobHasLittle, excess_cost(kind) * (stance - wanted) / 2.0));
                }
            }
        }
    }
    let fit = (weight_sum > 0.0).then(|| fit_sum / weight_sum);
    let score = match (interest_agreement, fit) {
        (Some(r), Some(fit)) => INTEREST_SHARE * interest_part(r) + (1.0 - INTEREST_SHARE) * fit,
        (Some(r), None) => interest_part(r),
        (None, Some(fit)) => fit,
        (None, None) => 0.0,
    };

    let strongest_first = |a: &Reason, b: &Reason| b.strength.total_cmp(&a.strength).then(a.question.cmp(&b.question));
    sort_stable(&mut because, strongest_first);
    sort_stable(&mut gaps, strongest_first);
    // One reason per trait: three answers about helping people say one thing, not three.
    for reasons in [&mut because, &mut gaps] {
        let mut seen = Vec::new();
        reasons.retain(|r| {
            let first = !seen.contains(&r.trait_index);
            seen.push(r.trait_index);
            first
        });
    }
    gaps.retain(|r| r.strength >= MIN_REASON_STRENGTH);
    gaps.truncate(MAX_REASONS);
    // Keep the strong reasons, but never leave a match without one when any answer supports it.
    let strong = because.iter().filter(|r| r.strength >= MIN_REASON_STRENGTH).count();
    because.truncate(strong.clamp(1, MAX_REASONS));

    CareerMatch { career, percent: (score * 100.0).round().clamp(0.0, 100.0) as u8, score, interest_agreement, fit, because, gaps }
}

/// A stable insertion sort. The lists here are short (15 careers, a few dozen reasons), and the
/// standard library's sort costs several KB of wasm for every type it sorts.
fn sort_stable<T>(items: &mut [T], order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && order(&items[j - 1], &items[j]).is_gt() {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The student's interest code (Holland's RIASEC, as O*NET uses it): their three strongest
/// interest areas, strongest first, as trait indices. Ties go in RIASEC order. `None` when fewer
/// than three areas were answered, or when every area came out the same, since then there is no
/// code to tell.
pub fn interest_code(model: &Model, answers: &[Option<u8>]) -> Option<[usize; 3]> {
    let scores = interest_scores(model, answers);
    let mut areas: Vec<(usize, f64)> = scores.iter().enumerate().filter_map(|(t, s)| s.map(|s| (t, s))).collect();
    if areas.len() < 3 || areas.iter().all(|(_, s)| (s - areas[0].1).abs() < 1e-12) {
        return None;
    }
    sort_stable(&mut areas, |a, b| b.1.total_cmp(&a.1));
    Some([areas[0].0, areas[1].0, areas[2].0])
}

/// Matches this close to the best (in percentage points) are too close to call: the answers do
/// not tell them apart, given how roughly any quiz measures.
pub const CLOSE_CALL_POINTS: u8 = 3;

/// How many careers, counting the first, are within [`CLOSE_CALL_POINTS`] of the best match; 1
/// when the first is clearly ahead. `matches` is ranked, best first.
pub fn close_call(matches: &[CareerMatch]) -> usize {
    let Some(best) = matches.first() else { return 0 };
    matches.iter().take_while(|m| best.percent.saturating_sub(m.percent) <= CLOSE_CALL_POINTS).count()
}

/// Whether `answer` is on the quiz's scale.
pub fn in_scale(answer: u8) -> bool {
    (ANSWER_MIN..=ANSWER_MAX).contains(&answer)
}

#[cfg(test)]
mod tests {
    use super::sort_stable;
    use proptest::prelude::*;

    proptest! {
        /// The hand-written sort orders exactly as the standard library's stable sort.
        #[test]
        fn sort_stable_matches_std(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            let by_key = |a: &(u8, u16), b: &(u8, u16)| b.0.cmp(&a.0);
            let mut ours = items.clone();
            sort_stable(&mut ours, by_key);
            let mut std_sorted = items;
            std_sorted.sort_by(by_key);
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
