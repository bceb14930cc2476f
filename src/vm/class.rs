//! The teacher's class register as shown: the counts, the lines merged and not read, a row per
//! student (sortable), who is missing, the careers on top, the class's averages by kind of trait,
//! and CSV downloads of the table and of the figures.

use crate::class::{missing, summary_csv, ClassSummary, Merge, Register, Status, StudentResult, ROW_CAREERS};
use crate::content::{Model, TraitKind};
use crate::export::data_url;
use crate::export::push_csv_line;
use crate::messages::{fill, Messages};
use crate::report::capitalised;
use crate::scoring::sort_stable;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassView {
    pub students: String,
    pub repeated: Option<String>,
    /// "Line 3: …", for each line named; then how many more were not read, if any.
    pub rejected: Vec<String>,
    pub rejected_more: Option<String>,
    /// The rest is shown only when there are students.
    pub unranked: Option<String>,
    pub top: Vec<TopRow>,
    /// Interests, work styles, subjects and working conditions, each a table under its caption.
    pub averages: Vec<(&'static str, Vec<AverageRow>)>,
    /// The CSV download, as a `data:` address; `None` without students.
    pub csv: Option<String>,
    /// "Line 7 repeats line 3…", one for each merge.
    pub merged: Vec<String>,
    /// The class tags the links carry, when more than one, or the teacher's class differs.
    pub classes: Option<String>,
    /// One per student, in the order of their lines; see [`sort_rows`].
    pub rows: Vec<StudentRow>,
    /// Who has not handed in, when the teacher gave their list.
    pub missing: Option<MissingView>,
    /// The table as CSV, its columns the table's; `None` without students.
    pub rows_csv: Option<String>,
}

/// A student's row in the table.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StudentRow {
    /// The line it came from: its key, and the order "as pasted".
    pub line: usize,
    /// The name given, or "No name (line 4)".
    pub name: String,
    /// Whether the line gave a name (rows without one sort last by name).
    pub named: bool,
    /// The class tag, or empty.
    pub class: String,
    /// Set when the class is not the teacher's (or most links') class: said beside it.
    pub other_class: Option<String>,
    /// The top careers' titles, best first; or, without a ranking, why, in one item.
    pub careers: Vec<String>,
    pub ranked: bool,
    pub interest_code: String,
    /// "47/50".
    pub answered: String,
    pub answered_count: usize,
    /// "2026-12-02 10:15", or empty when the link does not say.
    pub finished: String,
}

/// The table's columns, which the teacher can sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Class,
    Careers,
    InterestCode,
    Answered,
    Finished,
}

impl Column {
    pub const ALL: [Column; 6] = [Column::Name, Column::Class, Column::Careers, Column::InterestCode, Column::Answered, Column::Finished];

    pub fn heading(self, text: &Messages) -> &'static str {
        match self {
            Column::Name => text.class_col_name(),
            Column::Class => text.class_col_class(),
            Column::Careers => text.class_col_careers(),
            Column::InterestCode => text.csv_interest_code(),
            Column::Answered => text.class_col_answered(),
            Column::Finished => text.class_col_finished(),
        }
    }
}

/// How the rows are ordered: as pasted, or by a column, up or down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Order {
    #[default]
    AsPasted,
    Up(Column),
    Down(Column),
}

impl Order {
    /// The order after the teacher picks `column`'s heading: up first, then down, then up.
    pub fn picked(self, column: Column) -> Order {
        if self == Order::Up(column) {
            Order::Down(column)
        } else {
            Order::Up(column)
        }
    }
}

/// Sorts the rows in `order`. Ties keep the order of the lines; rows without the value sorted
/// by (no name, no class, no ranking, no time) come last either way.
pub fn sort_rows(rows: &mut [StudentRow], order: Order) {
    let (column, down) = match order {
        Order::AsPasted => return sort_stable(rows, |a, b| a.line.cmp(&b.line)),
        Order::Up(column) => (column, false),
        Order::Down(column) => (column, true),
    };
    let key = |r: &StudentRow| -> (bool, String, usize) {
        match column {
            Column::Name => (!r.named, r.name.to_ascii_lowercase(), 0),
            Column::Class => (r.class.is_empty(), r.class.to_ascii_lowercase(), 0),
            Column::Careers => (!r.ranked, r.careers.first().map(|c| c.to_ascii_lowercase()).unwrap_or_default(), 0),
            Column::InterestCode => (r.interest_code.is_empty(), r.interest_code.clone(), 0),
            Column::Answered => (false, String::new(), r.answered_count),
            Column::Finished => (r.finished.is_empty(), r.finished.clone(), 0),
        }
    };
    sort_stable(rows, |a, b| {
        let (ka, kb) = (key(a), key(b));
        let value = (&ka.1, ka.2).cmp(&(&kb.1, kb.2));
        ka.0.cmp(&kb.0).then(if down { value.reverse() } else { value }).then(a.line.cmp(&b.line))
    });
}

