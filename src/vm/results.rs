//! The results: a summary of the top three matches that fits a phone's screen, each with one
//! reason that sets it apart, the next three steps for the best of them, the interest areas as
//! bars, and behind "More" the rest: the ranking, the chart, the careers to compare, the share
//! link and downloads, the advisers' detail and the earlier attempts; or why there is no ranking.

use super::chart::{chart, Chart};
use super::qr::{qr, Qr};
use super::quiz::{interest_bars, InterestBar};
use super::CareerLink;
use crate::attempts::{self, Attempt};
use crate::content::{Model, TraitKind};
use crate::export;
use crate::messages::{fill, Messages};
use crate::region::Home;
use crate::report::{
    capitalised, interest_code_text, pay_line, percent_text, reason_sentence_as, share_link_with, short_reason_as, LinkTags, Person,
};
use crate::scoring::{close_call, CareerMatch, Outcome, Reason};

/// How many careers the summary shows as cards; the rest of the ranking is behind "More".
pub const SUMMARY: usize = 3;

/// Below this share of the questions answered, the matches are shown in bands, not in order:
/// too few answers to tell careers a few points apart.
pub const FEW_ANSWERS: f64 = 2.0 / 3.0;

/// How far below the best match (in percentage points) a career is still a good fit.
pub const GOOD_FIT_POINTS: u8 = 10;

/// Where and when the results are shown: the quiz's own address (no `#` part), which the share
/// link starts with, and today's date (`YYYY-MM-DD`) for the page and the files.
pub struct ShownAt {
    pub quiz: String,
    pub date: String,
    /// Where the student lives, if they have said: whose pay and routes come first.
    pub home: Option<Home>,
    /// The class tag of the school's link, which the share link carries.
    pub class: Option<String>,
    /// When the student gave their last answer (`YYYY-MM-DDTHH:MM`), for the link sent to a teacher.
    pub finished: Option<String>,
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
    /// "Based on 47 of 60 answers."
    pub based_on: String,
    /// How many questions were skipped, for the offer to answer them.
    pub skipped: usize,
    /// Every interest area came out the same, so the ranking rests on the rest.
    pub interests_flat: bool,
    /// The cards show fit bands, not percentages: the top matches are too close to call, or too
    /// few questions were answered. Said in one sentence, with what to do about it.
    pub bands: Option<String>,
    /// The top matches, as cards.
    pub cards: Vec<MatchCard>,
    /// The next three steps, for the best match; empty for someone else's results.
    pub steps: Option<Steps>,
    /// The six interest areas, strongest first, and what the bars show.
    pub interests: Vec<InterestBar>,
    pub interests_intro: &'static str,
    /// For careers advisers: the interest code in RIASEC letters, and what the figures rest on.
    pub interest_code: Option<String>,
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

/// One of the top matches: its fit, what it is in a line, and the one reason that sets it apart from the other
/// cards; behind "Why?", its other names, every reason, pay for the student's nation and a link
/// to its page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MatchCard {
    pub id: String,
    pub rank: usize,
    pub title: String,
    /// "Also called: …", when it has other names.
    pub also_called: Option<String>,
    /// "72% match", or a band ("Strong fit") when the cards show bands.
    pub fit: String,
    /// 0–100, for the bar; `None` when the cards show bands.
    pub percent: Option<u8>,
    pub percent_text: String,
    /// What the job is, in a line.
    pub tagline: String,
    /// In a few words, the reason that sets it apart most, one not given on a card above it.
    pub reason: Option<String>,
    pub because: Vec<String>,
    /// What counts against it; empty when nothing does.
    pub gaps: Vec<String>,
    /// Said in the list of what counts against it when nothing does.
    pub no_gaps: &'static str,
    pub pay: Option<String>,
    pub about: CareerLink,
}

/// How well a career fits, in words, for matches too close (or too roughly measured) to rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// Too close to call with the best match.
    Strong,
    /// Within [`GOOD_FIT_POINTS`] of it.
    Good,
    WorthALook,
}

