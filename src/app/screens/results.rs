//! The results (`career_quiz::vm::results`): the student's own, or someone's from a share link.
//! Drawn once per visit; what the data changes is text, attributes and keyed lists, so the
//! comparison form, the choice of where they live and the focus stay as the student left them.

use crate::components::chart::Chart;
use crate::components::compare_form::CompareForm;
use crate::components::home_choice::HomeChoice;
use crate::components::keep::Keep;
use crate::components::match_card::MatchCard;
use crate::page_url;
use crate::state::use_ctx;
use career_quiz::progress::{Action, Progress};
use career_quiz::scoring;
use career_quiz::vm::results::{results, Body, Ranked, ShownAt};
use leptos::prelude::*;

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    let shown = Memo::new(move |_| {
        let at = |home| ShownAt { quiz: page_url::quiz_address(), date: crate::today(), home };
        match ctx.shared.get() {
            Some(shared) => results(model, text, &scoring::score(model, &shared.answers), &shared.answers, &at(shared.home), true, &[]),
            None => ctx.outcome.with(|outcome| {
                ctx.attempts.with(|kept| ctx.answers.with(|answers| results(model, text, outcome, answers, &at(ctx.home()), false, kept)))
            }),
        }
    });
    let shared = move || shown.with(|r| r.shared);
    let ranked = Memo::new(move |_| shown.with(|r| matches!(r.body, Body::Ranked(_))));
    let part = Memo::new(move |_| {
        shown.with(|r| match &r.body {
            Body::Ranked(ranked) => (**ranked).clone(),
            Body::Unranked(_) => Ranked::default(),
        })
    });
    let change_answers = move |_| {
        let first_unanswered = ctx.progress.with_untracked(Progress::first_unanswered);
        ctx.dispatch(Action::GoTo(first_unanswered.unwrap_or(0)));
    };
    let print = |_| drop(window().print());
    view! {
        <section class=move || match (shared(), ranked.get()) {
            (true, _) => "results shared",
            (false, true) => "results",
            (false, false) => "card",
        }>
            <h1 tabindex="-1">{move || shown.with(|r| r.heading)}</h1>
            <p class="notice" hidden=move || !shared()>{text.shared_notice()}</p>
            <p hidden=move || ranked.get()>{move || shown.with(|r| if let Body::Unranked(why) = &r.body { why.clone() } else { String::new() })}</p>
            <Show when=move || ranked.get()>
                <RankedResults ranked=part shared=Signal::derive(shared) />
            </Show>
            // The buttons stay; which of them shows, and what the main one says, follow the data.
            <div class="actions">
                <button type="button" class="primary" hidden=move || !shared() on:click=move |_| ctx.shared.set(None)>{text.shared_back()}</button>
                <button type="button" class:primary=move || !ranked.get() hidden=shared on:click=change_answers>
                    {move || if ranked.get() { text.change_answers() } else { text.back_to_questions() }}
                </button>
                <button type="button" hidden=move || !ranked.get() && !shared() on:click=print>{text.print_results()}</button>
            </div>
        </section>
    }
}

/// Everything under the heading, for a ranking.
#[component]
fn RankedResults(ranked: Memo<Ranked>, shared: Signal<bool>) -> impl IntoView {
    let text = use_ctx().text;
    view! {
        <p class="results-intro">{text.results_intro()}</p>
        {move || ranked.with(|r| r.interests_flat).then(|| view! { <p class="notice">{text.results_interests_flat()}</p> })}
        {move || ranked.with(|r| r.close_call.clone()).map(|note| view! { <p class="notice close-call">{note}</p> })}
        {move || ranked.with(|r| r.interest_code.clone()).map(|code| view! { <p class="interest-code">{code}</p> })}
        <Show when=move || !shared.get()>
            <HomeChoice />
        </Show>
        <ol class="matches">
            <For each=move || ranked.with(|r| r.cards.clone()) key=|card| card.clone() children=|card| view! { <MatchCard card /> } />
        </ol>
        <Show when=move || ranked.with(|r| r.chart.is_some())>
            <Chart chart=Signal::derive(move || ranked.with(|r| r.chart.clone().unwrap_or_default())) />
        </Show>
        <Show when=move || !shared.get()>
            <CompareForm choices=Signal::derive(move || ranked.with(|r| r.choices.clone())) />
        </Show>
        <Show when=move || ranked.with(|r| !r.others.is_empty())>
            <h2 class="other-heading">{text.other_matches()}</h2>
            <ul class="other-matches">
                <For
                    each=move || ranked.with(|r| r.others.clone())
                    key=|other| other.clone()
                    children=|other| view! {
                        <li><a href=format!("#career/{}", other.link.id)>{other.link.label}</a> " " <span class="percent">{other.percent_text}</span></li>
                    }
                />
            </ul>
        </Show>
        <h2>{text.next_steps_heading()}</h2>
        <p>{text.next_steps()}</p>
        <p class="results-date">{move || ranked.with(|r| r.date.clone())}</p>
        <Show when=move || ranked.with(|r| r.keep.is_some())>
            <Keep keep=Signal::derive(move || ranked.with(|r| r.keep.clone().unwrap_or_default())) />
        </Show>
        <Show when=move || ranked.with(|r| !r.history.is_empty())>
            <History ranked />
        </Show>
    }
}

/// "Your earlier attempts": each with its date, its top match and a link to set it beside now.
#[component]
fn History(ranked: Memo<Ranked>) -> impl IntoView {
    let text = use_ctx().text;
    let kept = career_quiz::attempts::KEPT;
    view! {
        <section class="attempts">
            <h2>{text.attempts_heading()}</h2>
            <p>{career_quiz::messages::fill(text.count(text.attempts_intro(), kept), &[("kept", &kept.to_string())])}</p>
            <ul>
                <For
                    each=move || ranked.with(|r| r.history.clone())
                    key=|item| item.clone()
                    children=move |item| view! {
                        <li>{item.line} " " <a href=format!("#attempt/{}", item.number)>{text.attempts_compare()}</a></li>
                    }
                />
            </ul>
        </section>
    }
}
