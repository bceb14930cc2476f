//! The results (`career_quiz::vm::results`): the student's own, or someone's from a share link.
//! First a summary that fits a phone's screen: the top three as cards and a Share button; then
//! the next three steps and the interest bars; the rest behind "More". Drawn once per visit;
//! what the data changes is text, attributes and keyed lists, so the comparison form, the choice
//! of where they live, open panels and the focus stay as the student left them.

use crate::components::chart::Chart;
use crate::components::compare_form::CompareForm;
use crate::components::interest_bars::InterestBars;
use crate::components::keep::Keep;
use crate::components::match_card::MatchCard;
use crate::components::next_steps::NextSteps;
use crate::page_url;
use crate::share::{share_or_copy, Shared};
use crate::state::use_ctx;
use career_quiz::messages::fill;
use career_quiz::progress::{Action, Progress};
use career_quiz::scoring;
use career_quiz::vm::results::{results, Body, Ranked, ShownAt};
use leptos::prelude::*;

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    let shown = Memo::new(move |_| {
        let at = |home| ShownAt {
            quiz: page_url::quiz_address(),
            date: crate::today(),
            home,
            class: ctx.class_tag.map(str::to_owned),
            finished: ctx.progress.with(Progress::finished_at).map(crate::local_minute),
        };
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
    view! {
        <section class=move || match (shared(), ranked.get()) {
            (true, _) => "results shared",
            (false, true) => "results",
            (false, false) => "card",
        }>
            <div class="results-top">
                <h1 tabindex="-1">{move || shown.with(|r| r.heading)}</h1>
                <Show when=move || ranked.get()>
                    <Share ranked=part shared=Signal::derive(shared) />
                </Show>
            </div>
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
                <button type="button" hidden=move || !ranked.get() on:click=|_| drop(window().print())>{text.print_results()}</button>
            </div>
        </section>
    }
}

/// Everything under the heading, for a ranking.
#[component]
fn RankedResults(ranked: Memo<Ranked>, shared: Signal<bool>) -> impl IntoView {
    let ctx = use_ctx();
    let text = ctx.text;
    let skipped = move || ranked.with(|r| r.skipped);
    let answer_skipped = move |_| {
        if let Some(first) = ctx.progress.with_untracked(Progress::first_unanswered) {
            ctx.dispatch(Action::AnswerSkipped(first));
        }
    };
    view! {
        <p class="print-only name-line" hidden=move || shared.get()>{text.print_name_line()}</p>
        <p class="based-on">
            {move || ranked.with(|r| r.based_on.clone())}
            " "
            <button type="button" class="link-button" hidden=move || skipped() == 0 on:click=answer_skipped>
                {move || fill(text.skipped_offer(), &[("count", &skipped().to_string())])}
            </button>
        </p>
        <ol class="matches">
            <For each=move || ranked.with(|r| r.cards.clone()) key=|card| card.clone() children=|card| view! { <MatchCard card /> } />
        </ol>
        {move || ranked.with(|r| r.bands.clone()).map(|note| view! { <p class="notice bands">{note}</p> })}
        {move || ranked.with(|r| r.interests_flat).then(|| view! { <p class="notice">{text.results_interests_flat()}</p> })}
        <Show when=move || ranked.with(|r| r.keep.is_some())>
            <SendToTeacher link=Signal::derive(move || ranked.with(|r| r.keep.as_ref().map(|k| k.teacher_link.clone()).unwrap_or_default())) />
        </Show>
        <Show when=move || ranked.with(|r| r.steps.is_some())>
            <NextSteps steps=Signal::derive(move || ranked.with(|r| r.steps.clone().unwrap_or_default())) />
        </Show>
        <Show when=move || ranked.with(|r| r.keep.as_ref().is_some_and(|k| k.qr.is_some()))>
            <PrintedCode keep=Signal::derive(move || ranked.with(|r| r.keep.clone().unwrap_or_default())) />
        </Show>
        <InterestBars
            bars=Signal::derive(move || ranked.with(|r| r.interests.clone()))
            intro=Signal::derive(move || ranked.with(|r| r.interests_intro))
        />
        <details class="more-results">
            <summary>{text.more_heading()}</summary>
            <p class="results-intro">{text.results_intro()}</p>
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
            <Show when=move || ranked.with(|r| r.chart.is_some())>
                <Chart chart=Signal::derive(move || ranked.with(|r| r.chart.clone().unwrap_or_default())) />
            </Show>
            <Show when=move || !shared.get()>
                <CompareForm choices=Signal::derive(move || ranked.with(|r| r.choices.clone())) />
            </Show>
        </details>
        <details class="advisers">
            <summary>{text.advisers_heading()}</summary>
            <p>{text.advisers_intro()}</p>
            {move || ranked.with(|r| r.interest_code.clone()).map(|code| view! { <p class="interest-code">{code}</p> })}
            <Show when=move || ranked.with(|r| r.keep.is_some())>
                <Keep keep=Signal::derive(move || ranked.with(|r| r.keep.clone().unwrap_or_default())) />
            </Show>
        </details>
        <p class="results-date">{move || ranked.with(|r| r.date.clone())}</p>
        <Show when=move || ranked.with(|r| !r.history.is_empty())>
            <History ranked />
        </Show>
    }
}

/// The Share button beside the heading: the device's share sheet, or copying the link.
/// Someone else's results are not shared on.
#[component]
fn Share(ranked: Memo<Ranked>, shared: Signal<bool>) -> impl IntoView {
    let text = use_ctx().text;
    let status = RwSignal::new(None::<&'static str>);
    let share = move |_| {
        let (link, careers) = ranked.with_untracked(|r| {
            (r.keep.as_ref().map(|k| k.link.clone()).unwrap_or_default(), r.cards.iter().map(|c| c.title.as_str()).collect::<Vec<_>>().join(", "))
        });
        let said = fill(text.share_text(), &[("careers", &careers)]);
        if share_or_copy(text.share_title(), &said, Some(&link)) == Shared::Copied {
            status.set(Some(text.share_copied()));
        }
    };
    view! {
        <p class="share-row">
            <button type="button" class="primary" hidden=shared on:click=share>{text.share_button()}</button>
            " "
            <span class="share-status" role="status">{move || status.get()}</span>
        </p>
    }
}

/// "Send to my teacher": the student types their first name, and the line "Name – LINK" goes to
/// the share sheet or the clipboard. The name is in that line only, never in the link.
#[component]
fn SendToTeacher(link: Signal<String>) -> impl IntoView {
    let text = use_ctx().text;
    let name = NodeRef::<leptos::html::Input>::new();
    let status = RwSignal::new(None::<&'static str>);
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked().map(|input| input.value()).unwrap_or_default();
        match career_quiz::report::teacher_line(&typed, &link.get_untracked()) {
            Some(line) => status.set((share_or_copy(text.teacher_send_heading(), &line, None) == Shared::Copied).then(|| text.teacher_send_copied())),
            None => {
                status.set(Some(text.teacher_send_no_name()));
                if let Some(input) = name.get_untracked() {
                    let _ = input.focus();
                }
            }
        }
    };
    view! {
        <details class="send-teacher">
            <summary>{text.teacher_send_heading()}</summary>
            <p>{text.teacher_send_intro()}</p>
            <form on:submit=send>
                <label for="teacher-name">{text.teacher_send_label()}</label>
                <input id="teacher-name" type="text" autocomplete="given-name" maxlength="40" spellcheck="false" node_ref=name />
                <button type="submit">{text.teacher_send_button()}</button>
                <p class="share-status" role="status">{move || status.get()}</p>
            </form>
        </details>
    }
}

/// Only on paper: the share link as a QR code drawn here, and the code to type in instead.
#[component]
fn PrintedCode(keep: Signal<career_quiz::vm::results::Keep>) -> impl IntoView {
    let qr = move || keep.with(|k| k.qr.clone().unwrap_or_default());
    view! {
        <div class="print-only printed-code">
            <svg class="qr" viewBox=move || format!("0 0 {0} {0}", qr().size) aria-hidden="true" focusable="false">
                <path d=move || qr().path fill="#000" />
            </svg>
            <p>{move || keep.with(|k| k.printed_code.clone())}</p>
        </div>
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
            <p>{fill(text.count(text.attempts_intro(), kept), &[("kept", &kept.to_string())])}</p>
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
