//! The results: the ranked matches with their reasons, the interest code, the chart, the careers
//! to compare, the share link and downloads, and the earlier attempts; or why there is no ranking.

use super::chart::{chart, Chart};
use super::CareerLink;
use crate::attempts::{self, Attempt};
use crate::content::Model;
use crate::export;
use crate::messages::{fill, Messages};
use crate::region::Home;
use crate::report::{interest_code_text, pay_line, percent_text, reason_sentence, share_link_with};
use crate::scoring::{close_call, CareerMatch, Outcome, CLOSE_CALL_POINTS};

/// How many careers get their reasons shown in full; the rest are listed below them.
pub const DETAILED: usize = 5;

/// Where and when the results are shown: the quiz's own address (no `#` part), which the share
/// link starts with, and today's date (`YYYY-MM-DD`) for the page and the files.
pub struct ShownAt {
    pub quiz: String,
    pub date: String,
    /// Where the student lives, if they have said: whose pay and routes come first.
    pub home: Option<Home>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub heading: &'static str,
    /// Someone else's results, from a share link: no link, download or comparison of its own.
    pub shared: bool,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Ranked(Box<Ranked>),
    /// No ranking, and why.
    Unranked(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ranked {
    /// Every interest area came out the same, so the ranking rests on the rest.
    pub interests_flat: bool,
    /// How many top matches are too close to call, said, when more than one.
    pub close_call: Option<String>,
    pub interest_code: Option<String>,
    pub cards: Vec<MatchCard>,
    /// The student's answers beside the best match's profile.
    pub chart: Option<Chart>,
    /// The careers the comparison form offers, best first.
    pub choices: Vec<Choice>,
    /// The matches below the detailed ones.
    pub others: Vec<OtherMatch>,
    pub date: String,
    /// The share link and downloads; `None` for shared results.
    pub keep: Option<Keep>,
    /// Earlier attempts on this device, newest first.
    pub history: Vec<HistoryItem>,
}

/// One of the top matches: its match, summary, reasons, pay for the student's nation and a link
/// to its page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MatchCard {
    pub id: String,
    pub rank: usize,
    pub title: String,
    /// 0–100, for the bar.
    pub percent: u8,
    pub percent_text: String,
    pub summary: String,
    pub because: Vec<String>,
    /// What counts against it; empty when nothing does.
    pub gaps: Vec<String>,
    pub pay: Option<String>,
    pub about: CareerLink,
}

/// A career on the comparison form's lists: its index, id and "Title (69% match)".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Choice {
    pub career: usize,
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OtherMatch {
    pub link: CareerLink,
    pub percent_text: String,
}

/// The share link, and the answers and matches as JSON and CSV files (`data:` addresses).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keep {
    pub link: String,
    pub files: Vec<Download>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Download {
    pub file_name: String,
    pub href: String,
    pub label: &'static str,
}

/// An earlier attempt: its date and top match, and `#attempt/N` to set it beside now.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HistoryItem {
    pub number: usize,
    pub line: String,
}

/// The results screen for `outcome`, scored from `answers`: the ranking and all that goes with
/// it, or why there is none. `shared` is set for someone else's results from a share link.
pub fn results(model: &Model, text: &Messages, outcome: &Outcome, answers: &[Option<u8>], at: &ShownAt, shared: bool, kept: &[Attempt]) -> Results {
    let heading = match (shared, outcome) {
        (true, _) => text.shared_heading(),
        (false, Outcome::Ranked { .. }) => text.results_heading(),
        (false, Outcome::TooFewAnswers { .. }) => text.too_few_heading(),
        (false, Outcome::FlatPattern) => text.flat_heading(),
        (false, Outcome::MostlyNotSure { .. }) => text.mostly_unsure_heading(),
    };
    let body = match outcome {
        Outcome::Ranked { matches, interests_flat } => {
            Body::Ranked(Box::new(ranked(model, text, matches, *interests_flat, answers, at, shared, if shared { &[] } else { kept })))
        }
        _ if shared => Body::Unranked(text.shared_too_few().to_owned()),
        Outcome::TooFewAnswers { answered, needed } => {
            Body::Unranked(fill(text.count(text.too_few(), *answered), &[("answered", &answered.to_string()), ("needed", &needed.to_string())]))
        }
        Outcome::FlatPattern => Body::Unranked(text.flat().to_owned()),
        Outcome::MostlyNotSure { .. } => Body::Unranked(text.mostly_unsure().to_owned()),
    };
    Results { heading, shared, body }
}