pub fn band(best: &CareerMatch, m: &CareerMatch) -> Band {
    match best.percent.saturating_sub(m.percent) {
        d if d <= crate::scoring::CLOSE_CALL_POINTS => Band::Strong,
        d if d <= GOOD_FIT_POINTS => Band::Good,
        _ => Band::WorthALook,
    }
}

/// "Your next 3 steps", for the best match and where the student lives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Steps {
    /// "For your top match: Nurse".
    pub intro: String,
    pub steps: Vec<Step>,
}

/// A step, with its id for ticking it off (`CAREER:KIND`) and the links it points to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Step {
    pub id: String,
    pub text: String,
    pub links: Vec<Link>,
}

/// A link the student follows: to another screen (`#career/ID`) or to another site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Link {
    pub label: String,
    pub href: String,
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

/// The share link, and the answers and matches as JSON and CSV files (`data:` addresses); for
/// the printed page, the link as a QR code and the code to type in, said in a sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keep {
    pub link: String,
    /// The share link with when the student finished: what "Send to my teacher" sends.
    pub teacher_link: String,
    pub files: Vec<Download>,
    pub qr: Option<Qr>,
    pub printed_code: String,
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
        (true, Outcome::Ranked { .. }) => text.shared_ranked_heading(),
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
    let total = answers.len();
    let answered = answers.iter().flatten().count();
    let few = (answered as f64) < FEW_ANSWERS * total as f64;
    let close = close_call(matches) > 1;
    let bands = match (few, close) {
        (true, _) => Some(fill(text.bands_few(), &[("answered", &answered.to_string()), ("total", &total.to_string())])),
        (false, true) => Some(text.bands_close().to_owned()),
        (false, false) => None,
    };
    let (top, others) = matches.split_at(SUMMARY.min(matches.len()));
    let mut given: Vec<usize> = Vec::new();
    let cards = top
        .iter()
        .enumerate()
        .map(|(rank, m)| {
            let person = if shared { Person::They } else { Person::You };
            let card = match_card(model, text, rank + 1, m, &matches[0], bands.is_some(), &given, at.home, person);
            given.extend(distinct_reason(m, &given).map(|r| r.trait_index));
            card
        })
        .collect();
    Ranked {
        based_on: fill(text.based_on(), &[("answered", &answered.to_string()), ("total", &total.to_string())]),
        skipped: if shared { 0 } else { total - answered },
        interests_flat,
        bands,
        cards,
        steps: (!shared).then(|| matches.first().map(|best| steps(model, text, best.career, at.home))).flatten(),
        interests: interest_bars(model, text, answers),
        interests_intro: if shared { text.interests_intro_they() } else { text.interests_intro() },
        interest_code: interest_code_text(model, text, answers).map(|(_, sentence)| sentence),
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

/// The strongest reason for `m` on a trait no card above it has given as its reason, so the
/// three cards never say the same thing; `None` when it has no other (its "Why?" still lists them).
fn distinct_reason<'a>(m: &'a CareerMatch, given: &[usize]) -> Option<&'a Reason> {
    m.because.iter().find(|r| !given.contains(&r.trait_index))
}

#[allow(clippy::too_many_arguments)]
fn match_card(
    model: &Model,
    text: &Messages,
    rank: usize,
    m: &CareerMatch,
    best: &CareerMatch,
    bands: bool,
    given: &[usize],
    home: Option<Home>,
    person: Person,
) -> MatchCard {
    let career = &model.content.careers[m.career];
    let fit = match (bands, band(best, m)) {
        (false, _) => percent_text(text, m),
        (true, Band::Strong) => text.fit_strong().to_owned(),
        (true, Band::Good) => text.fit_good().to_owned(),
        (true, Band::WorthALook) => text.fit_worth_a_look().to_owned(),
    };
    MatchCard {
        id: career.id.clone(),
        rank,
        title: career.title.clone(),
        also_called: (!career.also_known_as.is_empty()).then(|| fill(text.also_called(), &[("names", &career.also_known_as.join(", "))])),
        fit,
        percent: (!bands).then_some(m.percent),
        percent_text: percent_text(text, m),
        tagline: career.tagline.clone(),
        reason: distinct_reason(m, given).map(|r| short_reason_as(model, text, r, person)),
        because: m.because.iter().map(|r| reason_sentence_as(model, text, r, person)).collect(),
        gaps: m.gaps.iter().map(|r| reason_sentence_as(model, text, r, person)).collect(),
        no_gaps: if person == Person::They { text.no_gaps_they() } else { text.no_gaps() },
        pay: pay_line(model, text, m.career, home),
        about: career_link(model, m.career, Some(fill(text.about_career_named(), &[("career", &career.title)]))),
    }
}

