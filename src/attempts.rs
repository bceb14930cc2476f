//! Earlier attempts: when a student starts again after getting results, their answers are kept on
//! the device (the newest [`KEPT`]), so they can see how their matches changed. Kept under a key
//! of their own beside the progress:
//!
//! ```json
//! {"version":1,"attempts":[{"date":"2026-11-22","code":"XXXX-XXXX-…"}]}
//! ```
//! newest first, each attempt's answers as their share code (`resume_code`). Decoding never
//! panics; an entry that cannot be read (another version of the questions) is left out.

use crate::content::Model;
use crate::html::{push_button, push_element, push_escaped, push_heading, push_tagged, ButtonAction};
use crate::json::push_string;
use crate::json::{self, Value};
use crate::messages::{fill, Messages};
use crate::report::{interest_code_text, percent_text};
use crate::resume_code;
use crate::scoring::{score, CareerMatch, Outcome};

/// How many earlier attempts are kept; the oldest goes first.
pub const KEPT: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// `YYYY-MM-DD`, when the student started again.
    pub date: String,
    pub answers: Vec<Option<u8>>,
}

/// Adds `attempt` as the newest, unless its answers are those of the newest already; keeps
/// [`KEPT`] at most.
pub fn record(attempts: &mut Vec<Attempt>, attempt: Attempt) {
    if attempts.first().is_some_and(|newest| newest.answers == attempt.answers) {
        return;
    }
    attempts.insert(0, attempt);
    attempts.truncate(KEPT);
}

pub fn encode(model: &Model, attempts: &[Attempt]) -> String {
    let mut out = String::from("{\"version\":1,\"attempts\":[");
    for (n, attempt) in attempts.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        out.push_str("{\"date\":");
        push_string(&mut out, &attempt.date);
        out.push_str(",\"code\":");
        push_string(&mut out, &resume_code::encode(model, &attempt.answers, 0));
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// The attempts in `text`, newest first; whatever cannot be read is left out.
pub fn decode(model: &Model, text: &str) -> Vec<Attempt> {
    let Some(value) = json::parse(text) else { return Vec::new() };
    let Some(list) = value.get("attempts").and_then(Value::as_array) else { return Vec::new() };
    let read = |entry: &Value| {
        let date = entry.get("date")?.as_str()?;
        // A date as this module writes it, and nothing longer: it is shown on screen.
        let well_formed = date.len() == 10 && date.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        let answers = resume_code::decode(entry.get("code")?.as_str()?, model).ok()?.answers;
        well_formed.then(|| Attempt { date: date.to_owned(), answers })
    };
    list.iter().filter_map(read).take(KEPT).collect()
}

fn ranking(model: &Model, answers: &[Option<u8>]) -> Option<Vec<CareerMatch>> {
    match score(model, answers) {
        Outcome::Ranked { matches, .. } => Some(matches),
        _ => None,
    }
}

/// "Your earlier attempts" on the results: each with its date, its top match and a link to set
/// it beside the answers now (`#attempt/N`, 1 the newest).
pub fn history_html(model: &Model, text: &Messages, attempts: &[Attempt]) -> String {
    let mut out = String::new();
    if attempts.is_empty() {
        return out;
    }
    out.push_str("<section class=\"attempts\">\n");
    push_tagged(&mut out, "h2", text.attempts_heading());
    push_tagged(&mut out, "p", &fill(text.count(text.attempts_intro(), KEPT), &[("kept", &KEPT.to_string())]));
    out.push_str("<ul>\n");
    for (n, attempt) in attempts.iter().enumerate() {
        let top = ranking(model, &attempt.answers).and_then(|m| m.into_iter().next());
        let line = match &top {
            Some(m) => fill(
                text.attempts_item(),
                &[("date", &attempt.date), ("career", &model.content.careers[m.career].title), ("match", &percent_text(text, m))],
            ),
            None => fill(text.attempts_item_unranked(), &[("date", &attempt.date)]),
        };
        out.push_str("<li>");
        push_escaped(&mut out, &line);
        out.push_str(" <a href=\"#attempt/");
        out.push_str(&(n + 1).to_string());
        out.push_str("\">");
        push_escaped(&mut out, text.attempts_compare());
        out.push_str("</a></li>\n");
    }
    out.push_str("</ul>\n</section>\n");
    out
}

/// An earlier attempt beside the answers now: the matches then and now for every career in
/// either top five, and the interest code then and now. `attempt` is `None` when the address
/// names one that is not on this device.
pub fn comparison_html(model: &Model, text: &Messages, attempt: Option<&Attempt>, now: &[Option<u8>]) -> String {
    let mut out = String::from("<section class=\"card attempt\">\n");
    push_heading(&mut out, text.attempt_heading());
    match attempt {
        None => push_tagged(&mut out, "p", text.attempt_missing()),
        Some(attempt) => push_then_and_now(&mut out, model, text, attempt, now),
    }
    out.push_str("<div class=\"actions\">");
    push_button(&mut out, text.back_to_results(), ButtonAction::Results, true);
    out.push_str("</div>\n</section>\n");
    out
}

fn push_then_and_now(out: &mut String, model: &Model, text: &Messages, attempt: &Attempt, now: &[Option<u8>]) {
    push_tagged(out, "p", &fill(text.attempt_intro(), &[("date", &attempt.date)]));
    let code = |answers: &[Option<u8>]| interest_code_text(model, text, answers).map_or_else(|| "–".to_owned(), |(code, _)| code);
    let (code_then, code_now) = (code(&attempt.answers), code(now));
    push_tagged(out, "p class=\"interest-codes\"", &fill(text.attempt_codes(), &[("then", &code_then), ("now", &code_now)]));
    let (then, now) = (ranking(model, &attempt.answers).unwrap_or_default(), ranking(model, now).unwrap_or_default());
    // Every career in either top five, in today's order, then those only the earlier one had.
    let mut careers: Vec<usize> = now.iter().take(5).map(|m| m.career).collect();
    for m in then.iter().take(5) {
        if !careers.contains(&m.career) {
            careers.push(m.career);
        }
    }
    out.push_str("<table class=\"then-now\">\n");
    push_tagged(out, "caption", &fill(text.attempt_caption(), &[("date", &attempt.date)]));
    out.push_str("<thead><tr>");
    for heading in [text.attempt_career(), attempt.date.as_str(), text.attempt_now(), text.attempt_change()] {
        push_element(out, "th scope=\"col\"", heading);
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let percent = |ranking: &[CareerMatch], c: usize| ranking.iter().find(|m| m.career == c).map(|m| m.percent);
    for c in careers {
        let (before, after) = (percent(&then, c), percent(&now, c));
        out.push_str("<tr data-career=\"");
        push_escaped(out, &model.content.careers[c].id);
        out.push_str("\">");
        push_element(out, "th scope=\"row\"", &model.content.careers[c].title);
        let shown =
            |p: Option<u8>| p.map_or_else(|| text.attempt_not_ranked().to_owned(), |p| fill(text.match_percent(), &[("percent", &p.to_string())]));
        push_element(out, "td", &shown(before));
        push_element(out, "td", &shown(after));
        let change = match (before, after) {
            (Some(b), Some(a)) if a > b => fill(text.attempt_up(), &[("points", &(a - b).to_string())]),
            (Some(b), Some(a)) if a < b => fill(text.attempt_down(), &[("points", &(b - a).to_string())]),
            (Some(_), Some(_)) => text.attempt_same().to_owned(),
            _ => String::new(),
        };
        push_element(out, "td", &change);
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}
