//! The welcome page and the question screen.

use crate::Ctx;
use career_quiz::content::{Section, ANSWER_MAX, ANSWER_MIN};
use career_quiz::messages::fill;
use career_quiz::progress::Action;
use career_quiz::resume_code::{self, CodeError};
use leptos::prelude::*;

#[component]
pub fn Welcome(ctx: Ctx) -> impl IntoView {
    let text = ctx.text;
    let total = ctx.model.questions.len();
    // Tracked: "Start again" or another tab can change the progress while this page is shown.
    let place = move || ctx.progress.with(|p| (p.answered(), p.current));
    let start_label = move || match place() {
        (0, _) => text.start.to_owned(),
        (_, current) => fill(text.resume, &[("n", &(current + 1).to_string())]),
    };
    let finished = move || matches!(place(), (answered, current) if answered > 0 && current + 1 >= total);
    view! {
        <section class="card welcome">
            <h1 tabindex="-1" class="autofocus">{text.welcome_heading}</h1>
            <p>{fill(text.welcome_intro, &[("careers", &ctx.model.content.careers.len().to_string())])}</p>
            <p>{fill(text.welcome_how, &[("total", &total.to_string())])}</p>
            <p class="privacy">{text.welcome_privacy}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| ctx.dispatch(Action::Start)>
                    {start_label}
                </button>
                <Show when=finished>
                    <button type="button" on:click=move |_| ctx.dispatch(Action::ShowResults)>{text.view_results}</button>
                </Show>
            </div>
            <ResumeCodeForm ctx />
        </section>
    }
}

/// Where a student types a resume code to carry on from it.
#[component]
fn ResumeCodeForm(ctx: Ctx) -> impl IntoView {
    let text = ctx.text;
    let problem = RwSignal::new("");
    let use_code = move |event: leptos::ev::SubmitEvent| {
        use wasm_bindgen::JsCast;
        event.prevent_default();
        let typed = document()
            .get_element_by_id("resume-code-input")
            .map(|input| input.unchecked_into::<web_sys::HtmlInputElement>().value())
            .unwrap_or_default();
        match resume_code::decode(&typed, ctx.model) {
            Ok(resumed) => ctx.progress.update(|p| p.resume_from(resumed, ctx.model)),
            Err(error) => problem.set(match error {
                CodeError::BadCharacter => text.resume_code_bad_character,
                CodeError::WrongLength => text.resume_code_wrong_length,
                CodeError::Mistyped => text.resume_code_mistyped,
                CodeError::OtherVersion => text.resume_code_other_version,
            }),
        }
    };
    view! {
        <details class="resume-code">
            <summary>{text.resume_code_summary}</summary>
            <form on:submit=use_code>
                <label for="resume-code-input">{text.resume_code_label}</label>
                <input
                    id="resume-code-input"
                    type="text"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby="resume-code-problem"
                />
                <button type="submit">{text.resume_code_use}</button>
                <p id="resume-code-problem" role="alert">{move || problem.get()}</p>
            </form>
        </details>
    }
}

#[component]
pub fn Question(ctx: Ctx) -> impl IntoView {
    let text = ctx.text;
    let total = ctx.model.questions.len();
    // Re-render the question only when it changes, not on every answer, so focus stays put.
    let current = Memo::new(move |_| ctx.progress.with(|p| p.current.min(total.saturating_sub(1))));
    let answered = Memo::new(move |_| ctx.progress.with(|p| p.answered()));

    // Each new question takes the focus, so keyboard and screen-reader users start at its heading.
    Effect::new(move |_| {
        current.track();
        crate::focus_first("#question-heading");
    });

    move || {
        let index = current.get();
        let question = &ctx.model.content.questions[index];
        let section = question.section;
        let (section_name, prompt) = text.section(section);
        let chosen = Memo::new(move |_| ctx.progress.with(|p| p.answers[index]));
        let is_last = index + 1 == total;
        let options = (ANSWER_MIN..=ANSWER_MAX)
            .map(|value| {
                view! {
                    <label class="option">
                        <input
                            type="radio"
                            name="answer"
                            value=value.to_string()
                            prop:checked=move || chosen.get() == Some(value)
                            on:change=move |_| ctx.dispatch(Action::Answer(value))
                        />
                        <span>{text.scale_label(section, value)}</span>
                    </label>
                }
            })
            .collect_view();
        let item = if section == Section::Conditions { format!("…{}?", question.text) } else { question.text.clone() };
        view! {
            <section class="card question" aria-labelledby="question-heading">
                <div class="progress">
                    <p class="section-name">{section_name}</p>
                    <p id="progress-text">
                        {fill(text.progress_label, &[("n", &(index + 1).to_string()), ("total", &total.to_string())])}
                        " · "
                        {move || fill(text.progress_answered, &[("answered", &answered.get().to_string())])}
                    </p>
                    <progress max=total.to_string() value=(index + 1).to_string() aria-labelledby="progress-text"></progress>
                </div>
                <fieldset data-question=question.id.clone()>
                    <legend>
                        <span class="prompt">{prompt}</span>
                        <h1 id="question-heading" tabindex="-1">{item}</h1>
                    </legend>
                    <div class="options">{options}</div>
                </fieldset>
                <div class="actions">
                    <button type="button" on:click=move |_| ctx.dispatch(Action::Back)>{text.back}</button>
                    <button type="button" class="primary" on:click=move |_| ctx.dispatch(Action::Next)>
                        {move || match (is_last, chosen.get().is_some()) {
                            (true, _) => text.finish,
                            (false, true) => text.next,
                            (false, false) => text.skip,
                        }}
                    </button>
                </div>
            </section>
        }
    }
}
