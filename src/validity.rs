//! The validity benchmark: does the ranking behave as a careers adviser would expect? It scores
//! constructed answer sets and reports, per career:
//! - how often it comes first for uniformly random answers (a fair share is 1 in 15);
//! - how often its own profile, with every answer moved −1, 0 or +1 at random, brings it back
//!   first and in the top three;
//! - where it ranks for its own profile when the student accepts more of every working condition;
//!
//! and, overall, how many near-flat answer sets (all "Not sure" but one answer a step away) are
//! ranked, and how often two of the top three careers open with the same reason. A benchmark,
//! not a test: `cargo run --release --bin validity` writes `docs/validity.md`.

use crate::content::{Model, Section, ANSWER_MAX, ANSWER_MIN};
use crate::scoring::{self, Outcome};

/// A small, seeded generator (xorshift64*), so every run of the benchmark scores the same sets.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A whole number from 0 to `n` − 1.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
}

/// The answers a student exactly like a career's profile would give: each question answered at
/// the career's level on the traits it measures (the trait kind's scale mapped onto 1–5, a
/// reverse-keyed item reversed), rounded to the nearest answer. For a working condition, the
/// answer that accepts exactly as much as the job has.
pub fn own_profile(model: &Model, career: usize) -> Vec<Option<u8>> {
    let traits = &model.content.traits;
    model
        .questions
        .iter()
        .map(|q| {
            let (sum, weights) = q.keys.iter().fold((0.0, 0.0), |(sum, weights), &(t, w)| {
                let (low, high) = traits[t].kind.scale();
                let position = 2.0 * (model.levels[career][t] - low) / (high - low) - 1.0;
                (sum + w * position, weights + w.abs())
            });
            let answer = (3.0 + 2.0 * sum / weights).round().clamp(f64::from(ANSWER_MIN), f64::from(ANSWER_MAX));
            Some(answer as u8)
        })
        .collect()
}

/// One random answer set: every question answered, each answer equally likely.
fn random_answers(model: &Model, rng: &mut Rng) -> Vec<Option<u8>> {
    (0..model.questions.len()).map(|_| Some(ANSWER_MIN + rng.below(5) as u8)).collect()
}

/// The careers in ranked order, or `None` when the answers are not ranked.
fn ranking(model: &Model, answers: &[Option<u8>]) -> Option<Vec<usize>> {
    match scoring::score(model, answers) {
        Outcome::Ranked { matches, .. } => Some(matches.iter().map(|m| m.career).collect()),
        _ => None,
    }
}

/// What the benchmark measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub random_sets: usize,
    /// Per career: in how many random sets it came first.
    pub random_first: Vec<usize>,
    /// Random sets that were not ranked at all.
    pub random_unranked: usize,
    /// Per career: in how many random sets the answers hold a deal-breaker for it ("It would put
    /// me off" to a condition that is a large part of the job).
    pub random_deal_breaker: Vec<usize>,
    /// Random sets in which two of the top three careers open with the same reason.
    pub shared_first_reason: usize,
    pub near_flat_sets: usize,
    pub near_flat_ranked: usize,
    pub noisy_tries: usize,
    /// Per career: its own profile with noise, how often first and how often in the top three.
    pub noisy_first: Vec<usize>,
    pub noisy_top_three: Vec<usize>,
    /// Per career: the career that most often came first instead, with how often.
    pub noisy_instead: Vec<Option<(usize, usize)>>,
    /// Per career: its rank (1 = first) for its own profile as it is; with every working
    /// condition answered "I would be fine" (4); raised to at least that; and all at 5.
    pub own_rank: Vec<Option<usize>>,
    pub fine_rank: Vec<Option<usize>>,
    pub at_least_fine_rank: Vec<Option<usize>>,
    pub accepting_all_rank: Vec<Option<usize>>,
}

pub fn run(model: &Model, random_sets: usize, noisy_tries: usize, seed: u64) -> Report {
    let careers = model.content.careers.len();
    let mut rng = Rng::new(seed);
    let mut report = Report {
        random_sets,
        random_first: vec![0; careers],
        random_unranked: 0,
        random_deal_breaker: vec![0; careers],
        shared_first_reason: 0,
        near_flat_sets: 0,
        near_flat_ranked: 0,
        noisy_tries,
        noisy_first: vec![0; careers],
        noisy_top_three: vec![0; careers],
        noisy_instead: Vec::new(),
        own_rank: Vec::new(),
        fine_rank: Vec::new(),
        at_least_fine_rank: Vec::new(),
        accepting_all_rank: Vec::new(),
    };

    for _ in 0..random_sets {
        let answers = random_answers(model, &mut rng);
        let Outcome::Ranked { matches, .. } = scoring::score(model, &answers) else {
            report.random_unranked += 1;
            continue;
        };
        report.random_first[matches[0].career] += 1;
        for m in matches.iter().filter(|m| m.has_deal_breaker()) {
            report.random_deal_breaker[m.career] += 1;
        }
        let firsts: Vec<usize> = matches.iter().take(3).filter_map(|m| m.because.first().map(|r| r.question)).collect();
        if (0..firsts.len()).any(|i| firsts[i + 1..].contains(&firsts[i])) {
            report.shared_first_reason += 1;
        }
    }

    let n = model.questions.len();
    for q in 0..n {
        for moved in [2, 4] {
            let mut answers = vec![Some(3); n];
            answers[q] = Some(moved);
            report.near_flat_sets += 1;
            if ranking(model, &answers).is_some() {
                report.near_flat_ranked += 1;
            }
        }
    }

    let rank_of = |answers: &[Option<u8>], career: usize| ranking(model, answers).and_then(|r| r.iter().position(|&c| c == career)).map(|p| p + 1);
    for career in 0..careers {
        let own = own_profile(model, career);
        let mut instead = vec![0; careers];
        for _ in 0..noisy_tries {
            let noisy: Vec<Option<u8>> = own
                .iter()
                .map(|a| a.map(|a| (i16::from(a) + rng.below(3) as i16 - 1).clamp(i16::from(ANSWER_MIN), i16::from(ANSWER_MAX)) as u8))
                .collect();
            let ranked = ranking(model, &noisy);
            match ranked.as_ref().and_then(|r| r.iter().position(|&c| c == career)) {
                Some(0) => {
                    report.noisy_first[career] += 1;
                    report.noisy_top_three[career] += 1;
                }
                Some(1 | 2) => report.noisy_top_three[career] += 1,
                _ => {}
            }
            if let Some(first) = ranked.and_then(|r| r.first().copied()).filter(|&first| first != career) {
                instead[first] += 1;
            }
        }
        let most = (0..careers).max_by_key(|&c| (instead[c], std::cmp::Reverse(c))).filter(|&c| instead[c] > 0);
        report.noisy_instead.push(most.map(|c| (c, instead[c])));
        let conditions = |answer: &dyn Fn(u8) -> u8| -> Vec<Option<u8>> {
            own.iter().zip(&model.questions).map(|(a, q)| if q.section == Section::Conditions { a.map(answer) } else { *a }).collect()
        };
        report.own_rank.push(rank_of(&own, career));
        report.fine_rank.push(rank_of(&conditions(&|_| 4), career));
        report.at_least_fine_rank.push(rank_of(&conditions(&|a| a.max(4)), career));
        report.accepting_all_rank.push(rank_of(&conditions(&|_| 5), career));
    }
    report
}

