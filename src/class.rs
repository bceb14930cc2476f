//! A class summary for a teacher, from the share links or codes students hand in: how many
//! students, which careers come out on top, and the class's average on every trait. It is worked
//! out in the teacher's browser from the codes alone; no names are in them and nothing is sent.

use crate::content::{Model, TraitKind};
use crate::export::{data_url, push_csv_line};
use crate::html::{push_button, push_element, push_escaped, push_heading, push_tagged, ButtonAction};
use crate::messages::{fill, Messages};
use crate::report::{capitalised, SHARED_PREFIX};
use crate::resume_code::{self, CodeError};
use crate::scoring::{score, trait_scores, Outcome};
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

/// The code in one pasted line: a share link's code, or a code on its own.
fn code_in(line: &str) -> &str {
    match line.find(SHARED_PREFIX) {
        Some(at) => crate::report::shared_parts(&line[at + SHARED_PREFIX.len()..]).0,
        None => line,
    }
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
        let answers = match resume_code::decode(code_in(line), model) {
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
        match score(model, &answers) {
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

/// The teacher's screen: where the links are pasted or a file chosen, and where the summary goes.
/// HTML like the summary: the app draws it in one element and listens there for the form's
/// events, which costs the browser build far less than a view of its own.
pub fn form_html(text: &Messages) -> String {
    let mut out = String::from("<section class=\"card teacher\">\n");
    push_heading(&mut out, text.teacher_heading());
    push_tagged(&mut out, "p", text.teacher_intro());
    out.push_str("<form id=\"class-form\">\n");
    push_tagged(&mut out, "label for=\"class-codes\"", text.teacher_codes_label());
    out.push_str("<textarea id=\"class-codes\" rows=\"8\" spellcheck=\"false\" autocomplete=\"off\"></textarea>\n");
    push_tagged(&mut out, "label for=\"class-file\"", text.teacher_file_label());
    out.push_str("<input id=\"class-file\" type=\"file\" accept=\".txt,.csv,text/plain,text/csv\">\n<div class=\"actions\">");
    push_element(&mut out, "button type=\"submit\" class=\"primary\"", text.teacher_summarise());
    out.push_str("</div>\n</form>\n<div class=\"class-summary\" role=\"region\" aria-label=\"");
    push_escaped(&mut out, text.class_summary_heading());
    out.push_str("\"></div>\n<div class=\"actions\">");
    push_button(&mut out, text.privacy_back(), ButtonAction::Home, false);
    out.push_str("</div>\n</section>\n");
    out
}

/// What the summary says when a chosen file cannot be read.
pub fn unreadable_file_html(text: &Messages) -> String {
    let mut out = String::new();
    push_tagged(&mut out, "p class=\"notice\" role=\"alert\"", text.teacher_file_unreadable());
    out
}

/// Careers that are anyone's top three, most often top first; ties in content order.
fn careers_shown(summary: &ClassSummary) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..summary.top_three.len()).filter(|&c| summary.top_three[c] > 0).collect();
    // A selection, most first: fifteen careers at most.
    let key = |c: usize| (summary.top_match[c], summary.top_three[c]);
    let mut ordered = Vec::new();
    while !shown.is_empty() {
        let best = (0..shown.len()).fold(0, |best, i| if key(shown[i]) > key(shown[best]) { i } else { best });
        ordered.push(shown.remove(best));
    }
    ordered
}

fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The summary as HTML: counts, lines not read, the careers on top and the averages, then a CSV
/// download of the same figures.
pub fn summary_html(model: &Model, text: &Messages, summary: &ClassSummary) -> String {
    let mut out = String::new();
    push_tagged(&mut out, "h2", text.class_summary_heading());
    push_tagged(&mut out, "p class=\"class-count\"", &fill(text.class_students(), &[("count", &summary.students.to_string())]));
    if summary.repeated > 0 {
        push_tagged(&mut out, "p", &fill(text.class_repeated(), &[("count", &summary.repeated.to_string())]));
    }
    if !summary.rejected.is_empty() {
        out.push_str("<div class=\"notice class-rejected\">\n");
        push_tagged(&mut out, "p", text.class_rejected());
        out.push_str("<ul>\n");
        for (line, error) in &summary.rejected {
            let why = text.code_problem(*error);
            push_tagged(&mut out, "li", &fill(text.class_line(), &[("line", &line.to_string()), ("why", why)]));
        }
        out.push_str("</ul>\n");
        let unlisted = summary.rejected_count - summary.rejected.len();
        if unlisted > 0 {
            push_tagged(&mut out, "p", &fill(text.class_rejected_more(), &[("count", &unlisted.to_string())]));
        }
        out.push_str("</div>\n");
    }
    if summary.students == 0 {
        return out;
    }
    if summary.unranked > 0 {
        push_tagged(&mut out, "p", &fill(text.class_unranked(), &[("count", &summary.unranked.to_string())]));
    }

    push_tagged(&mut out, "h3", text.class_top_heading());
    out.push_str("<table class=\"class-top\">\n");
    push_tagged(&mut out, "caption", text.class_top_caption());
    out.push_str("<thead><tr>");
    for heading in [text.class_career(), text.class_top_match(), text.class_top_three()] {
        push_element(&mut out, "th scope=\"col\"", heading);
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for c in careers_shown(summary) {
        out.push_str("<tr data-career=\"");
        push_escaped(&mut out, &model.content.careers[c].id);
        out.push_str("\">");
        push_element(&mut out, "th scope=\"row\"", &model.content.careers[c].title);
        push_element(&mut out, "td", &summary.top_match[c].to_string());
        push_element(&mut out, "td", &summary.top_three[c].to_string());
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");

    push_tagged(&mut out, "h3", text.class_averages_heading());
    push_tagged(&mut out, "p", text.class_averages_intro());
    let kinds = [
        (TraitKind::Interest, text.chart_interests()),
        (TraitKind::WorkStyle, text.class_work_styles()),
        (TraitKind::Subject, text.class_subjects()),
        (TraitKind::Condition, text.class_conditions()),
    ];
    for (kind, heading) in kinds {
        out.push_str("<table class=\"class-averages\">\n");
        push_tagged(&mut out, "caption", heading);
        out.push_str("<thead><tr>");
        for heading in [text.chart_area(), text.class_average(), text.class_answered()] {
            push_element(&mut out, "th scope=\"col\"", heading);
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for (t, average) in summary.averages.iter().enumerate().filter(|(t, _)| model.content.traits[*t].kind == kind) {
            out.push_str("<tr data-trait=\"");
            push_escaped(&mut out, &model.content.traits[t].id);
            out.push_str("\">");
            push_element(&mut out, "th scope=\"row\"", &capitalised(&model.content.traits[t].label));
            let (mean, count) = average.map_or(("–".to_owned(), 0), |(mean, count)| (one_decimal(mean), count));
            push_element(&mut out, "td", &mean);
            push_element(&mut out, "td", &count.to_string());
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("<p><a class=\"button\" download=\"class-summary.csv\" href=\"");
    push_escaped(&mut out, &data_url("text/csv", &summary_csv(model, text, summary)));
    out.push_str("\">");
    push_escaped(&mut out, text.class_download());
    out.push_str("</a></p>\n");
    out
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
