//! The teacher's class summary as shown: the counts, the lines not read, the careers on top, the
//! class's averages by kind of trait, and the CSV download of the same figures.

use crate::class::{summary_csv, ClassSummary};
use crate::content::{Model, TraitKind};
use crate::export::data_url;
use crate::messages::{fill, Messages};
use crate::report::capitalised;

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
    }
}
