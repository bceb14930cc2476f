//! The class register for a teacher, from the share links or codes students hand in, each with
//! the student's name before it if the teacher has one: a row per student (top careers, interest
//! code, answers given, class, when they finished), who has not handed in, which careers come out
//! on top, and the class's average on every trait. It is worked out in the teacher's browser; the
//! names are typed by the students or the teacher, never packed into a link, and nothing is sent.

use crate::content::Model;
use crate::export::push_csv_line;
use crate::messages::Messages;
use crate::report::{shared_parts, LinkTags, SHARED_PREFIX};
use crate::resume_code::{self, CodeError};
use crate::scoring::{score_with, sort_stable, trait_scores, Detail, Outcome};
use std::collections::BTreeMap;

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
    /// Distinct students read.
    pub students: usize,
    /// The first [`REJECTED_LISTED`] lines that held no readable code: line number (from 1) and why.
    pub rejected: Vec<(usize, CodeError)>,
    /// How many lines held no readable code, all told.
    pub rejected_count: usize,
    /// Lines merged into a student already counted (the same link twice, or the same name).
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

/// A line's parts: the name or initials before the link (empty when there is none), the
/// answers' code, and what the link says after it (where the student lives, their class, when
/// they finished).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledLink<'a> {
    pub label: &'a str,
    pub code: &'a str,
    pub tags: LinkTags,
}

/// One line a teacher pastes or an adviser's file holds: a share link or code, with the
/// student's name or initials before it if the line has one ("Mia Jones, LINK",
/// "Mia Jones<TAB>LINK", "Mia: LINK", "Mia – LINK" as "Send to my teacher" writes it, or a
/// spreadsheet's CSV row). The code is the line's last word: codes and links hold no space, tab,
/// comma or semicolon.
pub fn labelled_link(line: &str) -> LabelledLink<'_> {
    let line = line.trim();
    let at = line.char_indices().rev().find(|&(_, c)| c == ',' || c == ';' || c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let (label, code) = line.split_at(at);
    let label = label.trim_end_matches(|c: char| matches!(c, ',' | ';' | ':' | '-' | '–' | '—') || c.is_whitespace());
    let code = unquoted(code);
    let (code, tags) = match code.find(SHARED_PREFIX) {
        Some(at) => shared_parts(&code[at + SHARED_PREFIX.len()..]),
        None => (code, LinkTags::default()),
    };
    LabelledLink { label: unquoted(label.trim()), code, tags }
}

/// [`labelled_link`]'s label and code.
pub fn labelled_code(line: &str) -> (&str, &str) {
    let link = labelled_link(line);
    (link.label, link.code)
}

/// A CSV field without the quotes around it.
fn unquoted(text: &str) -> &str {
    text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(text)
}

/// Whether a student's answers rank careers, and if not, why: the `status` of a row in
/// `score batch --format csv` and in the class register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Ranked,
    TooFewAnswers,
    FlatPattern,
    MostlyNotSure,
}

impl Status {
    pub fn of(outcome: &Outcome) -> Status {
        match outcome {
            Outcome::Ranked { .. } => Status::Ranked,
            Outcome::TooFewAnswers { .. } => Status::TooFewAnswers,
            Outcome::FlatPattern => Status::FlatPattern,
            Outcome::MostlyNotSure { .. } => Status::MostlyNotSure,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Status::Ranked => "ranked",
            Status::TooFewAnswers => "too_few_answers",
            Status::FlatPattern => "flat_pattern",
            Status::MostlyNotSure => "mostly_not_sure",
        }
    }
}

/// How many careers a student's row in the register names.
pub const ROW_CAREERS: usize = 3;

/// One student in the class register: what their line said and what their answers come to.
#[derive(Debug, Clone, PartialEq)]
pub struct StudentResult {
    /// The line it was read from (from 1); for students merged, the line kept.
    pub line: usize,
    /// The name or initials the line gave, as given; empty when it gave none.
    pub name: String,
    pub class: Option<String>,
    /// When the student finished (`YYYY-MM-DDTHH:MM`, their device's time), if the link says.
    pub finished: Option<String>,
    pub answers: Vec<Option<u8>>,
    pub answered: usize,
    pub status: Status,
    /// The top careers (content indices), best first; empty without a ranking.
    pub top: Vec<usize>,
    /// The interest code in RIASEC letters, when the interests give one.
    pub interest_code: Option<String>,
}

