//! What the quiz keeps, where, for how long, and how to delete it (`career_quiz::vm::welcome::privacy`).

use crate::state::use_ctx;
use career_quiz::progress::Action;
use career_quiz::vm::welcome::privacy;
use leptos::prelude::*;

#[component]
pub fn Privacy() -> impl IntoView {
    let ctx = use_ctx();
    let text = ctx.text;
    view! {
        <article class="card privacy-page">
            <h1 tabindex="-1">{text.privacy_heading()}</h1>
            {privacy(text).into_iter().map(|(heading, body)| view! { <h2>{heading}</h2> <p>{body}</p> }).collect_view()}
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| ctx.dispatch(Action::Home)>{text.privacy_back()}</button>
            </div>
        </article>
    }
}
