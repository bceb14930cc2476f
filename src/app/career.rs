//! A career's page: the student's own match and reasons, above the career's static page
//! (`careers/ID.html`, written at build time by `career_quiz::pages`), fetched when opened.

use crate::results::{percent_text, reason_sentence};
use crate::Ctx;
use career_quiz::pages;
use career_quiz::progress::Action;
use career_quiz::scoring::Outcome;
use leptos::prelude::*;

#[component]
pub fn CareerPage(ctx: Ctx, career: usize) -> impl IntoView {
    let text = ctx.text;
    let c = &ctx.model.content.careers[career];
    let path = pages::page_path(c);
    // `None` while loading, then the page's fragment or `None` if it could not be had. A plain
    // signal and `spawn_local` rather than a resource: this page is the app's only fetch, and
    // Leptos's async resources cost several KB of wasm.
    let page = RwSignal::new(None::<Option<String>>);
    wasm_bindgen_futures::spawn_local(async move {
        let fragment = crate::fetch::text(&path).await.and_then(|page| pages::fragment(&page).map(str::to_owned));
        // The student may have moved on: the signal is gone then, and nothing is shown.
        let _ = page.try_set(Some(fragment));
    });
    let matched = move || match ctx.outcome.get() {
        Outcome::Ranked { matches, .. } => matches.into_iter().find(|m| m.career == career),
        _ => None,
    };
    // Links to related careers open them here; a click with a modifier key opens the static page.
    let follow_related = move |event: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
            return;
        }
        let link = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[data-career]").ok().flatten());
        if let Some(other) = link.and_then(|a| a.get_attribute("data-career")).and_then(|id| ctx.model.career_index(&id)) {
            event.prevent_default();
            ctx.dispatch(Action::OpenCareer(other));
        }
    };
    view! {
        <article class="card career" data-career=c.id.clone()>
            <h1 tabindex="-1" class="autofocus">{c.title.clone()}</h1>
            {move || matched().map(|m| {
                let because = m.because.iter().chain(&m.gaps).map(|r| view! { <li>{reason_sentence(ctx, r)}</li> }).collect_view();
                view! {
                    <p class="percent">{percent_text(ctx, &m)}</p>
                    <ul class="because">{because}</ul>
                }
            })}
            {move || match page.get() {
                None => view! { <p class="loading">{text.career_loading}</p> }.into_any(),
                Some(Some(html)) => {
                    // The student's answers on the career's top skills, then the page.
                    let answers = ctx.progress.with_untracked(|p| p.answers.clone());
                    let html = pages::skills_fit(ctx.model, text, career, &answers) + &html;
                    view! { <div class="career-page" on:click=follow_related inner_html=html></div> }.into_any()
                }
                Some(None) => view! { <p class="notice" role="alert">{text.career_offline}</p> }.into_any(),
            }}
            <button type="button" class="primary" on:click=move |_| ctx.dispatch(Action::ShowResults)>{text.back_to_results}</button>
        </article>
    }
}