/// Lines that were the same student, merged into one row, as the teacher is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merge {
    /// The same answers on `line` as on line `first`: the same link or code pasted again.
    SameAnswers { line: usize, first: usize },
    /// The same name on several lines, with different answers: the one on line `kept` is shown
    /// (the one that finished last where the links say, else the one furthest down).
    SameName { name: String, lines: Vec<usize>, kept: usize },
}

/// Everything read from what the teacher pasted.
#[derive(Debug, Clone, PartialEq)]
pub struct Register {
    /// One per student, in the order their lines came.
    pub students: Vec<StudentResult>,
    pub merged: Vec<Merge>,
    /// The class tag most of the links carry; a link with another is flagged.
    pub usual_class: Option<String>,
    /// Each class tag the links carry, with how many students, most first.
    pub classes: Vec<(String, usize)>,
    pub summary: ClassSummary,
}

/// A name as compared: its words, in order of the alphabet and with ASCII capitals lowered, so
/// that "Jones, Mia" and "mia  JONES" are the same name. (Lowering every capital, "Ŵ" too, would
/// bring Unicode's case tables into the wasm: +5 KB.)
pub fn name_words(name: &str) -> Vec<String> {
    let separator = |c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\'' && c != '-');
    let mut words: Vec<String> = name.split(separator).filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
    sort_stable(&mut words, Ord::cmp);
    words
}

/// Reads every non-blank line of `pasted` as one student's share link or code, with or without
/// a name before it, and scores each student once. Never panics.
pub fn register(model: &Model, pasted: &str) -> Register {
    let mut students: Vec<StudentResult> = Vec::new();
    let mut merged: Vec<Merge> = Vec::new();
    let (mut rejected, mut rejected_count, mut repeated) = (Vec::new(), 0, 0);
    // Both keyed by bytes, so the wasm holds one kind of map (each kind costs a few KB).
    let answers_key = |answers: &[Option<u8>]| answers.iter().map(|a| a.unwrap_or(0)).collect::<Vec<u8>>();
    let mut by_answers: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
    let mut by_name: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
    for (n, line) in pasted.lines().enumerate() {
        let line_number = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let link = labelled_link(line);
        let answers = match resume_code::decode(link.code, model) {
            Ok(resumed) => resumed.answers,
            Err(error) => {
                rejected_count += 1;
                if rejected.len() < REJECTED_LISTED {
                    rejected.push((line_number, error));
                }
                continue;
            }
        };
        let words = name_words(link.label).join(" ").into_bytes();
        if let Some(&at) = by_answers.get(&answers_key(&answers)) {
            repeated += 1;
            merged.push(Merge::SameAnswers { line: line_number, first: students[at].line });
            if students[at].name.is_empty() {
                students[at].name = link.label.to_owned();
                if !words.is_empty() {
                    by_name.entry(words).or_insert(at);
                }
            }
            continue;
        }
        let student = StudentResult {
            line: line_number,
            name: link.label.to_owned(),
            class: link.tags.class,
            finished: link.tags.finished,
            answered: answers.iter().flatten().count(),
            answers,
            status: Status::TooFewAnswers,
            top: Vec::new(),
            interest_code: None,
        };
        match by_name.get(&words).copied().filter(|_| !words.is_empty()) {
            Some(at) => {
                repeated += 1;
                let earlier = &students[at];
                // The later result wins: by the time finished where both links say, else the line.
                let newer = match (&student.finished, &earlier.finished) {
                    (Some(this), Some(that)) => this >= that,
                    _ => true,
                };
                let kept = if newer { student.line } else { earlier.line };
                let lines_before = match merged.iter().position(|m| matches!(m, Merge::SameName { kept, .. } if *kept == earlier.line)) {
                    Some(i) => match merged.remove(i) {
                        Merge::SameName { lines, .. } => lines,
                        Merge::SameAnswers { .. } => unreachable!("matched a name"),
                    },
                    None => vec![earlier.line],
                };
                let mut lines = lines_before;
                lines.push(student.line);
                merged.push(Merge::SameName { name: student.name.clone(), lines, kept });
                by_answers.insert(answers_key(&student.answers), at);
                if newer {
                    students[at] = student;
                }
            }
            None => {
                by_answers.insert(answers_key(&student.answers), students.len());
                if !words.is_empty() {
                    by_name.insert(words, students.len());
                }
                students.push(student);
            }
        }
    }
    let careers = model.content.careers.len();
    let traits = model.content.traits.len();
    let mut summary = ClassSummary {
        students: students.len(),
        rejected,
        rejected_count,
        repeated,
        unranked: 0,
        top_match: vec![0; careers],
        top_three: vec![0; careers],
        averages: vec![None; traits],
    };
    let mut sums = vec![(0.0, 0usize); traits];
    for student in &mut students {
        let scores = trait_scores(model, &student.answers);
        for (sum, score) in sums.iter_mut().zip(&scores) {
            if let Some(score) = score {
                sum.0 += (score + 1.0) * 50.0;
                sum.1 += 1;
            }
        }
        // Only the ranking: the register shows no reasons.
        let outcome = score_with(model, &student.answers, Detail::Ranking);
        student.status = Status::of(&outcome);
        match outcome {
            Outcome::Ranked { matches, .. } => {
                summary.top_match[matches[0].career] += 1;
                student.top = matches.iter().take(ROW_CAREERS).map(|m| m.career).collect();
                for &career in &student.top {
                    summary.top_three[career] += 1;
                }
            }
            _ => summary.unranked += 1,
        }
        student.interest_code = crate::report::interest_code_letters(model, &student.answers);
    }
    summary.averages = sums.into_iter().map(|(sum, count)| (count > 0).then(|| (sum / count as f64, count))).collect();
    let mut classes: Vec<(String, usize)> = Vec::new();
    for class in students.iter().filter_map(|s| s.class.as_deref()) {
        match classes.iter_mut().find(|(c, _)| c == class) {
            Some((_, n)) => *n += 1,
            None => classes.push((class.to_owned(), 1)),
        }
    }
    // Most students first; ties in order of the alphabet.
    sort_stable(&mut classes, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let usual_class = classes.first().map(|(c, _)| c.clone());
    Register { students, merged, usual_class, classes, summary }
}

/// Who has not handed in: the names on the teacher's register (one a line) that no student's
/// line matches, in the register's order, and the students' names that are not on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Missing {
    pub missing: Vec<String>,
    /// How many names the list holds.
    pub listed: usize,
    pub not_on_register: Vec<String>,
    /// Students whose line gave no name, who cannot be matched.
    pub unnamed: usize,
}

