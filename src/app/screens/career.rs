//! A career's screen (`career_quiz::vm::career`): the student's match and reasons, their answers
//! on its top skills, the chart, then its page, fetched from `careers/…` (written at build time
//! by `career_quiz::pages`) and shown as the HTML it is, with where the student lives first.

use crate::components::back_to_results::BackToResults;
use crate::components::chart::Chart;
use crate::components::home_choice::HomeChoice;
use crate::components::reasons::Reasons;
use crate::state::use_ctx;
use career_quiz::pages;
use career_quiz::progress::Action;
use career_quiz::scoring::Outcome;
use career_quiz::vm::career::{career as career_model, page, Page};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Career(career: usize) -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    // The page: `None` while loading, then its fragment, or `None` if it could not be had. A plain
    // signal and `spawn_local` rather than a resource, which costs several KB.
    let fetched = RwSignal::new(None::<Option<String>>);
    let path = pages::page_path(&model.content.careers[career], text.lang);
    wasm_bindgen_futures::spawn_local(async move {
        let fragment = crate::fetch::text(&path).await.and_then(|page| pages::fragment(&page).map(str::to_owned));
        // The student may have moved on: the signal is gone then, and nothing is shown.
        let _ = fetched.try_set(Some(fragment));
    });
    let shown = Memo::new(move |_| {
        ctx.outcome.with(|outcome| {
            let matched = match outcome {
                Outcome::Ranked { matches, .. } => matches.iter().find(|m| m.career == career),
                _ => None,
            };
            ctx.answers.with(|answers| career_model(model, text, career, matched, answers))
        })
    });
    let page = Memo::new(move |_| fetched.with(|f| page(text, f.as_ref().map(Option::as_deref), ctx.home())));
    // The page's own HTML, from the static file this build wrote and escaped. Where the student
    // lives reorders it; a panel of other nations they had opened is opened again.
    let holder = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let Some(holder) = holder.get() else { return };
        let open: Vec<String> = holder.query_selector_all("details[open][id]").map_or_else(
            |_| Vec::new(),
            |open| (0..open.length()).filter_map(|i| open.item(i)?.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()).collect(),
        );
        page.with(|p| holder.set_inner_html(if let Page::Html(html) = p { html } else { "" }));
        for id in open {
            if let Ok(Some(panel)) = holder.query_selector(&format!("[id='{id}']")) {
                let _ = panel.set_attribute("open", "");
            }
        }
    });
    let (id, title) = shown.with_untracked(|c| (c.id.clone(), c.title.clone()));
    view! {
        <article class="card career" data-career=id>
            <h1 tabindex="-1">{title}</h1>
            <Show when=move || page.with(|p| *p != Page::Loading) fallback=move || view! { <p class="loading">{text.career_loading()}</p> }>
                <div class="career-page">
                    {move || shown.with(|c| c.matched.clone()).map(|(percent, reasons)| view! {
                        <p class="percent">{percent}</p>
                        <Reasons class="because" reasons />
                    })}
                    <section class="skills-fit">
                        <h2>{text.skills_fit_heading()}</h2>
                        <p>{text.skills_your_answers()}</p>
                        <ul>
                            <For
                                each=move || shown.with(|c| c.skills.clone())
                                key=|skill| skill.clone()
                                children=|skill| view! {
                                    <li data-trait=skill.trait_id>
                                        <strong>{skill.label}</strong>
                                        <ul>
                                            {skill.answers.into_iter().map(|(question, answer)| view! { <li>{question} ": " <em>{answer}</em></li> }).collect_view()}
                                        </ul>
                                    </li>
                                }
                            />
                        </ul>
                    </section>
                    <Show when=move || shown.with(|c| c.chart.is_some())>
                        <Chart chart=Signal::derive(move || shown.with(|c| c.chart.clone().unwrap_or_default())) />
                    </Show>
                    <Show
                        when=move || page.with(|p| matches!(p, Page::Html(_)))
                        fallback=move || view! { <p class="notice" role="alert">{text.career_offline()}</p> }
                    >
                        <HomeChoice />
                        <div class="career-fragment" on:click=move |event| follow_links(ctx, &event) node_ref=holder></div>
                    </Show>
                </div>
            </Show>
            <BackToResults />
        </article>
    }
}

/// A link in the page to a related career opens it here; one clicked with a modifier key opens
/// the static page, as the browser would. A link to a part of the page (its contents, a fact's
/// source) moves there and takes the focus, without touching the address, which names the screen.
fn follow_links(ctx: crate::state::Ctx, event: &leptos::ev::MouseEvent) {
    let Some(link) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a").ok().flatten()) else {
        return;
    };
    if let Some(other) = link.get_attribute("data-career").and_then(|id| ctx.model.career_index(&id)) {
        if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
            event.prevent_default();
            ctx.dispatch(Action::OpenCareer(other));
        }
        return;
    }
    let Some(id) = link.get_attribute("href").and_then(|href| href.strip_prefix('#').map(str::to_owned)) else { return };
    let Some(part) = document().get_element_by_id(&id) else { return };
    event.prevent_default();
    if !part.has_attribute("tabindex") {
        let _ = part.set_attribute("tabindex", "-1");
    }
    part.scroll_into_view();
    if let Ok(part) = part.dyn_into::<web_sys::HtmlElement>() {
        let _ = part.focus();
    }
}
