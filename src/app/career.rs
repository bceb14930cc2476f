//! A page for one career: what the work is, where, the hours, how to get there, and where the
//! profile's numbers come from.

use crate::results::{percent_text, reason_sentence};
use crate::Ctx;
use career_quiz::messages::fill;
use career_quiz::progress::Action;
use career_quiz::scoring::Outcome;
use leptos::prelude::*;

#[component]
pub fn CareerPage(ctx: Ctx, career: usize) -> impl IntoView {
    let text = ctx.text;
    let content = &ctx.model.content;
    let c = &content.careers[career];
    let matched = move || match ctx.outcome.get() {
        Outcome::Ranked { matches, .. } => matches.into_iter().find(|m| m.career == career),
        _ => None,
    };
    let onet_template = if c.onet.relation == "same" { text.career_onet_same } else { text.career_onet_nearest };
    let onet = fill(onet_template, &[("version", &c.onet.version), ("code", &c.onet.code), ("title", &c.onet.title)]);
    let related = c
        .related
        .iter()
        .filter_map(|id| ctx.model.career_index(id))
        .map(|other| {
            view! {
                <li>
                    <button type="button" class="link-button" on:click=move |_| ctx.dispatch(Action::OpenCareer(other))>
                        {content.careers[other].title.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let sources = c
        .sources
        .iter()
        .filter_map(|id| content.sources.iter().find(|s| &s.id == id))
        .map(|s| {
            let publisher = s.publisher.clone().map(|p| format!(" ({p})"));
            match s.url.clone() {
                Some(url) => view! { <li><a href=url>{s.title.clone()}</a>{publisher}</li> }.into_any(),
                None => view! { <li>{s.title.clone()}{publisher}</li> }.into_any(),
            }
        })
        .collect_view();
    let bases = c.blocks().map(|(_, levels, _)| view! { <li>{levels.basis.clone()}</li> }).into_iter().collect_view();
    view! {
        <article class="card career" data-career=c.id.clone()>
            <h1 tabindex="-1" class="autofocus">{c.title.clone()}</h1>
            {(!c.also_known_as.is_empty())
                .then(|| view! { <p class="aka">{fill(text.career_also_known_as, &[("names", &c.also_known_as.join(", "))])}</p> })}
            {move || matched().map(|m| {
                let because = m.because.iter().chain(&m.gaps).map(|r| view! { <li>{reason_sentence(ctx, r)}</li> }).collect_view();
                view! {
                    <p class="percent">{percent_text(ctx, &m)}</p>
                    <ul class="because">{because}</ul>
                }
            })}
            <p class="summary">{c.summary.clone()}</p>
            <h2>{text.career_what}</h2>
            <p>{c.what_they_do.clone()}</p>
            <h2>{text.career_where}</h2>
            <p>{c.where_they_work.clone()}</p>
            <h2>{text.career_hours}</h2>
            <p>{c.hours.clone()}</p>
            <h2>{text.career_how}</h2>
            <p>{c.how_to_get_there.clone()}</p>
            <h2>{text.career_related}</h2>
            <ul>{related}</ul>
            <h2>{text.career_profile}</h2>
            <p>{onet}</p>
            <p>{c.onet.note.clone()}</p>
            <details>
                <summary>{text.career_profile_details}</summary>
                <ul class="bases">{bases}</ul>
            </details>
            <h2>{text.career_sources}</h2>
            <ul>{sources}</ul>
            <button type="button" class="primary" on:click=move |_| ctx.dispatch(Action::ShowResults)>{text.back_to_results}</button>
        </article>
    }
}