/// "Who is missing": the names on the teacher's list with no result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingView {
    /// "Names on your list with no result: 2 of 30." or "Everyone on your list has handed in."
    pub count: String,
    pub names: Vec<String>,
    pub not_on_list: Option<String>,
    pub unnamed: Option<String>,
}

/// A career that is someone's top three: how many have it first, and in their top three.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TopRow {
    pub id: String,
    pub title: String,
    pub top_match: usize,
    pub top_three: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AverageRow {
    pub trait_id: String,
    pub label: String,
    /// 0–100 to one decimal, or "–" when nobody answered.
    pub mean: String,
    pub answered: usize,
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

/// What the teacher asked for beside the links: their class list (one name a line) and their
/// class's tag, either empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asked {
    pub list: String,
    pub class: String,
}

/// The register's screen. A class tag that is not well formed is said in `classes`, and the
/// links' usual class is used instead.
pub fn register_view(model: &Model, text: &Messages, register: &Register, asked: &Asked) -> ClassView {
    let mut view = class_view(model, text, &register.summary);
    let asked_class = asked.class.trim();
    let own_class = crate::embed::class_tag(asked_class).ok();
    let expected = own_class.map(str::to_owned).or_else(|| register.usual_class.clone());
    let class_list = register.classes.iter().map(|(class, n)| format!("{class} ({n})")).collect::<Vec<_>>().join(", ");
    view.classes = match (&expected, register.classes.len()) {
        _ if !asked_class.is_empty() && own_class.is_none() => Some(text.class_tag_bad().to_owned()),
        (Some(expected), n) if n > 1 || (n == 1 && register.usual_class.as_ref() != Some(expected)) => {
            Some(fill(text.class_classes(), &[("classes", &class_list), ("class", expected)]))
        }
        _ => None,
    };
    view.merged = register
        .merged
        .iter()
        .map(|merge| match merge {
            Merge::SameAnswers { line, first } => fill(text.class_merged_same(), &[("line", &line.to_string()), ("first", &first.to_string())]),
            Merge::SameName { name, lines, kept } => {
                let lines = lines.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
                fill(text.class_merged_name(), &[("name", name), ("lines", &lines), ("kept", &kept.to_string())])
            }
        })
        .collect();
    view.rows = register.students.iter().map(|s| student_row(model, text, s, expected.as_deref())).collect();
    view.missing = (!asked.list.trim().is_empty()).then(|| {
        let found = missing(&asked.list, &register.students);
        let count = |template: &str, n: usize| (n > 0).then(|| fill(template, &[("count", &n.to_string())]));
        MissingView {
            count: if found.missing.is_empty() {
                text.class_missing_none().to_owned()
            } else {
                fill(text.class_missing_count(), &[("count", &found.missing.len().to_string()), ("total", &found.listed.to_string())])
            },
            names: found.missing,
            not_on_list: (!found.not_on_register.is_empty()).then(|| fill(text.class_not_on_list(), &[("names", &found.not_on_register.join(", "))])),
            unnamed: count(text.class_unnamed(), found.unnamed),
        }
    });
    view.rows_csv = (!view.rows.is_empty()).then(|| data_url("text/csv", &rows_csv(text, model.questions.len(), &view.rows)));
    view
}