/// A share as a percentage with one decimal.
fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "–".into();
    }
    let tenths = (part as f64 * 1000.0 / whole as f64).round() as u64;
    format!("{}.{} %", tenths / 10, tenths % 10)
}

fn rank_text(rank: Option<usize>) -> String {
    rank.map_or("not ranked".into(), |r| r.to_string())
}

impl Report {
    /// The report as the Markdown tables of `docs/validity.md` (without its heading and date).
    pub fn markdown(&self, model: &Model) -> String {
        let mut out = String::new();
        let ranked = self.random_sets - self.random_unranked;
        out.push_str(&format!(
            "| career | first for random answers ({} sets) | own profile ±1 first ({} tries) | own profile ±1 top 3 | most often first instead | own profile: rank | every condition \"I would be fine\": rank | every condition at least that: rank | every condition \"It would suit me\": rank |\n|---|---:|---:|---:|---|---:|---:|---:|---:|\n",
            self.random_sets, self.noisy_tries
        ));
        for (c, career) in model.content.careers.iter().enumerate() {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                career.title,
                percent(self.random_first[c], ranked),
                percent(self.noisy_first[c], self.noisy_tries),
                percent(self.noisy_top_three[c], self.noisy_tries),
                self.noisy_instead[c].map_or("–".into(), |(other, n)| format!(
                    "{} ({})",
                    model.content.careers[other].id,
                    percent(n, self.noisy_tries)
                )),
                rank_text(self.own_rank[c]),
                rank_text(self.fine_rank[c]),
                rank_text(self.at_least_fine_rank[c]),
                rank_text(self.accepting_all_rank[c]),
            ));
        }
        let (lowest, highest) = self.random_first.iter().fold((usize::MAX, 0), |(lo, hi), &n| (lo.min(n), hi.max(n)));
        out.push_str(&format!(
            "\n| overall | measured | target |\n|---|---:|---|\n\
             | random answers: the least and the most often first | {} and {} | every career 2–15 % |\n\
             | random answer sets not ranked | {} | – |\n\
             | near-flat sets (all \"Not sure\" but one answer a step away) that are ranked | {} of {} ({}) | at most 10 % |\n\
             | own profile ±1 first, the lowest career | {} | at least 85 % |\n\
             | own profile ±1 in the top 3, the lowest career | {} | at least 97 % |\n\
             | careers that leave their own top 3 when accepting more | {} | none |\n\
             | random sets in which two of the top 3 open with the same reason | {} | under 20 % |\n",
            percent(lowest, ranked),
            percent(highest, ranked),
            percent(self.random_unranked, self.random_sets),
            self.near_flat_ranked,
            self.near_flat_sets,
            percent(self.near_flat_ranked, self.near_flat_sets),
            percent(self.noisy_first.iter().copied().min().unwrap_or(0), self.noisy_tries),
            percent(self.noisy_top_three.iter().copied().min().unwrap_or(0), self.noisy_tries),
            (0..self.own_rank.len())
                .filter(|&c| [self.fine_rank[c], self.at_least_fine_rank[c], self.accepting_all_rank[c]].iter().any(|r| r.is_none_or(|r| r > 3)))
                .count(),
            percent(self.shared_first_reason, ranked),
        ));
        let below: Vec<String> = (0..self.random_first.len())
            .filter(|&c| self.random_first[c] * 50 < ranked)
            .map(|c| {
                format!(
                    "{} ({} first; a deal-breaker in {} of the random sets)",
                    model.content.careers[c].title,
                    percent(self.random_first[c], ranked),
                    percent(self.random_deal_breaker[c], ranked)
                )
            })
            .collect();
        if !below.is_empty() {
            out.push_str(&format!(
                "\nBelow the 2 % floor for random answers: {}. Uniformly random answers say \"It would put me off\" to one of \
                 these jobs' defining conditions in most sets, which the scoring rightly counts against them; the floor could \
                 only be reached by letting a student's \"It would put me off\" barely move a job that is full of it.\n",
                below.join("; ")
            ));
        }
        out
    }
}
