//! The question screen.

use crate::state::use_ctx;
use career_quiz::content::{Section, ANSWER_MAX, ANSWER_MIN};
use career_quiz::messages::fill;
use career_quiz::progress::Action;
use leptos::prelude::*;

#[component]
pub fn Question() -> impl IntoView {
    let ctx = use_ctx();
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
                            on:change=move |_| ctx.dispatch(Action::Answer(value, crate::now()))
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
                        {fill(text.progress_label(), &[("n", &(index + 1).to_string()), ("total", &total.to_string())])}
                        " · "
                        {move || fill(text.progress_answered(), &[("answered", &answered.get().to_string())])}
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
                    <button type="button" on:click=move |_| ctx.dispatch(Action::Back)>{text.back()}</button>
                    <button type="button" class="primary" on:click=move |_| ctx.act(Action::Next)>
                        {move || match (is_last, chosen.get().is_some()) {
                            (true, _) => text.finish(),
                            (false, true) => text.next(),
                            (false, false) => text.skip(),
                        }}
                    </button>
                </div>
            </section>
        }
    }
}
