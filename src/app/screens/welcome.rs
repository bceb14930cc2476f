//! The welcome page: what the quiz is, the button to start or carry on, and the resume-code form.
//! A component, so that what the student is doing here survives a change of data (another tab's
//! answer): the code half typed, the form's panel open, the focus where it is.

use crate::state::use_ctx;
use career_quiz::progress::Action;
use career_quiz::resume_code;
use career_quiz::vm::welcome::welcome;
use leptos::prelude::*;

#[component]
pub fn Welcome() -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    let shown = Memo::new(move |_| ctx.progress.with(|p| welcome(text, model.content.careers.len(), model.questions.len(), p.answered(), p.current)));
    let code = NodeRef::<leptos::html::Input>::new();
    let problem = RwSignal::new(None::<&'static str>);
    let use_code = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = code.get_untracked().map(|input| input.value()).unwrap_or_default();
        match resume_code::decode(&typed, model) {
            Ok(resumed) => ctx.progress.update(|p| p.resume_from(resumed, model, crate::now())),
            Err(error) => problem.set(Some(text.code_problem(error))),
        }
    };
    // A link, so that it works in the page drawn before the wasm runs (`prerender.rs`): the app
    // then opens `#quiz` as it starts. Once the app runs, it moves on without a page load.
    let carry_on = move |event: leptos::ev::MouseEvent| {
        if crate::page_url::plain_click(&event) {
            event.prevent_default();
            ctx.dispatch(Action::Start);
        }
    };
    view! {
        <section class="card welcome">
            <h1 tabindex="-1">{text.welcome_heading()}</h1>
            <p>{move || shown.with(|w| w.intro.clone())}</p>
            <p>{move || shown.with(|w| w.how.clone())}</p>
            <p class="privacy">{text.welcome_privacy()}</p>
            <div class="actions">
                <a class="button primary" href="#quiz" on:click=carry_on>{move || shown.with(|w| w.start.clone())}</a>
                <button type="button" hidden=move || !shown.with(|w| w.offer_results) on:click=move |_| ctx.act(Action::ShowResults)>
                    {text.view_results()}
                </button>
            </div>
            <details class="resume-code">
                <summary>{text.resume_code_summary()}</summary>
                // `method="dialog"`: in the page drawn before the wasm runs, pressing Enter here does not
                // reload the page (and lose the code typed); the app keeps what was typed.
                <form method="dialog" on:submit=use_code>
                    <label for="resume-code-input">{text.resume_code_label()}</label>
                    <input id="resume-code-input" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false"
                        aria-describedby="resume-code-problem" node_ref=code />
                    <button type="submit">{text.resume_code_use()}</button>
                    <p id="resume-code-problem" role="alert">{move || problem.get()}</p>
                </form>
            </details>
        </section>
    }
}
