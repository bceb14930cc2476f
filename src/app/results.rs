//! The results: careers ranked by match, each with the answers behind it. The report itself is
//! HTML made by `career_quiz::report`; this screen adds its heading, its buttons and the one
//! interaction inside the report, copying the share link.

use crate::{page_url, Ctx};
use career_quiz::messages::fill;
use career_quiz::progress::{Action, Progress};
use career_quiz::report::{self, Addresses};
use career_quiz::scoring::{self, Outcome};
use leptos::prelude::*;

/// Today's date as the browser has it, `YYYY-MM-DD`, for the printed report and the files.
fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}

/// The report for `answers`, or `None` when they do not rank careers.
fn report_html(ctx: Ctx, outcome: &Outcome, answers: &[Option<u8>], shared: bool) -> Option<String> {
    let Outcome::Ranked { matches, interests_flat } = outcome else { return None };
    let at = Addresses { quiz: &page_url::quiz_address(), date: &today() };
    Some(report::ranked_html(ctx.model, ctx.text, matches, *interests_flat, answers, &at, shared))
}

/// The report's element. Its one button copies the share link beside it.
fn report_view(ctx: Ctx, html: String) -> impl IntoView {
    let copy = move |event: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let button = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("[data-copy]").ok().flatten());
        let Some(button) = button else { return };
        let input = button.get_attribute("data-copy").and_then(|id| document().get_element_by_id(&id));
        if let Some(input) = input.and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
            let _ = window().navigator().clipboard().write_text(&input.value());
            if let Ok(Some(status)) = document().query_selector(".share-status") {
                status.set_text_content(Some(ctx.text.share_copied));
            }
        }
    };
    view! { <div class="report" on:click=copy inner_html=html></div> }
}

#[component]
pub fn Results(ctx: Ctx) -> impl IntoView {
    let text = ctx.text;
    let change_answers = move |_| {
        let first_unanswered = ctx.progress.with_untracked(Progress::first_unanswered);
        ctx.dispatch(Action::GoTo(first_unanswered.unwrap_or(0)));
    };
    // Tracked: answers taken in from another tab re-rank the careers on the spot.
    move || {
        let outcome = ctx.outcome.get();
        if let Some(html) = ctx.progress.with(|p| report_html(ctx, &outcome, &p.answers, false)) {
            return view! {
                <section class="results">
                    <h1 tabindex="-1" class="autofocus">{text.results_heading}</h1>
                    {report_view(ctx, html)}
                    <div class="actions">
                        <button type="button" on:click=change_answers>{text.change_answers}</button>
                        <button type="button" on:click=move |_| { let _ = window().print(); }>{text.print_results}</button>
                    </div>
                </section>
            }
            .into_any();
        }
        let (heading, body) = match outcome {
            Outcome::TooFewAnswers { answered, needed } => {
                (text.too_few_heading, fill(text.too_few, &[("answered", &answered.to_string()), ("needed", &needed.to_string())]))
            }
            _ => (text.flat_heading, text.flat.to_owned()),
        };
        view! {
            <section class="card">
                <h1 tabindex="-1" class="autofocus">{heading}</h1>
                <p>{body}</p>
                <button type="button" class="primary" on:click=change_answers>{text.back_to_questions}</button>
            </section>
        }
        .into_any()
    }
}

/// Results from someone's share link: shown, never saved, and the student's own answers are
/// left as they were.
#[component]
pub fn SharedResults(ctx: Ctx, answers: Vec<Option<u8>>, leave: Callback<()>) -> impl IntoView {
    let text = ctx.text;
    let outcome = scoring::score(ctx.model, &answers);
    let body = match report_html(ctx, &outcome, &answers, true) {
        Some(html) => report_view(ctx, html).into_any(),
        None => view! { <p>{text.shared_too_few}</p> }.into_any(),
    };
    view! {
        <section class="results shared">
            <h1 tabindex="-1" class="autofocus">{text.shared_heading}</h1>
            <p class="notice">{text.shared_notice}</p>
            {body}
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| leave.run(())>{text.shared_back}</button>
                <button type="button" on:click=move |_| { let _ = window().print(); }>{text.print_results}</button>
            </div>
        </section>
    }
}
