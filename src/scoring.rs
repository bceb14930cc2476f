//! Scoring: how well a student's answers fit each career, and why.
//!
//! A match has three parts that attract and one that can only cost:
//! - **Interests**: the student's six RIASEC scores against the career's O*NET interest profile.
//!   Careers rank as by the Pearson correlation, as O*NET's own interest matching does: only the
//!   shape counts. The measure is the correlation times the spread of the student's scores (see
//!   [`profile_agreement`]), which is linear in every answer.
//! - **Work styles** and **school subjects**, each the same measure against the career's
//!   *distinctive* profile: every trait's level less the average career's level on it (how far
//!   above or below the average career of the quiz this one is, in the trait's own units), so
//!   that a career gains nothing from O*NET rating it low or high on everything. Only the shape
//!   of the student's answers counts here too: saying "very like me" to every style favours no
//!   career.
//! - **Working conditions** are what the student would accept. Where the job has more of a
//!   condition than the student accepts, the shortfall costs the match; accepting more than the
//!   job needs costs nothing. "It would put me off" against a condition that is a large part of
//!   the job is a deal-breaker: it costs more, and the results say so. "It would suit me" is more
//!   than accepting: for each career, the condition the student says suits them that the career
//!   has most of raises its match a little (only that one, so that liking everything favours no
//!   career much).
//!
//! The match is the weighted mean of the three attracting parts, less what the conditions cost,
//! as 0–100 %. Every part is linear in each answer (the conditions: never rising as acceptance
//! falls), so moving one answer toward what a career calls for never lowers that career's match,
//! and accepting more of a condition never lowers any match (`tests/scoring_properties.rs`).
//!
//! Reasons are contrastive: an answer is a reason for a career when it raises this career's match
//! more than it raises the other careers' on average ("why it fits"), or lowers it more ("worth
//! knowing").

use crate::content::{Model, Section, TraitKind, ANSWER_MAX, ANSWER_MIN};

/// Below this many answers the quiz does not rank careers at all.
pub const MIN_ANSWERS: usize = 12;
/// The interest part needs answers in at least this many of the six RIASEC areas.
pub const MIN_INTEREST_AREAS: usize = 3;
/// Answers other than "Not sure" (3) needed for a ranking: fewer is too little to go on.
pub const MIN_LEANING: usize = 12;
/// Answers that differ from the student's most common answer needed for a ranking: fewer is the
/// same answer to nearly everything.
pub const MIN_VARIED: usize = 8;
/// The weights of the attracting parts: interests, work styles, subjects.
/// Work styles weigh least: O*NET rates nearly every style important for every health career,
/// so they tell these careers apart least. (On the validity benchmark, weighing them as much as
/// subjects lowered how often the hardest careers came back first from a noisy own profile.)
const WEIGHTS: [f64; 3] = [0.5, 0.15, 0.35];
/// What a shortfall on a condition costs the match, on the −1..1 scale of the parts, for the
/// whole of it (a job full of something the student would not accept at all), and what a
/// deal-breaker costs on top.
const SHORTFALL_COST: f64 = 0.07;
const DEAL_BREAKER_COST: f64 = 0.1;
/// A job's amount of a condition (0–1) at which "It would put me off" is a deal-breaker: the
/// top of the scale, a large part of most working weeks.
const DEAL_BREAKER_AMOUNT: f64 = 1.0;
/// What "It would suit me" adds, for the whole of a condition: the career's best-suited one only.
const SUITS_ME_GAIN: f64 = 0.12;
/// At most this many reasons of each sort are given per career.
const MAX_REASONS: usize = 3;
/// A reason weaker than this share of the career's strongest is not worth showing.
const MIN_REASON_SHARE: f64 = 0.25;

/// An answer on the 1–5 scale as a position in −1..1.
fn position(answer: u8) -> f64 {
    (f64::from(answer) - 3.0) / 2.0
}

