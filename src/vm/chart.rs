//! "Your answers beside a career's profile": the six interest areas, then the career's top work
//! styles, each as the student's answers put it and as the career's profile rates it, on one
//! 0–100 scale (100 is the most of it the quiz's scale or O*NET's can show). The app draws it as
//! a bar chart for the eye and as a table for screen readers, from the same rows.

use crate::content::{Model, TraitKind};
use crate::messages::{fill, Messages};
use crate::report::capitalised;
use crate::scoring::trait_scores;

/// How many of a career's work styles the chart shows, beside the six interest areas.
pub const WORK_STYLES: usize = 6;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chart {
    pub heading: String,
    /// The table's caption.
    pub caption: String,
    /// The interest areas, then the work styles, each under its heading.
    pub groups: Vec<(&'static str, Vec<ChartRow>)>,
}

/// One row of the chart: a trait, the student's score and the career's level, both 0–100.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChartRow {
    pub trait_id: String,
    pub label: String,
    /// `None` when the student answered no question on it.
    pub you: Option<u8>,
    pub job: u8,
}

pub fn chart(model: &Model, text: &Messages, career: usize, answers: &[Option<u8>]) -> Chart {
    let scores = trait_scores(model, answers);
    let traits = &model.content.traits;
    let row = |t: usize| {
        let (low, high) = traits[t].kind.scale();
        let level = (model.levels[career][t] - low) / (high - low);
        ChartRow {
            trait_id: traits[t].id.clone(),
            label: capitalised(&traits[t].label),
            you: scores[t].map(|s| percent_of((s + 1.0) / 2.0)),
            job: percent_of(level),
        }
    };
    let interests = (0..traits.len()).filter(|&t| traits[t].kind == TraitKind::Interest).map(row).collect();
    let styles = model.top_work_styles(career, WORK_STYLES).into_iter().map(row).collect();
    let title = &model.content.careers[career].title;
    Chart {
        heading: fill(text.chart_heading(), &[("career", title)]),
        caption: fill(text.chart_caption(), &[("career", title)]),
        groups: vec![(text.chart_interests(), interests), (text.chart_work_styles(), styles)],
    }
}

fn percent_of(share: f64) -> u8 {
    (share * 100.0).round().clamp(0.0, 100.0) as u8
}