fn student_row(model: &Model, text: &Messages, student: &StudentResult, expected_class: Option<&str>) -> StudentRow {
    let class = student.class.clone().unwrap_or_default();
    let careers = match student.status {
        Status::Ranked => student.top.iter().take(ROW_CAREERS).map(|&c| model.content.careers[c].title.clone()).collect(),
        Status::TooFewAnswers => vec![text.class_status_too_few().to_owned()],
        Status::FlatPattern => vec![text.class_status_flat().to_owned()],
        Status::MostlyNotSure => vec![text.class_status_not_sure().to_owned()],
    };
    StudentRow {
        line: student.line,
        named: !student.name.is_empty(),
        name: if student.name.is_empty() { fill(text.class_no_name(), &[("line", &student.line.to_string())]) } else { student.name.clone() },
        other_class: expected_class.filter(|e| !class.is_empty() && !class.eq_ignore_ascii_case(e)).map(|_| text.class_other().to_owned()),
        class,
        careers,
        ranked: student.status == Status::Ranked,
        interest_code: student.interest_code.clone().unwrap_or_default(),
        answered: format!("{}/{}", student.answered, model.questions.len()),
        answered_count: student.answered,
        finished: student.finished.as_deref().map(|at| at.replace('T', " ")).unwrap_or_default(),
    }
}

/// The table as CSV: the table's columns, with the careers one to a column and the answers
/// given as a number under a heading that says of how many.
pub fn rows_csv(text: &Messages, questions: usize, rows: &[StudentRow]) -> String {
    let careers: Vec<String> = (1..=ROW_CAREERS).map(|n| format!("{} {n}", text.class_career())).collect();
    let answered = format!("{} (/{questions})", text.class_col_answered());
    let mut out = String::new();
    push_csv_line(
        &mut out,
        [
            text.class_col_name(),
            text.class_col_class(),
            &careers[0],
            &careers[1],
            &careers[2],
            text.csv_interest_code(),
            &answered,
            text.class_col_finished(),
        ],
    );
    for row in rows {
        // Without a ranking, the one item is why, under the first career's heading.
        let career = |n: usize| row.careers.get(n).map(String::as_str).unwrap_or_default();
        let name = if row.named { row.name.as_str() } else { "" };
        push_csv_line(
            &mut out,
            [name, &row.class, career(0), career(1), career(2), &row.interest_code, &row.answered_count.to_string(), &row.finished],
        );
    }
    out
}

/// The summary's figures alone (the register's parts empty).
pub fn class_view(model: &Model, text: &Messages, summary: &ClassSummary) -> ClassView {
    let count = |template: &str, n: usize| (n > 0).then(|| fill(template, &[("count", &n.to_string())]));
    let some = summary.students > 0;
    let kinds = [
        (TraitKind::Interest, text.chart_interests()),
        (TraitKind::WorkStyle, text.class_work_styles()),
        (TraitKind::Subject, text.class_subjects()),
        (TraitKind::Condition, text.class_conditions()),
    ];
    let traits = &model.content.traits;
    let average = |(t, average): (usize, &Option<(f64, usize)>)| {
        let (mean, answered) = average.map_or(("–".to_owned(), 0), |(mean, count)| (crate::class::one_decimal(mean), count));
        AverageRow { trait_id: traits[t].id.clone(), label: capitalised(&traits[t].label), mean, answered }
    };
    ClassView {
        students: fill(text.class_students(), &[("count", &summary.students.to_string())]),
        repeated: count(text.class_repeated(), summary.repeated),
        rejected: summary
            .rejected
            .iter()
            .map(|(line, error)| fill(text.class_line(), &[("line", &line.to_string()), ("why", text.code_problem(*error))]))
            .collect(),
        rejected_more: count(text.class_rejected_more(), summary.rejected_count - summary.rejected.len()),
        unranked: count(text.class_unranked(), summary.unranked).filter(|_| some),
        top: if some {
            careers_shown(summary)
                .into_iter()
                .map(|c| TopRow {
                    id: model.content.careers[c].id.clone(),
                    title: model.content.careers[c].title.clone(),
                    top_match: summary.top_match[c],
                    top_three: summary.top_three[c],
                })
                .collect()
        } else {
            Vec::new()
        },
        averages: if some {
            kinds
                .into_iter()
                .map(|(kind, caption)| (caption, summary.averages.iter().enumerate().filter(|(t, _)| traits[*t].kind == kind).map(average).collect()))
                .collect()
        } else {
            Vec::new()
        },
        csv: some.then(|| data_url("text/csv", &summary_csv(model, text, summary))),
        merged: Vec::new(),
        classes: None,
        rows: Vec::new(),
        missing: None,
        rows_csv: None,
    }
}