#[allow(clippy::too_many_arguments)]
fn ranked(
    model: &Model,
    text: &Messages,
    matches: &[CareerMatch],
    interests_flat: bool,
    answers: &[Option<u8>],
    at: &ShownAt,
    shared: bool,
    kept: &[Attempt],
) -> Ranked {
    let close = close_call(matches);
    let (detailed, others) = matches.split_at(DETAILED.min(matches.len()));
    Ranked {
        interests_flat,
        close_call: (close > 1)
            .then(|| fill(text.count(text.close_call(), close), &[("count", &close.to_string()), ("points", &CLOSE_CALL_POINTS.to_string())])),
        interest_code: interest_code_text(model, text, answers).map(|(_, sentence)| sentence),
        cards: detailed.iter().enumerate().map(|(rank, m)| match_card(model, text, rank + 1, m, at.home)).collect(),
        chart: matches.first().map(|best| chart(model, text, best.career, answers)),
        choices: if shared { Vec::new() } else { choices(model, text, matches) },
        others: others.iter().map(|m| OtherMatch { link: career_link(model, m.career, None), percent_text: percent_text(text, m) }).collect(),
        date: fill(text.results_date(), &[("date", &at.date)]),
        keep: (!shared).then(|| keep(model, text, matches, answers, at)),
        history: history(model, text, kept),
    }
}

fn career_link(model: &Model, career: usize, label: Option<String>) -> CareerLink {
    let c = &model.content.careers[career];
    CareerLink { id: c.id.clone(), label: label.unwrap_or_else(|| c.title.clone()) }
}

fn match_card(model: &Model, text: &Messages, rank: usize, m: &CareerMatch, home: Option<Home>) -> MatchCard {
    let career = &model.content.careers[m.career];
    MatchCard {
        id: career.id.clone(),
        rank,
        title: career.title.clone(),
        percent: m.percent,
        percent_text: percent_text(text, m),
        summary: career.summary.clone(),
        because: m.because.iter().map(|r| reason_sentence(model, text, r)).collect(),
        gaps: m.gaps.iter().map(|r| reason_sentence(model, text, r)).collect(),
        pay: pay_line(model, text, m.career, home),
        about: career_link(model, m.career, Some(fill(text.about_career_named(), &[("career", &career.title)]))),
    }
}

/// The comparison form's careers: the ranking in order, each with its match.
pub fn choices(model: &Model, text: &Messages, matches: &[CareerMatch]) -> Vec<Choice> {
    let label = |m: &CareerMatch| format!("{} ({})", model.content.careers[m.career].title, percent_text(text, m));
    matches.iter().map(|m| Choice { career: m.career, id: model.content.careers[m.career].id.clone(), label: label(m) }).collect()
}

fn keep(model: &Model, text: &Messages, matches: &[CareerMatch], answers: &[Option<u8>], at: &ShownAt) -> Keep {
    let results = export::Results::new(model, answers, matches, &at.date);
    let file = |kind: &str, media: &str, label, body: String| Download {
        file_name: format!("career-quiz-{}.{kind}", at.date),
        href: export::data_url(media, &body),
        label,
    };
    Keep {
        link: share_link_with(&at.quiz, &results.share_code, at.home),
        files: vec![
            file("json", "application/json", text.export_json(), export::json(&results)),
            file("csv", "text/csv", text.export_csv(), export::csv(&results, text)),
        ],
    }
}

/// "Your earlier attempts": each with its date, its top match and its number for `#attempt/N`.
pub fn history(model: &Model, text: &Messages, kept: &[Attempt]) -> Vec<HistoryItem> {
    let item = |(n, attempt): (usize, &Attempt)| {
        let line = match attempts::ranking(model, &attempt.answers).and_then(|m| m.into_iter().next()) {
            Some(m) => fill(
                text.attempts_item(),
                &[("date", &attempt.date), ("career", &model.content.careers[m.career].title), ("match", &percent_text(text, &m))],
            ),
            None => fill(text.attempts_item_unranked(), &[("date", &attempt.date)]),
        };
        HistoryItem { number: n + 1, line }
    };
    kept.iter().enumerate().map(item).collect()
}
