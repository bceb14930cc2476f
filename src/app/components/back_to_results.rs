//! The way back from a career's page, a comparison or an earlier attempt to the student's results.

use crate::state::use_ctx;
use career_quiz::progress::Action;
use leptos::prelude::*;

#[component]
pub fn BackToResults() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <div class="actions">
            <button type="button" class="primary" on:click=move |_| ctx.act(Action::ShowResults)>{ctx.text.back_to_results()}</button>
        </div>
    }
}
