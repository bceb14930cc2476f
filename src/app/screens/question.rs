//! The question screen: one question, its five answers as a radio group, the progress bar in
//! its four sections, and Back and Next. Picking an answer moves on after a short pause (the
//! student can turn that off); keys 1–5 pick an answer, Enter moves on, Backspace goes back.

use crate::components::interest_icon::InterestIcon;
use crate::state::{use_ctx, Ctx};
use crate::storage;
use career_quiz::content::{Section, ANSWER_MAX, ANSWER_MIN};
use career_quiz::messages::fill;
use career_quiz::progress::Action;
use career_quiz::vm::quiz::{halfway, question_text, segments};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Long enough to see the answer picked before the next question comes.
const PAUSE: Duration = Duration::from_millis(600);

#[component]
pub fn Question() -> impl IntoView {
    let ctx = use_ctx();
    let text = ctx.text;
    let total = ctx.model.questions.len();
    // Re-render the question only when it changes, not on every answer, so focus stays put.
    let current = Memo::new(move |_| ctx.progress.with(|p| p.current.min(total.saturating_sub(1))));
    let answered = Memo::new(move |_| ctx.progress.with(|p| p.answered()));
    // Whether Next leads to another question (or out of the quiz, to the results).
    let leads_on = Memo::new(move |_| ctx.progress.with(|p| p.next_question().is_some()));
    // Each pick counts up, so a pause only moves on if nothing has happened since it began.
    let picks = StoredValue::new(0u64);

    // Each new question takes the focus, so keyboard and screen-reader users start at its heading.
    Effect::new(move |_| {
        current.track();
        crate::focus_first("#question-heading");
    });

    let pick = move |value: u8, by_arrow_key: bool| {
        ctx.dispatch(Action::Answer(value, crate::now()));
        picks.update_value(|n| *n += 1);
        // An arrow key walks the radio group: it picks too, but the student may be looking.
        if ctx.auto_advance.get_untracked() && !by_arrow_key && leads_on.get_untracked() {
            let (question, pick) = (current.get_untracked(), picks.get_value());
            set_timeout(
                move || {
                    // Not if the student has moved on, or left the quiz (this screen is gone).
                    if current.try_get_untracked() == Some(question) && picks.try_get_value() == Some(pick) {
                        ctx.act(Action::Next);
                    }
                },
                PAUSE,
            );
        }
    };
    let keys = window_event_listener(ev::keydown, move |event| on_key(ctx, event, pick));
    on_cleanup(move || keys.remove());

    let arrow_key = StoredValue::new(false);
    let on_radio_key = move |event: ev::KeyboardEvent| arrow_key.set_value(event.key().starts_with("Arrow"));
    // Drawn as SVG: the page's content security policy allows no style attributes.
    let segment_views = move || {
        segments(ctx.model, current.get())
            .into_iter()
            .map(|s| {
                let (x, gap) = (s.start as f64 + 0.2, 0.4);
                view! {
                    <rect class="segment" x=x y="0" height="1" width=s.questions as f64 - gap />
                    <rect class="filled" x=x y="0" height="1" width=(s.done as f64 - gap).max(0.0) />
                }
            })
            .collect_view()
    };

    let question_view = move || {
        let index = current.get();
        let question = &ctx.model.content.questions[index];
        let section = question.section;
        let (section_name, prompt) = text.section(section);
        let chosen = Memo::new(move |_| ctx.progress.with(|p| p.answers[index]));
        // An interest item measures one area: its icon tells the 24 of them apart at a glance.
        let interest_area = (section == Section::Interests).then(|| question.keys.keys().next().cloned()).flatten();
        let moment = ctx.answers.with_untracked(|answers| halfway(ctx.model, text, index, answers));
        let options = (ANSWER_MIN..=ANSWER_MAX)
            .map(|value| {
                view! {
                    <label class="option">
                        <input
                            type="radio"
                            name="answer"
                            value=value.to_string()
                            prop:checked=move || chosen.get() == Some(value)
                            on:keydown=on_radio_key
                            on:change=move |_| {
                                // Read once: the next pick may come from a tap or a key 1–5.
                                pick(value, arrow_key.get_value());
                                arrow_key.set_value(false);
                            }
                        />
                        <span class="key" aria-hidden="true">{value}</span>
                        <span>{text.scale_label(section, value)}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            {moment.map(|m| view! { <p class="moment"><strong>{text.halfway_heading()}</strong> " " {m}</p> })}
            <div class="progress">
                <p class="section-name">{section_name}</p>
                <p id="progress-text">
                    {fill(text.progress_label(), &[("n", &(index + 1).to_string()), ("total", &total.to_string())])}
                    " · "
                    {move || fill(text.progress_answered(), &[("answered", &answered.get().to_string())])}
                </p>
                <progress class="visually-hidden" max=total.to_string() value=(index + 1).to_string() aria-labelledby="progress-text"></progress>
                <svg class="sections" viewBox=format!("0 0 {total} 1") preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    {segment_views}
                </svg>
            </div>
            <fieldset data-question=question.id.clone()>
                <legend>
                    <span class="prompt">
                        {interest_area.map(|area| view! { <InterestIcon area /> })}
                        {prompt}
                    </span>
                    <h1 id="question-heading" tabindex="-1">{question_text(ctx.model, index)}</h1>
                </legend>
                <div class="options">{options}</div>
            </fieldset>
            <div class="actions">
                <button type="button" on:click=move |_| ctx.dispatch(Action::Back)>{text.back()}</button>
                <button
                    type="button"
                    class="primary"
                    hidden=move || chosen.get().is_none() && leads_on.get()
                    on:click=move |_| ctx.act(Action::Next)
                >
                    {move || if leads_on.get() { text.next() } else { text.finish() }}
                </button>
            </div>
            <p class="skip" hidden=move || chosen.get().is_some() || !leads_on.get()>
                <button type="button" class="link-button" on:click=move |_| ctx.act(Action::Next)>{text.skip()}</button>
            </p>
        }
    };
    view! {
        <section class="card question" aria-labelledby="question-heading">
            {question_view}
            <p class="auto-advance">
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || ctx.auto_advance.get()
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            ctx.auto_advance.set(on);
                            storage::save_auto_advance(on);
                        }
                    />
                    " " {text.auto_advance()}
                </label>
            </p>
            <p class="keys-hint">{text.keys_hint()}</p>
        </section>
    }
}

/// Keys 1–5 pick an answer, Enter moves on and Backspace goes back, except where the key
/// already means something: in a text field, on a button or link, or with a modifier.
fn on_key(ctx: Ctx, event: ev::KeyboardEvent, pick: impl Fn(u8, bool)) {
    if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
        return;
    }
    let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let tag = target.as_ref().map(|t| t.tag_name().to_ascii_lowercase()).unwrap_or_default();
    // Only where keys type text or pick from a list: a radio button or the checkbox below takes
    // no digits, so there keys 1–5 still pick an answer.
    let input_type = target.as_ref().and_then(|t| t.get_attribute("type")).unwrap_or_default();
    let types_text = !matches!(input_type.as_str(), "radio" | "checkbox" | "button" | "submit");
    let editable = matches!(tag.as_str(), "textarea" | "select") || (tag == "input" && types_text);
    let activates = matches!(tag.as_str(), "button" | "a" | "summary") || editable;
    // Not while the footer's dialog is open.
    if editable || document().query_selector("dialog[open]").ok().flatten().is_some() {
        return;
    }
    match event.key().as_str() {
        key @ ("1" | "2" | "3" | "4" | "5") => {
            event.prevent_default();
            pick(key.parse().unwrap_or(3), false);
        }
        "Enter" if !activates && !event.repeat() => {
            event.prevent_default();
            ctx.act(Action::Next);
        }
        "Backspace" if !event.repeat() => {
            event.prevent_default();
            ctx.dispatch(Action::Back);
        }
        _ => {}
    }
}
