//! "Your answers beside a career's profile" (`career_quiz::vm::chart`): a bar chart for the eye,
//! hidden from screen readers, and the same numbers as a table that only screen readers get.

use super::data_table::{DataTable, TableRow};
use crate::state::use_ctx;
use career_quiz::vm::chart::Chart as ChartModel;
use leptos::prelude::*;

/// The chart's geometry, in SVG user units: it scales to the column's width.
const WIDTH: u32 = 360;
const BAR_SPAN: u32 = 300;
const ROW_HEIGHT: u32 = 40;
const GROUP_HEIGHT: u32 = 24;

/// What the SVG draws, laid out top to bottom.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Mark {
    Bar { class: &'static str, x: u32, y: u32, width: u32, height: u32 },
    Label { class: &'static str, x: u32, y: u32, text: String },
}

fn marks(chart: &ChartModel, you: &str, job: &str, not_answered: &str) -> (u32, Vec<Mark>) {
    let label = |class, x, y, text: &str| Mark::Label { class, x, y, text: text.to_owned() };
    // The key: which bar is whose.
    let mut marks = vec![
        Mark::Bar { class: "you", x: 0, y: 4, width: 14, height: 10 },
        label("", 20, 13, you),
        Mark::Bar { class: "job", x: 120, y: 4, width: 14, height: 10 },
        label("", 140, 13, job),
    ];
    let mut y = GROUP_HEIGHT;
    for (heading, rows) in &chart.groups {
        marks.push(label("group", 0, y + 16, heading));
        y += GROUP_HEIGHT;
        for row in rows {
            marks.push(label("", 0, y + 12, &row.label));
            for (class, value, top) in [("you", row.you, y + 16), ("job", Some(row.job), y + 27)] {
                match value {
                    Some(value) => {
                        let width = (u32::from(value) * BAR_SPAN / 100).max(1);
                        marks.push(Mark::Bar { class, x: 0, y: top, width, height: 9 });
                        marks.push(label("value", width + 4, top + 9, &value.to_string()));
                    }
                    None => marks.push(label("value", 0, top + 9, not_answered)),
                }
            }
            y += ROW_HEIGHT;
        }
    }
    (y, marks)
}

#[component]
pub fn Chart(#[prop(into)] chart: Signal<ChartModel>) -> impl IntoView {
    let text = use_ctx().text;
    let drawn = Memo::new(move |_| chart.with(|c| marks(c, text.chart_you(), text.chart_job(), text.chart_not_answered())));
    let rows = Signal::derive(move || {
        chart.with(|c| {
            let shown = |you: Option<u8>| you.map_or_else(|| text.chart_not_answered().to_owned(), |v| v.to_string());
            c.groups
                .iter()
                .flat_map(|(_, rows)| rows)
                .map(|r| TableRow { career: None, heading: r.label.clone(), cells: vec![shown(r.you), r.job.to_string()] })
                .collect()
        })
    });
    // The bars first, then the words over them.
    let bars = move || {
        drawn.with(|(_, marks)| {
            let bars =
                marks
                    .iter()
                    .filter_map(|m| if let Mark::Bar { class, x, y, width, height } = *m { Some((class, x, y, width, height)) } else { None });
            bars.map(|(class, x, y, width, height)| view! { <rect class=class x=x y=y width=width height=height /> }).collect_view()
        })
    };
    let labels = move || {
        drawn.with(|(_, marks)| {
            let labels =
                marks.iter().filter_map(|m| if let Mark::Label { class, x, y, text } = m { Some((*class, *x, *y, text.clone())) } else { None });
            labels.map(|(class, x, y, text)| view! { <text x=x y=y class=(!class.is_empty()).then_some(class)>{text}</text> }).collect_view()
        })
    };
    view! {
        <section class="profile-chart">
            <h2>{move || chart.with(|c| c.heading.clone())}</h2>
            <p>{text.chart_intro()}</p>
            <svg class="chart" viewBox=move || format!("0 0 {WIDTH} {}", drawn.with(|d| d.0)) aria-hidden="true" focusable="false">
                {bars}
                {labels}
            </svg>
            // Hidden by a wrapper: a table given the hiding class itself still lays out at full width.
            <div class="visually-hidden">
                <DataTable
                    caption=Signal::derive(move || chart.with(|c| c.caption.clone()))
                    headings=vec![text.chart_area().to_owned(), text.chart_you().to_owned(), text.chart_job().to_owned()]
                    rows
                />
            </div>
        </section>
    }
}