/// Matches the students to the register's names. A student's name matches a register name with
/// the same words in any order ("Jones, Mia" is "Mia Jones"), or with some of its words when no
/// other name on the register has them too ("Mia" is "Mia Jones" if there is one Mia).
pub fn missing(register_text: &str, students: &[StudentResult]) -> Missing {
    let names: Vec<(&str, Vec<String>)> = register_text
        .lines()
        .map(|l| unquoted(l.trim().trim_end_matches(',')).trim())
        .filter(|l| !l.is_empty())
        .map(|l| (l, name_words(l)))
        .collect();
    let mut handed_in = vec![false; names.len()];
    let mut out = Missing::default();
    let has_all = |of: &[String], words: &[String]| words.iter().all(|w| of.contains(w));
    for student in students {
        let words = name_words(&student.name);
        if words.is_empty() {
            out.unnamed += 1;
            continue;
        }
        let exact: Vec<usize> = (0..names.len()).filter(|&i| names[i].1 == words).collect();
        let partial: Vec<usize> = (0..names.len()).filter(|&i| has_all(&names[i].1, &words)).collect();
        let matched = if exact.is_empty() { partial } else { exact };
        if matched.len() == 1 || (!matched.is_empty() && matched.iter().all(|&i| names[i].1 == words)) {
            for i in matched {
                handed_in[i] = true;
            }
        } else {
            out.not_on_register.push(student.name.clone());
        }
    }
    out.listed = names.len();
    out.missing = names.iter().zip(handed_in).filter(|(_, handed)| !handed).map(|((name, _), _)| (*name).to_owned()).collect();
    out
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
