//! A table of figures: a caption, column headings, and rows each headed by its first cell.
//! Rows are keyed by what they hold, so a row that has not changed is not drawn again.

use leptos::prelude::*;

/// One row: its heading (a career, a trait) and its cells; `career` names the career it is about.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TableRow {
    pub career: Option<String>,
    pub heading: String,
    pub cells: Vec<String>,
}

#[component]
pub fn DataTable(
    #[prop(optional)] class: &'static str,
    #[prop(into)] caption: Signal<String>,
    headings: Vec<String>,
    #[prop(into)] rows: Signal<Vec<TableRow>>,
) -> impl IntoView {
    view! {
        <table class=class>
            <caption>{caption}</caption>
            <thead>
                <tr>{headings.into_iter().map(|heading| view! { <th scope="col">{heading}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                <For
                    each=move || rows.get()
                    key=|row| row.clone()
                    children=|row| {
                        view! {
                            <tr data-career=row.career>
                                <th scope="row">{row.heading}</th>
                                {row.cells.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
    }
}
