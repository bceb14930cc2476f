//! Before the results: the questions the student skipped, offered back, one tap to each. Next
//! then goes from one skipped question to the next, and back here after the last of them.

use crate::state::use_ctx;
use career_quiz::messages::fill;
use career_quiz::progress::Action;
use career_quiz::vm::quiz::skipped;
use leptos::prelude::*;

#[component]
pub fn Skipped() -> impl IntoView {
    let ctx = use_ctx();
    let text = ctx.text;
    let offer = Memo::new(move |_| ctx.answers.with(|answers| skipped(ctx.model, text, answers)));
    let heading = move || offer.with(|o| fill(text.count(text.skipped_heading(), o.len()), &[("count", &o.len().to_string())]));
    let answer_all = move |_| {
        if let Some(first) = offer.with_untracked(|o| o.first().map(|s| s.index)) {
            ctx.dispatch(Action::AnswerSkipped(first));
        }
    };
    view! {
        <section class="card skipped">
            <h1 tabindex="-1">{heading}</h1>
            <p>{text.skipped_intro()}</p>
            <div class="actions">
                <button type="button" on:click=answer_all hidden=move || offer.with(Vec::is_empty)>{text.skipped_answer_all()}</button>
                <button type="button" class="primary" on:click=move |_| ctx.act(Action::ShowResults)>{text.skipped_results()}</button>
            </div>
            <ul class="skipped-list">
                <For
                    each=move || offer.get()
                    key=|item| item.clone()
                    children=move |item| view! {
                        <li><button type="button" class="link-button" on:click=move |_| ctx.dispatch(Action::AnswerSkipped(item.index))>{item.label}</button></li>
                    }
                />
            </ul>
        </section>
    }
}
