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
use crate::json::push_string;
use crate::json::{self, Value};
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

/// The ranking of `answers`, best first, if they rank.
pub fn ranking(model: &Model, answers: &[Option<u8>]) -> Option<Vec<CareerMatch>> {
    match score(model, answers) {
        Outcome::Ranked { matches, .. } => Some(matches),
        _ => None,
    }
}
