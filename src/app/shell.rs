//! The page around the screens: the skip link, the header with the language switch, the notices,
//! the live region that says which question this is, the main element holding the screen, and
//! the footer.

use crate::components::footer::Footer;
use crate::components::language_switch::LanguageSwitch;
use crate::components::notices::Notices;
use crate::screens::{attempt, career, compare, privacy, question, results, skipped, teacher, welcome};
use crate::state::Ctx;
use career_quiz::content::Model;
use career_quiz::embed::School;
use career_quiz::messages::{fill, Messages};
use career_quiz::progress::Screen;
use leptos::prelude::*;

/// The quiz in one language. `model` is `None` when the content cannot be read; `notice` says
/// why the quiz is not in the language asked for, if it is not. `school` is what a school's
/// `region` option.
#[component]
pub fn App(text: &'static Messages, model: Option<&'static Model>, notice: Option<&'static str>, school: School) -> impl IntoView {
    let Some(model) = model else {
        return view! { <main id="main" class="card"><p role="alert">{text.content_error()}</p></main> }.into_any();
    };
    let ctx = Ctx::load(model, text, notice, school);
    let screen = Memo::new(move |_| ctx.progress.with(|p| p.screen.clone()));
    crate::effects::start(ctx, screen);
    Page(PageProps { ctx, screen }).into_any()
}

/// The page for the state in `ctx`, on the screen `screen` says. The app draws it live; the
/// native build draws it once for a first visit, into `index.html` (`prerender.rs`).
#[component]
pub fn Page(ctx: Ctx, screen: Memo<Screen>) -> impl IntoView {
    let (text, model) = (ctx.text, ctx.model);
    provide_context(ctx);
    // Which screen is drawn: it changes only when the student moves, never with the data.
    let shown = Memo::new(move |_| (ctx.shared.with(Option::is_some), screen.get()));
    view! {
        <a class="skip-link" href="#main">{text.skip_to_content()}</a>
        <header class="site-header">
            <p class="site-title">{text.app_title()}</p>
            <LanguageSwitch current=text.lang />
        </header>
        <Notices screen />
        // Says "Question 3 of 50" as each question comes, for screen readers. It stays on the
        // page, because a live region only announces changes to itself, not its arrival.
        <p class="visually-hidden" aria-live="polite">
            {move || (screen.get() == Screen::Quiz).then(|| {
                let n = ctx.progress.with(|p| p.current) + 1;
                fill(text.progress_label(), &[("n", &n.to_string()), ("total", &model.questions.len().to_string())])
            })}
        </p>
        <main id="main" tabindex="-1">
            {move || match shown.get() {
                (true, _) | (false, Screen::Results) => results::Results().into_any(),
                (false, Screen::Quiz) => question::Question().into_any(),
                (false, Screen::Welcome) => welcome::Welcome().into_any(),
                (false, Screen::Career(career)) => career::Career(career::CareerProps { career }).into_any(),
                (false, Screen::Compare(careers)) => compare::Compare(compare::CompareProps { careers }).into_any(),
                (false, Screen::Attempt(number)) => attempt::Attempt(attempt::AttemptProps { number }).into_any(),
                (false, Screen::Privacy) => privacy::Privacy().into_any(),
                (false, Screen::Teacher) => teacher::Teacher().into_any(),
                (false, Screen::Skipped) => skipped::Skipped().into_any(),
            }}
        </main>
        <Footer />
    }
}
