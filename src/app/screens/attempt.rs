//! An earlier attempt beside the answers now (`career_quiz::vm::attempt`), `#attempt/N`.

use crate::components::back_to_results::BackToResults;
use crate::components::data_table::{DataTable, TableRow};
use crate::state::use_ctx;
use career_quiz::vm::attempt::{then_and_now, ThenAndNow};
use leptos::prelude::*;

#[component]
pub fn Attempt(number: usize) -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    let shown = Memo::new(move |_| ctx.attempts.with(|kept| ctx.answers.with(|now| then_and_now(model, text, kept.get(number - 1), now))));
    // Drawn again only if the attempt comes or goes; the answers now change its figures.
    let present = Memo::new(move |_| shown.with(Option::is_some));
    let said = move |read: fn(&ThenAndNow) -> String| move || shown.with(|s| s.as_ref().map(read).unwrap_or_default());
    let body = move || match present.get() {
        false => view! { <p>{text.attempt_missing()}</p> }.into_any(),
        true => {
            let date = said(|s| s.date.clone())();
            let headings = vec![text.attempt_career().to_owned(), date, text.attempt_now().to_owned(), text.attempt_change().to_owned()];
            let rows = Signal::derive(move || {
                shown.with(|s| {
                    s.iter()
                        .flat_map(|s| &s.rows)
                        .map(|r| TableRow {
                            career: Some(r.id.clone()),
                            heading: r.title.clone(),
                            cells: vec![r.then.clone(), r.now.clone(), r.change.clone()],
                        })
                        .collect()
                })
            });
            view! {
                <p>{said(|s| s.intro.clone())}</p>
                <p class="interest-codes">{said(|s| s.codes.clone())}</p>
                <DataTable class="then-now" caption=Signal::derive(said(|s| s.caption.clone())) headings rows />
            }
            .into_any()
        }
    };
    view! {
        <section class="card attempt">
            <h1 tabindex="-1">{text.attempt_heading()}</h1>
            {body}
            <BackToResults />
        </section>
    }
}
