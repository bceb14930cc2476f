//! A student's answers and matches as files to keep: JSON for another program, CSV for a
//! spreadsheet. Both are made in the browser and offered as `data:` links, so nothing is sent.
//!
//! JSON (`"format":"career-quiz-results","version":1`):
//! `{"format":…,"version":1,"date":"2026-11-22","share_code":"…","interest_code":"RIC",
//! "answers":{"QUESTION_ID":1..5,…},"matches":[{"rank":1,"career":"ID","title":"…","match":0..100},…]}`
//!
//! CSV, one record per line under the header `record,rank,id,text,value`: `quiz` lines (date,
//! share code, interest code), a `match` line per career, best first, and an `answer` line per
//! question answered, with the question's text and the answer 1–5.

use crate::content::Model;
use crate::json::{push_answers, push_string};
use crate::messages::Messages;
use crate::report::interest_code_text;
use crate::resume_code;
use crate::scoring::CareerMatch;

/// What goes into the files, with the codes worked out once for both.
pub struct Results<'a> {
    model: &'a Model,
    answers: &'a [Option<u8>],
    /// Ranked, best first.
    matches: &'a [CareerMatch],
    /// `YYYY-MM-DD`.
    date: &'a str,
    /// The answers' code, as a share link carries it.
    pub share_code: String,
    /// RIASEC letters, empty when there is no code to tell.
    interest_code: String,
}

impl<'a> Results<'a> {
    pub fn new(model: &'a Model, answers: &'a [Option<u8>], matches: &'a [CareerMatch], date: &'a str) -> Results<'a> {
        // The sentence needs messages; only the letters are kept, so any catalogue will do.
        let interest_code = interest_code_text(model, &crate::messages::EN, answers).map(|(code, _)| code).unwrap_or_default();
        Results { model, answers, matches, date, share_code: resume_code::encode(model, answers, 0), interest_code }
    }
}

pub fn json(results: &Results) -> String {
    let model = results.model;
    let mut out = String::from("{\"format\":\"career-quiz-results\",\"version\":1,\"date\":");
    push_string(&mut out, results.date);
    out.push_str(",\"share_code\":");
    push_string(&mut out, &results.share_code);
    out.push_str(",\"interest_code\":");
    push_string(&mut out, &results.interest_code);
    out.push_str(",\"answers\":");
    push_answers(&mut out, model, results.answers);
    out.push_str(",\"matches\":[");
    for (rank, m) in results.matches.iter().enumerate() {
        if rank > 0 {
            out.push(',');
        }
        let career = &model.content.careers[m.career];
        out.push_str(&format!("{{\"rank\":{},\"career\":", rank + 1));
        push_string(&mut out, &career.id);
        out.push_str(",\"title\":");
        push_string(&mut out, &career.title);
        out.push_str(&format!(",\"match\":{}}}", m.percent));
    }
    out.push_str("]}");
    out
}

pub fn csv(results: &Results, text: &Messages) -> String {
    let model = results.model;
    let mut out = String::from("record,rank,id,text,value\r\n");
    for (id, label, value) in [
        ("date", text.csv_date(), results.date),
        ("share_code", text.csv_share_code(), results.share_code.as_str()),
        ("interest_code", text.csv_interest_code(), results.interest_code.as_str()),
    ] {
        push_csv_line(&mut out, ["quiz", "", id, label, value]);
    }
    for (rank, m) in results.matches.iter().enumerate() {
        let career = &model.content.careers[m.career];
        push_csv_line(&mut out, ["match", &(rank + 1).to_string(), &career.id, &career.title, &m.percent.to_string()]);
    }
    for (question, answer) in model.content.questions.iter().zip(results.answers) {
        if let Some(answer) = answer {
            push_csv_line(&mut out, ["answer", "", &question.id, &question.text, &answer.to_string()]);
        }
    }
    out
}

/// One CSV line (RFC 4180): fields quoted when they hold a comma, a quote or a line break. A
/// field that a spreadsheet would run as a formula (one starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return, and not a number) is written with `'` in front, so that a name typed as
/// `=HYPERLINK(…)` opens as text.
pub fn push_csv_line<const N: usize>(out: &mut String, fields: [&str; N]) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_csv_field(out, field);
    }
    out.push_str("\r\n");
}

/// One field of a CSV line, quoted or guarded as [`push_csv_line`] says.
pub fn push_csv_field(out: &mut String, field: &str) {
    let formula = matches!(field.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) && !is_number(field);
    let quoted = field.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quoted {
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// A plain decimal such as `-0.5` or `+3`, which a spreadsheet reads as a number, not a formula.
/// By hand: `str::parse::<f64>` would bring the float parser into the wasm (about 14 KB).
fn is_number(field: &str) -> bool {
    let digits = field.strip_prefix(['-', '+']).unwrap_or(field);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty() && !fraction.is_empty() && whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
}

/// A `data:` address holding `body`, percent-encoded, for a download link.
pub fn data_url(media_type: &str, body: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut url = format!("data:{media_type};charset=utf-8,");
    for byte in body.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push('%');
            url.push(char::from(HEX[usize::from(byte >> 4)]));
            url.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    url
}

#[cfg(test)]
mod formula_guard {
    use super::push_csv_line;

    #[test]
    fn a_field_a_spreadsheet_would_run_gets_a_quote_in_front_and_numbers_stay_numbers() {
        let mut out = String::new();
        push_csv_line(&mut out, ["-0.5", "+3", "12", "-Mia", "=1+1", "@SUM(A1)", "\tx", "=a,b", "-", "1.", ".5"]);
        assert_eq!(out, "-0.5,+3,12,'-Mia,'=1+1,'@SUM(A1),'\tx,\"'=a,b\",'-,1.,.5\r\n");
    }
}
