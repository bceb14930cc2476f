//! A class summary for a teacher, from the share links or codes students hand in: how many
//! students, which careers come out on top, and the class's average on every trait. It is worked
//! out in the teacher's browser from the codes alone; no names are in them and nothing is sent.

use crate::content::Model;
use crate::export::push_csv_line;
use crate::messages::Messages;
use crate::report::SHARED_PREFIX;
use crate::resume_code::{self, CodeError};
use crate::scoring::{score_with, trait_scores, Detail, Outcome};
use std::collections::BTreeSet;

/// How many unreadable lines the summary names; the rest are counted.
pub const REJECTED_LISTED: usize = 20;
/// The largest file a teacher's summary reads: a class's links take a few KB, so anything much
/// larger is not a list of links.
pub const FILE_LIMIT: u64 = 1 << 20;

/// Whether a chosen file can be a list of links: no larger than [`FILE_LIMIT`], and text
/// (a NUL, or the replacement character that a file not in UTF-8 reads with, says it is not).
pub fn readable_file(size: u64, text: &str) -> bool {
    size <= FILE_LIMIT && !text.contains(['\0', '\u{FFFD}'])
}

/// The summary of the lines pasted in.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassSummary {
    /// Distinct codes read.
    pub students: usize,
    /// The first [`REJECTED_LISTED`] lines that held no readable code: line number (from 1) and why.
    pub rejected: Vec<(usize, CodeError)>,
    /// How many lines held no readable code, all told.
    pub rejected_count: usize,
    /// Lines that repeated a code already counted (the same link pasted twice).
    pub repeated: usize,
    /// Students whose answers were too few or too uniform to rank careers.
    pub unranked: usize,
    /// Per career (content order): how many students have it as their top match.
    pub top_match: Vec<usize>,
    /// Per career: how many students have it among their top three.
    pub top_three: Vec<usize>,
    /// Per trait (content order): the class's mean score, 0–100, and how many students answered
    /// a question on it; `None` when nobody did.
    pub averages: Vec<Option<(f64, usize)>>,
}

/// One line a teacher pastes or an adviser's file holds: a share link or code, with the
/// student's name or initials before it if the line has one ("Mia Jones, LINK",
/// "Mia Jones<TAB>LINK", "Mia: LINK", or a spreadsheet's CSV row). Returns the label (empty
/// when there is none) and the code, out of its link if it is one. The code is the line's last
/// word: codes and links hold no space, tab, comma or semicolon.
pub fn labelled_code(line: &str) -> (&str, &str) {
    let line = line.trim();
    let at = line.char_indices().rev().find(|&(_, c)| c == ',' || c == ';' || c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let (label, code) = line.split_at(at);
    let label = label.trim_end_matches(|c: char| c == ',' || c == ';' || c == ':' || c.is_whitespace());
    let code = unquoted(code);
    let code = match code.find(SHARED_PREFIX) {
        Some(at) => crate::report::shared_parts(&code[at + SHARED_PREFIX.len()..]).0,
        None => code,
    };
    (unquoted(label.trim()), code)
}

/// A CSV field without the quotes around it.
fn unquoted(text: &str) -> &str {
    text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text)
}