/// How many subjects the first step names at most.
const SUBJECTS: usize = 3;

/// The next three steps for `career`: the school subjects it draws on most, where to read about
/// it (the nation's official careers service, or all of them when the nation is not known, its
/// page here, and its professional bodies where our sources name them), and a question to ask a
/// careers adviser.
pub fn steps(model: &Model, text: &Messages, career: usize, home: Option<Home>) -> Steps {
    let c = &model.content.careers[career];
    let mut subjects: Vec<(&str, f64)> = model
        .content
        .traits
        .iter()
        .filter(|t| t.kind == TraitKind::Subject)
        .filter_map(|t| c.subjects.levels.get(&t.id).map(|&level| (t.label.as_str(), level)))
        .collect();
    subjects.sort_by(|a, b| b.1.total_cmp(&a.1));
    let strong: Vec<&str> = subjects.iter().filter(|(_, level)| *level >= 4.0).map(|(label, _)| *label).take(SUBJECTS).collect();
    let named = if strong.is_empty() { subjects.iter().take(2).map(|(label, _)| *label).collect() } else { strong };
    let services = &model.content.nations.careers_service;
    let own = home.and_then(|h| services.iter().find(|s| s.nation == h.id()));
    let service_links: Vec<Link> = match own {
        Some(service) => vec![Link { label: service.label.clone(), href: service_address(model, &service.source) }],
        None => services
            .iter()
            .map(|s| Link { label: format!("{} ({})", s.label, text.region_name(&s.nation)), href: service_address(model, &s.source) })
            .collect(),
    };
    let mut look = match own {
        Some(service) => fill(text.step_look(), &[("service", &service.label)]),
        None => text.step_look_any().to_owned(),
    };
    // The professional bodies our sources name for the student's nation, or for the whole UK.
    let region = home.map_or("uk", |h| if h.is_uk() { "uk" } else { h.id() });
    let nation = home.map(Home::id);
    let mut bodies: Vec<&str> = c
        .routes
        .iter()
        .filter(|r| r.region == region || Some(r.region.as_str()) == nation)
        .flat_map(|r| r.bodies.iter().map(String::as_str))
        .collect();
    bodies.dedup();
    if !bodies.is_empty() {
        look.push(' ');
        look.push_str(&fill(text.count(text.step_bodies(), bodies.len()), &[("bodies", &bodies.join(", "))]));
    }
    let page = Link { label: fill(text.about_career_named(), &[("career", &c.title)]), href: format!("#career/{}", c.id) };
    let step = |kind: &str, text: String, links: Vec<Link>| Step { id: format!("{}:{kind}", c.id), text, links };
    Steps {
        intro: fill(text.steps_intro(), &[("career", &c.title)]),
        steps: vec![
            step("subjects", fill(text.step_subjects(), &[("subjects", &capitalised(&named.join(", ")))]), Vec::new()),
            step("look", look, service_links.into_iter().chain([page]).collect()),
            step("ask", text.step_ask().to_owned(), Vec::new()),
        ],
    }
}

/// A careers service's website: in the browser the source is its address already; natively it
/// is the source's id in `sources.toml`.
fn service_address(model: &Model, source: &str) -> String {
    match model.content.sources.iter().find(|s| s.id == source) {
        Some(s) => s.url.clone().unwrap_or_default(),
        None => source.to_owned(),
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
    let tags = LinkTags { home: at.home, class: at.class.clone(), finished: None };
    let link = share_link_with(&at.quiz, &results.share_code, &tags);
    Keep {
        teacher_link: share_link_with(&at.quiz, &results.share_code, &LinkTags { finished: at.finished.clone(), ..tags }),
        qr: qr(&link),
        printed_code: fill(text.print_code(), &[("code", &results.share_code)]),
        link,
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
