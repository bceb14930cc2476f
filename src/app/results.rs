//! The results: careers ranked by match, each with the answers behind it.

use crate::Ctx;
use career_quiz::messages::fill;
use career_quiz::progress::{Action, Progress};
use career_quiz::scoring::{close_call, interest_code, CareerMatch, Outcome, Reason, ReasonKind, CLOSE_CALL_POINTS};
use leptos::prelude::*;

/// How many careers get their reasons shown in full; the rest are listed below them.
const DETAILED: usize = 5;

/// The sentence for one reason, from the question, the student's answer and the trait.
pub fn reason_sentence(ctx: Ctx, reason: &Reason) -> String {
    let text = ctx.text;
    let question = &ctx.model.content.questions[reason.question];
    let template = match reason.kind {
        ReasonKind::Fits => text.reason_fits,
        ReasonKind::JobNeedsMore => text.reason_needs_more,
        ReasonKind::JobHasLittle => text.reason_has_little,
    };
    let topic = &ctx.model.content.traits[reason.trait_index].label;
    fill(
        template,
        &[
            ("answer", text.scale_label(question.section, reason.answer)),
            ("question", &question.text),
            ("topic", topic),
            ("Topic", &capitalised(topic)),
        ],
    )
}

/// The text with its first letter in upper case, for a label that starts a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Today's date as the browser has it, `YYYY-MM-DD`, for the printed report.
fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}

pub fn percent_text(ctx: Ctx, m: &CareerMatch) -> String {
    fill(ctx.text.match_percent, &[("percent", &m.percent.to_string())])
}

#[component]
pub fn Results(ctx: Ctx) -> impl IntoView {
    let text = ctx.text;
    let change_answers = move |_| {
        let first_unanswered = ctx.progress.with_untracked(Progress::first_unanswered);
        ctx.dispatch(Action::GoTo(first_unanswered.unwrap_or(0)));
    };
    // Tracked: answers taken in from another tab re-rank the careers on the spot.
    move || match ctx.outcome.get() {
        Outcome::TooFewAnswers { answered, needed } => view! {
            <section class="card">
                <h1 tabindex="-1" class="autofocus">{text.too_few_heading}</h1>
                <p>{fill(text.too_few, &[("answered", &answered.to_string()), ("needed", &needed.to_string())])}</p>
                <button type="button" class="primary" on:click=change_answers>{text.back_to_questions}</button>
            </section>
        }
        .into_any(),
        Outcome::FlatPattern => view! {
            <section class="card">
                <h1 tabindex="-1" class="autofocus">{text.flat_heading}</h1>
                <p>{text.flat}</p>
                <button type="button" class="primary" on:click=move |_| ctx.dispatch(Action::GoTo(0))>
                    {text.back_to_questions}
                </button>
            </section>
        }
        .into_any(),
        Outcome::Ranked { matches, interests_flat } => {
            let close = close_call(&matches);
            let close_note = (close > 1).then(|| {
                let count = close.to_string();
                fill(text.close_call, &[("count", &count), ("points", &CLOSE_CALL_POINTS.to_string())])
            });
            let code_note = ctx.progress.with(|p| interest_code(ctx.model, &p.answers)).map(|areas| {
                let traits = &ctx.model.content.traits;
                let letter = |t: usize| traits[t].onet.as_deref().and_then(|o| o.get(..1)).unwrap_or("?").to_owned();
                let code: String = areas.iter().map(|&t| letter(t)).collect();
                let named = |t: usize| format!("{} ({})", traits[t].label, letter(t));
                let [a, b, c] = areas;
                fill(text.interest_code, &[("code", &code), ("first", &named(a)), ("second", &named(b)), ("third", &named(c))])
            });
            let (detailed, others) = matches.split_at(DETAILED.min(matches.len()));
            let detailed = detailed.iter().enumerate().map(|(rank, m)| match_card(ctx, rank + 1, m)).collect_view();
            let others = others
                .iter()
                .map(|m| {
                    let career = m.career;
                    view! {
                        <li>
                            <button type="button" class="link-button" on:click=move |_| ctx.dispatch(Action::OpenCareer(career))>
                                {ctx.model.content.careers[career].title.clone()}
                            </button>
                            " "
                            <span class="percent">{percent_text(ctx, m)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="results">
                    <h1 tabindex="-1" class="autofocus">{text.results_heading}</h1>
                    <p class="results-intro">{text.results_intro}</p>
                    {interests_flat.then(|| view! { <p class="notice">{text.results_interests_flat}</p> })}
                    {close_note.map(|note| view! { <p class="notice close-call">{note}</p> })}
                    {code_note.map(|note| view! { <p class="interest-code">{note}</p> })}
                    <ol class="matches">{detailed}</ol>
                    <h2 class="other-heading">{text.other_matches}</h2>
                    <ul class="other-matches">{others}</ul>
                    <h2>{text.next_steps_heading}</h2>
                    <p>{text.next_steps}</p>
                    <p class="results-date">{fill(text.results_date, &[("date", &today())])}</p>
                    <div class="actions">
                        <button type="button" on:click=change_answers>{text.change_answers}</button>
                        <button type="button" on:click=move |_| { let _ = window().print(); }>{text.print_results}</button>
                    </div>
                </section>
            }
            .into_any()
        }
    }
}

fn match_card(ctx: Ctx, rank: usize, m: &CareerMatch) -> impl IntoView {
    let text = ctx.text;
    let career = m.career;
    let title = ctx.model.content.careers[career].title.clone();
    let because = m.because.iter().map(|r| view! { <li>{reason_sentence(ctx, r)}</li> }).collect_view();
    let gaps = if m.gaps.is_empty() {
        view! { <li>{text.no_gaps}</li> }.into_any()
    } else {
        m.gaps.iter().map(|r| view! { <li>{reason_sentence(ctx, r)}</li> }).collect_view().into_any()
    };
    let percent = m.percent;
    view! {
        <li class="card match" data-career=ctx.model.content.careers[career].id.clone()>
            <h2>
                <span class="rank">{rank}". "</span>
                {title.clone()}
            </h2>
            <p class="percent">{percent_text(ctx, m)}</p>
            // A <progress>, not a styled span: the Content-Security-Policy allows no inline styles.
            <progress class="match-bar" max="100" value=percent.to_string() aria-hidden="true"></progress>
            <p class="summary">{ctx.model.content.careers[career].summary.clone()}</p>
            <h3>{text.because_heading}</h3>
            <ul class="because">{because}</ul>
            <h3>{text.gaps_heading}</h3>
            <ul class="gaps">{gaps}</ul>
            <button type="button" on:click=move |_| ctx.dispatch(Action::OpenCareer(career))>
                {fill(text.about_career_named, &[("career", &title)])}
            </button>
        </li>
    }
}
