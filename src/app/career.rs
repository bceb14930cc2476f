//! A career's page: the student's own match and reasons, above the career's static page
//! (`careers/ID.html`, written at build time by `career_quiz::pages`), fetched when opened.

use crate::Ctx;
use career_quiz::{pages, report};
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
            {move || page.get().map(|fragment| {
                // The student's match and reasons, their answers on the career's top skills and
                // the chart of their profile beside the career's, then the page: all HTML.
                let mut html = String::new();
                if let Outcome::Ranked { matches, .. } = ctx.outcome.get() {
                    if let Some(m) = matches.iter().find(|m| m.career == career) {
                        report::push_reasons(&mut html, ctx.model, text, m, false);
                    }
                }
                let answers = ctx.progress.with_untracked(|p| p.answers.clone());
                html += &pages::skills_fit(ctx.model, text, career, &answers);
                if answers.iter().any(Option::is_some) {
                    report::push_chart(&mut html, ctx.model, text, career, &answers);
                }
                match fragment {
                    Some(page) => html += page.as_str(),
                    None => {
                        html += "<p class=\"notice\" role=\"alert\">";
                        pages::push_escaped(&mut html, text.career_offline);
                        html += "</p>";
                    }
                }
                view! { <div class="career-page" on:click=follow_related inner_html=html></div> }.into_any()
            }).unwrap_or_else(|| view! { <p class="loading">{text.career_loading}</p> }.into_any())}
            <button type="button" class="primary" on:click=move |_| ctx.dispatch(Action::ShowResults)>{text.back_to_results}</button>
        </article>
    }
}