/// Reads every non-blank line of `pasted` as one student's share link or code. Never panics.
pub fn summarise(model: &Model, pasted: &str) -> ClassSummary {
    let careers = model.content.careers.len();
    let traits = model.content.traits.len();
    let mut summary = ClassSummary {
        students: 0,
        rejected: Vec::new(),
        rejected_count: 0,
        repeated: 0,
        unranked: 0,
        top_match: vec![0; careers],
        top_three: vec![0; careers],
        averages: vec![None; traits],
    };
    let mut seen: BTreeSet<Vec<Option<u8>>> = BTreeSet::new();
    let mut sums = vec![(0.0, 0usize); traits];
    for (n, line) in pasted.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let answers = match resume_code::decode(labelled_code(line).1, model) {
            Ok(resumed) => resumed.answers,
            Err(error) => {
                summary.rejected_count += 1;
                if summary.rejected.len() < REJECTED_LISTED {
                    summary.rejected.push((n + 1, error));
                }
                continue;
            }
        };
        if seen.contains(&answers) {
            summary.repeated += 1;
            continue;
        }
        summary.students += 1;
        for (sum, score) in sums.iter_mut().zip(trait_scores(model, &answers)) {
            if let Some(score) = score {
                sum.0 += (score + 1.0) * 50.0;
                sum.1 += 1;
            }
        }
        // Only the ranking: the summary shows no reasons.
        match score_with(model, &answers, Detail::Ranking) {
            Outcome::Ranked { matches, .. } => {
                summary.top_match[matches[0].career] += 1;
                for m in matches.iter().take(3) {
                    summary.top_three[m.career] += 1;
                }
            }
            _ => summary.unranked += 1,
        }
        seen.insert(answers);
    }
    summary.averages = sums.into_iter().map(|(sum, count)| (count > 0).then(|| (sum / count as f64, count))).collect();
    summary
}

/// A class average as shown and written: one decimal place.
pub fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The summary as CSV, one figure per line under `record,id,name,value`: `class` (students,
/// repeated, unranked, lines not read), `top_match` and `top_three` per career, `average` per
/// trait (0–100, blank when nobody answered) with `answered` beside it.
pub fn summary_csv(model: &Model, text: &Messages, summary: &ClassSummary) -> String {
    let mut out = String::from("record,id,name,value\r\n");
    for (id, name, value) in [
        ("students", text.csv_students(), summary.students),
        ("repeated", text.csv_repeated(), summary.repeated),
        ("unranked", text.csv_unranked(), summary.unranked),
        ("not_read", text.csv_not_read(), summary.rejected_count),
    ] {
        push_csv_line(&mut out, ["class", id, name, &value.to_string()]);
    }
    for (record, counts) in [("top_match", &summary.top_match), ("top_three", &summary.top_three)] {
        for (career, count) in model.content.careers.iter().zip(counts.iter()) {
            push_csv_line(&mut out, [record, &career.id, &career.title, &count.to_string()]);
        }
    }
    for (t, average) in model.content.traits.iter().zip(&summary.averages) {
        let (mean, count) = average.map_or((String::new(), 0), |(mean, count)| (one_decimal(mean), count));
        push_csv_line(&mut out, ["average", &t.id, &t.label, &mean]);
        push_csv_line(&mut out, ["answered", &t.id, &t.label, &count.to_string()]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::labelled_code;

    #[test]
    fn a_line_may_carry_a_name_before_its_link_or_code() {
        let link = "https://school.example/quiz/#shared/ABCD-EFGH/wales";
        assert_eq!(labelled_code(link), ("", "ABCD-EFGH"));
        assert_eq!(labelled_code("  ABCD-EFGH  "), ("", "ABCD-EFGH"));
        assert_eq!(labelled_code(&format!("Mia Jones, {link}")), ("Mia Jones", "ABCD-EFGH"));
        assert_eq!(labelled_code(&format!("Rhys Evans\t{link}")), ("Rhys Evans", "ABCD-EFGH"));
        assert_eq!(labelled_code(&format!("Mia: {link}")), ("Mia", "ABCD-EFGH"));
        assert_eq!(labelled_code(&format!("\"Jones, Mia\",\"{link}\"")), ("Jones, Mia", "ABCD-EFGH"));
        assert_eq!(labelled_code("MJ;ABCD-EFGH"), ("MJ", "ABCD-EFGH"));
        // A separator of more than one byte (an ideographic space) is a separator too.
        assert_eq!(labelled_code("Mia\u{3000}ABCD-EFGH"), ("Mia", "ABCD-EFGH"));
    }
}