/// How much of a condition a student's answer accepts, 0–1: "It would put me off" none, "I would
/// rather not" a little, "Not sure" half, "I would be fine" and "It would suit me" all of it.
pub fn acceptance(answer: u8) -> f64 {
    match answer {
        0 | 1 => 0.0,
        2 => 0.25,
        3 => 0.5,
        _ => 1.0,
    }
}

/// How much of a condition a job has, 0–1, from its level on the 1–5 scale.
fn amount(level: f64) -> f64 {
    ((level - 1.0) / 4.0).clamp(0.0, 1.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonKind {
    /// This career has (or calls for, or draws on) more of the trait than most careers here.
    MoreThanMost,
    /// This career has less of the trait than most careers here.
    LessThanMost,
    /// The job has more of a working condition than the student said they would accept.
    NotAccepted,
    /// The student said the condition would put them off, and the job has a lot of it.
    DealBreaker,
    /// The student said the condition would suit them, and the job has a lot of it.
    SuitsYou,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub kind: ReasonKind,
    /// Index of the question in the content.
    pub question: usize,
    /// Index of the trait the question measures.
    pub trait_index: usize,
    pub answer: u8,
    /// How much more (or less) this answer does for this career than for the others, on the
    /// match's −1..1 scale.
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
    /// The interest part, −1..1, when it had answers.
    pub interest_agreement: Option<f64>,
    /// The work-style and subject parts, −1..1, when they had answers.
    pub work_styles: Option<f64>,
    pub subjects: Option<f64>,
    /// What the working conditions cost (less what "It would suit me" added).
    pub conditions_cost: f64,
    /// The answers that raise this career above the others.
    pub because: Vec<Reason>,
    /// Where this career asks for what the student does not enjoy or would not accept.
    pub gaps: Vec<Reason>,
}

impl CareerMatch {
    /// Whether a working condition the student said would put them off is a large part of this job.
    pub fn has_deal_breaker(&self) -> bool {
        self.gaps.iter().any(|r| r.kind == ReasonKind::DealBreaker)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Careers ranked best first. `interests_flat` is set when every interest area came out the
    /// same, so interests could not tell careers apart and the ranking rests on the rest.
    Ranked { matches: Vec<CareerMatch>, interests_flat: bool },
    /// Not enough answers to rank honestly.
    TooFewAnswers { answered: usize, needed: usize },
    /// The same answer to nearly everything, which says nothing about which career fits.
    FlatPattern,
    /// "Not sure" to nearly everything: too few answers lean either way.
    MostlyNotSure { leaning: usize, needed: usize },
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

/// Pearson's r between the student's scores and a career's values over the same traits, times
/// the spread (standard deviation) of the student's scores: the covariance of the student's
/// scores with the career's standardised values. For one student the spread is the same for
/// every career, so careers rank exactly as by r; unlike r, it is linear in each score, so
/// moving a score toward a trait the career is high in always raises it, and a student whose
/// scores barely differ gets a weak match rather than an inflated one. −1..1; 0 when the
/// career's values are all alike.
///
/// Given as the coefficient of each of the student's scores: the measure is their sum of
/// coefficient × score, which is how reasons find what each answer contributed.
fn profile_agreement(career_values: &[f64]) -> impl Iterator<Item = f64> + '_ {
    let n = career_values.len() as f64;
    let mean = career_values.iter().sum::<f64>() / n;
    let spread = (career_values.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / n).sqrt();
    let flat = spread < 1e-9;
    career_values.iter().map(move |c| if flat { 0.0 } else { (c - mean) / (spread * n) })
}

/// The three attracting parts, by the section their questions are in.
fn part_of(section: Section) -> Option<usize> {
    match section {
        Section::Interests => Some(0),
        Section::WorkStyles => Some(1),
        Section::Subjects => Some(2),
        Section::Conditions => None,
    }
}

/// What one answer (on one trait it measures) did for one career.
struct Item {
    question: usize,
    trait_index: usize,
    /// Its share of the match, on the −1..1 scale of the parts.
    contribution: f64,
    /// For an attracting part, the trait's coefficient for this career (which way, and how much,
    /// the trait counts); for a condition, how much of it the job has.
    coefficient: f64,
    deal_breaker: bool,
}

/// One career's match, and what each answered question contributed to it. Every career's items
/// come in the same order, so one answer's items can be compared across careers.
struct Scored {
    parts: [Option<f64>; 3],
    conditions_cost: f64,
    items: Vec<Item>,
    total: f64,
}

/// The student's side, the same for every career: the total weight of the answered questions on
/// each trait (each answer's share of that score), the traits answered in each part, and each
/// answered key with what of it does not depend on the career.
struct Student {
    trait_weight: Vec<f64>,
    /// Per trait of an attracting part: the sum of its answered keys' `from_mean` over the
    /// trait's weight. A career's part is the dot product of these with its coefficients.
    trait_share: Vec<f64>,
    /// Every (question, trait) key of an answered question, in the bank's order.
    keys: Vec<AnsweredKey>,
    /// The keys of working conditions alone, in the bank's order: all a ranking needs of them.
    condition_keys: Vec<AnsweredKey>,
    /// Per attracting part: the traits answered (none for interests when they are not used),
    /// and the student's mean score over them. Only how a score stands out from the student's
    /// own others counts, so that is what each answer is credited with.
    parts: [(Vec<usize>, f64); 3],
}

/// An answered question's key, as each career reads it.
#[derive(Clone, Copy)]
struct AnsweredKey {
    question: usize,
    trait_index: usize,
    answer: u8,
    weight: f64,
    /// The attracting part its section is in; `None` for a working condition.
    part: Option<usize>,
    /// For an attracting part: the weighted answer less the weighted mean of the student's part,
    /// which each career multiplies by its coefficient on the trait.
    from_mean: f64,
}

impl Student {
    fn new(model: &Model, answers: &[Option<u8>], scores: Vec<Option<f64>>, interests: bool) -> Student {
        let mut trait_weight = vec![0.0; model.content.traits.len()];
        let mut keys_answered = 0;
        for (question, answer) in model.questions.iter().zip(answers) {
            if answer.is_some() {
                for &(t, w) in &question.keys {
                    trait_weight[t] += w.abs();
                }
                keys_answered += question.keys.len();
            }
        }
        let traits = &model.content.traits;
        let parts = [TraitKind::Interest, TraitKind::WorkStyle, TraitKind::Subject].map(|kind| {
            let ids: Vec<usize> = if kind == TraitKind::Interest && !interests {
                Vec::new()
            } else {
                (0..traits.len()).filter(|&t| traits[t].kind == kind && scores[t].is_some()).collect()
            };
            let mean = if ids.is_empty() { 0.0 } else { ids.iter().filter_map(|&t| scores[t]).sum::<f64>() / ids.len() as f64 };
            (ids, mean)
        });
        let mut keys = Vec::with_capacity(keys_answered);
        for (question, (compiled, answer)) in model.questions.iter().zip(answers).enumerate() {
            let Some(answer) = *answer else { continue };
            let part = part_of(compiled.section);
            for &(trait_index, weight) in &compiled.keys {
                let from_mean = part.map_or(0.0, |part| weight * position(answer) - weight.abs() * parts[part].1);
                keys.push(AnsweredKey { question, trait_index, answer, weight, part, from_mean });
            }
        }
        let mut trait_share = vec![0.0; traits.len()];
        for key in keys.iter().filter(|k| k.part.is_some()) {
            trait_share[key.trait_index] += key.from_mean;
        }
        for (share, weight) in trait_share.iter_mut().zip(&trait_weight) {
            if *weight > 0.0 {
                *share /= weight;
            }
        }
        let condition_keys = keys.iter().filter(|k| k.part.is_none()).copied().collect();
        Student { trait_weight, trait_share, keys, condition_keys, parts }
    }
}

/// What scoring one career needs for a while and then not: kept from career to career, so that
/// scoring a student allocates it once.
struct Scratch {
    coefficients: Vec<f64>,
    values: Vec<f64>,
}

/// One career's match; with `itemised`, each answer's part in it too (what reasons are made of).
fn score_career(model: &Model, student: &Student, career: usize, itemised: bool, scratch: &mut Scratch) -> Scored {
    // Per part, the career's value on each trait answered (its O*NET interest level, or its
    // distinctive level for styles and subjects), as coefficients of the student's scores.
    let Scratch { coefficients, values } = scratch;
    let mut parts = [None; 3];
    for (part, (ids, _)) in student.parts.iter().enumerate() {
        if ids.is_empty() {
            continue;
        }
        values.clear();
        values.extend(ids.iter().map(|&t| if part == 0 { model.levels[career][t] } else { model.distinctive[career][t] }));
        let mut value = 0.0;
        for (&t, coefficient) in ids.iter().zip(profile_agreement(values)) {
            coefficients[t] = coefficient;
            value += coefficient * student.trait_share[t];
        }
        parts[part] = Some(value);
    }
    let weight_sum: f64 = WEIGHTS.iter().zip(&parts).filter(|(_, p)| p.is_some()).map(|(w, _)| w).sum();

    let mut conditions_cost = 0.0;
    // The most "It would suit me" has added so far: only the best-suited condition counts.
    let mut suits_me: f64 = 0.0;
    let mut items = Vec::with_capacity(if itemised { student.keys.len() } else { 0 });
    // A ranking needs only the conditions' keys; reasons need every answer's share.
    let keys = if itemised { &student.keys } else { &student.condition_keys };
    for key in keys {
        let &AnsweredKey { question: q, trait_index: t, answer, weight: w, part, from_mean } = key;
        match part {
            Some(part) => {
                if parts[part].is_none() {
                    continue;
                }
                // The coefficients of a part sum to zero, so crediting each answer with how far it
                // stands from the student's mean changes no total, only who gets credit.
                let share = coefficients[t] * from_mean / student.trait_weight[t];
                items.push(Item {
                    question: q,
                    trait_index: t,
                    contribution: WEIGHTS[part] / weight_sum * share,
                    coefficient: coefficients[t] * w.signum(),
                    deal_breaker: false,
                });
            }
            None => {
                let job = amount(model.levels[career][t]);
                let shortfall = (job - acceptance(answer)).max(0.0) * w.abs();
                let deal_breaker = answer == ANSWER_MIN && job >= DEAL_BREAKER_AMOUNT;
                let gain = if answer == ANSWER_MAX { SUITS_ME_GAIN * job * w.abs() } else { 0.0 };
                let added = (gain - suits_me).max(0.0);
                suits_me = suits_me.max(gain);
                let cost = SHORTFALL_COST * shortfall + if deal_breaker { DEAL_BREAKER_COST } else { 0.0 } - added;
                conditions_cost += cost;
                if itemised {
                    items.push(Item { question: q, trait_index: t, contribution: -cost, coefficient: job, deal_breaker });
                }
            }
        }
    }
    let attract = if weight_sum > 0.0 { parts.iter().zip(WEIGHTS).filter_map(|(p, w)| p.map(|p| w * p)).sum::<f64>() / weight_sum } else { 0.0 };
    Scored { parts, conditions_cost, items, total: attract - conditions_cost }
}

/// Scores every career against the answers (indexed like `model.content.questions`).
pub fn score(model: &Model, answers: &[Option<u8>]) -> Outcome {
    score_with(model, answers, Detail::Reasons)
}

/// How much of each match `score_with` works out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The ranking, and each match's reasons.
    Reasons,
    /// The ranking alone, each match's reasons left empty: the same matches at a fraction of the
    /// cost, for tables of many students (the class summary, `score batch --format csv`).
    Ranking,
}

/// `score`, working out only as much as `detail` asks for.
pub fn score_with(model: &Model, answers: &[Option<u8>], detail: Detail) -> Outcome {
    let answers = &answers[..answers.len().min(model.questions.len())];
    // How many times each answer was given (an answer off the scale counts only as given).
    let mut times = [0usize; ANSWER_MAX as usize + 1];
    let mut given = 0;
    for &answer in answers.iter().flatten() {
        given += 1;
        if let Some(n) = times.get_mut(usize::from(answer)) {
            *n += 1;
        }
    }
    if given < MIN_ANSWERS {
        return Outcome::TooFewAnswers { answered: given, needed: MIN_ANSWERS };
    }
    let most_common = times[usize::from(ANSWER_MIN)..].iter().copied().max().unwrap_or(0);
    if given - most_common < MIN_VARIED {
        return Outcome::FlatPattern;
    }
    let leaning = given - times[3];
    if leaning < MIN_LEANING {
        return Outcome::MostlyNotSure { leaning, needed: MIN_LEANING };
    }
    // The trait scores once: the interest check and every career's parts read them.
    let scores = trait_scores(model, answers);
    let interest: Vec<Option<f64>> =
        scores.iter().zip(&model.content.traits).filter(|(_, t)| t.kind == TraitKind::Interest).map(|(s, _)| *s).collect();
    let answered_interests: Vec<f64> = interest.iter().flatten().copied().collect();
    let use_interests = answered_interests.len() >= MIN_INTEREST_AREAS;
    let interests_flat = use_interests && answered_interests.iter().all(|s| (s - answered_interests[0]).abs() < 1e-12);

    let student = Student::new(model, answers, scores, use_interests);
    let careers = model.content.careers.len();
    let traits = model.content.traits.len();
    let mut scratch = Scratch { coefficients: vec![0.0; traits], values: Vec::with_capacity(traits) };
    let scored: Vec<Scored> = (0..careers).map(|c| score_career(model, &student, c, detail == Detail::Reasons, &mut scratch)).collect();
    // Each item's contribution and coefficient summed over every career, once: a career's
    // contrast with the others is then its item against the rest of that sum.
    let mut across = vec![(0.0, 0.0); scored.first().map_or(0, |s| s.items.len())];
    for career in &scored {
        for (sum, item) in across.iter_mut().zip(&career.items) {
            sum.0 += item.contribution;
            sum.1 += item.coefficient;
        }
    }
    let mut matches: Vec<CareerMatch> = (0..careers).map(|c| career_match(model, answers, c, &scored, &across)).collect();
    // Best first; ties keep content order so the ranking is deterministic.
    sort_stable(&mut matches, |a, b| b.score.total_cmp(&a.score).then(a.career.cmp(&b.career)));
    lead_with_different_reasons(&mut matches);
    Outcome::Ranked { matches, interests_flat }
}

/// A career's match with its reasons: each answer's contribution to this career against its
/// average contribution to the others. `across` holds each item's contribution and coefficient
/// summed over every career.
fn career_match(model: &Model, answers: &[Option<u8>], career: usize, scored: &[Scored], across: &[(f64, f64)]) -> CareerMatch {
    let mine = &scored[career];
    let others = (scored.len() - 1).max(1) as f64;
    let mut because = Vec::new();
    let mut gaps = Vec::new();
    for (i, item) in mine.items.iter().enumerate() {
        let &Item { question, trait_index, contribution, coefficient, deal_breaker } = item;
        let Some(answer) = answers[question] else { continue };
        // The same item of every other career (the lists are built in the same order).
        let (contributions, coefficients) = across[i];
        let elsewhere = (contributions - contribution) / others;
        let contrast = contribution - elsewhere;
        let reason = |kind, strength| Reason { kind, question, trait_index, answer, strength };
        if model.questions[question].section == Section::Conditions {
            if contribution < 0.0 {
                gaps.push(reason(if deal_breaker { ReasonKind::DealBreaker } else { ReasonKind::NotAccepted }, -contribution));
            } else if contribution > 0.0 && contrast > 0.0 {
                because.push(reason(ReasonKind::SuitsYou, contrast));
            }
            continue;
        }
        // Whether this career's coefficient on the trait is above the others' average: the
        // claim a reason makes ("more than most", "less than most").
        let others_coefficient = (coefficients - coefficient) / others;
        let kind = if coefficient >= others_coefficient { ReasonKind::MoreThanMost } else { ReasonKind::LessThanMost };
        // "Not sure" is never a reason a career fits, though it can count against one.
        if contribution > 0.0 && contrast > 0.0 && answer != 3 {
            because.push(reason(kind, contrast));
        } else if contribution < 0.0 && contrast < 0.0 {
            gaps.push(reason(kind, -contrast));
        }
    }
    let strongest_first = |a: &Reason, b: &Reason| {
        let rank = |r: &Reason| u8::from(r.kind != ReasonKind::DealBreaker);
        rank(a).cmp(&rank(b)).then(b.strength.total_cmp(&a.strength)).then(a.question.cmp(&b.question))
    };
    for reasons in [&mut because, &mut gaps] {
        // One reason per trait: three answers about helping people say one thing, not three.
        strongest_of_each_trait(reasons, strongest_first);
        sort_stable(reasons, strongest_first);
        let strongest = reasons.iter().filter(|r| r.kind != ReasonKind::DealBreaker).map(|r| r.strength).fold(0.0, f64::max);
        reasons.retain(|r| r.kind == ReasonKind::DealBreaker || r.strength >= MIN_REASON_SHARE * strongest);
        reasons.truncate(MAX_REASONS);
    }
    let score = ((1.0 + mine.total) / 2.0).clamp(0.0, 1.0);
    CareerMatch {
        career,
        percent: (score * 100.0).round() as u8,
        score,
        interest_agreement: mine.parts[0],
        work_styles: mine.parts[1],
        subjects: mine.parts[2],
        conditions_cost: mine.conditions_cost,
        because,
        gaps,
    }
}

/// The top three careers open with different reasons where they can: a career whose strongest
/// reason already leads a higher career leads with its next one instead. (Every reason it has is
/// a real one; only the order changes.)
fn lead_with_different_reasons(matches: &mut [CareerMatch]) {
    let mut leading: Vec<usize> = Vec::new();
    for m in matches.iter_mut().take(3) {
        if let Some(at) = m.because.iter().position(|r| !leading.contains(&r.question)) {
            let reason = m.because.remove(at);
            m.because.insert(0, reason);
        }
        if let Some(first) = m.because.first() {
            leading.push(first.question);
        }
    }
}

/// Keeps, of each trait's reasons, the strongest (the first of equals), in their order: what
/// sorting them all and keeping each trait's first would keep, without sorting them all.
fn strongest_of_each_trait(reasons: &mut Vec<Reason>, order: impl Fn(&Reason, &Reason) -> std::cmp::Ordering) {
    // Each trait's strongest so far, by its place in the list.
    let mut strongest = vec![None::<usize>; reasons.iter().map(|r| r.trait_index + 1).max().unwrap_or(0)];
    for at in 0..reasons.len() {
        let best = &mut strongest[reasons[at].trait_index];
        if best.is_none_or(|best| order(&reasons[at], &reasons[best]).is_lt()) {
            *best = Some(at);
        }
    }
    let mut keep = vec![false; reasons.len()];
    for at in strongest.into_iter().flatten() {
        keep[at] = true;
    }
    let mut at = 0;
    reasons.retain(|_| {
        at += 1;
        keep[at - 1]
    });
}

/// A stable insertion sort. The lists here are short (15 careers, a few dozen reasons, a class's
/// rows), and the standard library's sort costs several KB of wasm for every type it sorts.
pub fn sort_stable<T>(items: &mut [T], order: impl Fn(&T, &T) -> std::cmp::Ordering) {
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
