//! Two or three careers side by side (`career_quiz::vm::compare`).

use crate::components::back_to_results::BackToResults;
use crate::state::use_ctx;
use career_quiz::scoring::Outcome;
use career_quiz::vm::compare::comparison;
use leptos::prelude::*;

#[component]
pub fn Compare(careers: Vec<usize>) -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    let shown = Memo::new(move |_| {
        ctx.outcome.with(|outcome| {
            let matches = match outcome {
                Outcome::Ranked { matches, .. } => Some(matches.as_slice()),
                _ => None,
            };
            comparison(model, text, &careers, matches, ctx.home())
        })
    });
    // Each cell says whose it is, for the narrow layout that stacks the columns.
    let titles: Vec<String> = shown.with_untracked(|c| c.careers.iter().map(|c| c.label.clone()).collect());
    view! {
        <section class="card compare-page">
            <h1 tabindex="-1">{text.compare_heading()}</h1>
            <p>{text.compare_intro()}</p>
            <table class="compare">
                <thead>
                    <tr>
                        <td></td>
                        {shown.with_untracked(|c| c.careers.clone()).into_iter().map(|career| view! {
                            <th scope="col"><a href=format!("#career/{}", career.id)>{career.label}</a></th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For
                        each=move || shown.with(|c| c.rows.clone())
                        key=|row| row.clone()
                        children=move |row| view! {
                            <tr>
                                <th scope="row">{row.heading}</th>
                                {row.cells.into_iter().zip(titles.clone()).map(|(cell, title)| view! { <td data-label=title>{cell}</td> }).collect_view()}
                            </tr>
                        }
                    />
                </tbody>
            </table>
            <BackToResults />
        </section>
    }
}
