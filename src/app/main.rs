//! The browser app: renders the domain's state and dispatches its actions. Scoring, content and
//! the saved format live in the `career_quiz` library; storage sits behind `storage`.

mod career;
mod quiz;
mod results;
mod storage;

use career_quiz::content::Model;
use career_quiz::messages::{fill, Messages, EN};
use career_quiz::progress::{Action, DecodeError, Progress, Screen};
use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

/// What every screen needs: the content, the messages, the progress and a way to change it.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub model: &'static Model,
    pub text: &'static Messages,
    pub progress: RwSignal<Progress>,
}

impl Ctx {
    pub fn dispatch(self, action: Action) {
        self.progress.update(|p| p.apply(action, self.model));
    }
}

/// A notice about saving, shown above every screen until the page is left.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Saving {
    Saved,
    /// Storage cannot be reached: the quiz runs in memory.
    Unavailable,
    /// A save newer than this app is left alone: the quiz runs in memory.
    NewerSaveKept,
    /// The last write was refused.
    WriteFailed,
}

#[component]
fn App() -> impl IntoView {
    let text: &'static Messages = &EN;
    let model = match Model::embedded() {
        Ok(model) => &*Box::leak(Box::new(model)),
        Err(error) => {
            leptos::logging::error!("{error}");
            return view! { <main id="main" class="card"><p role="alert">{text.content_error}</p></main> }.into_any();
        }
    };

    let mut notices: Vec<String> = Vec::new();
    let mut saving = if storage::available() { Saving::Saved } else { Saving::Unavailable };
    let progress = match storage::load().map(|saved| (Progress::decode(&saved, model), saved)) {
        None => Progress::new(model),
        Some((Ok(restored), _)) => {
            if restored.dropped > 0 {
                notices.push(fill(text.storage_dropped, &[("count", &restored.dropped.to_string())]));
            }
            restored.progress
        }
        Some((Err(DecodeError::NewerVersion(_)), _)) => {
            saving = Saving::NewerSaveKept;
            Progress::new(model)
        }
        Some((Err(_), unreadable)) => {
            storage::keep_unreadable(&unreadable);
            notices.push(text.storage_unreadable.to_owned());
            Progress::new(model)
        }
    };
    let ctx = Ctx { model, text, progress: RwSignal::new(progress) };
    let saving = RwSignal::new(saving);

    // Save after every change, unless saving is off for this page.
    Effect::new(move |_| {
        let encoded = ctx.progress.with(|p| p.encode(model));
        if matches!(saving.get_untracked(), Saving::Saved | Saving::WriteFailed) {
            saving.set(if storage::save(&encoded) { Saving::Saved } else { Saving::WriteFailed });
        }
    });

    let saving_notice = move || match saving.get() {
        Saving::Saved => None,
        Saving::Unavailable => Some(text.storage_unavailable),
        Saving::NewerSaveKept => Some(text.storage_newer),
        Saving::WriteFailed => Some(text.storage_write_failed),
    };
    let screen = Memo::new(move |_| ctx.progress.with(|p| p.screen.clone()));
    // A new screen starts at its top, with the focus on its heading (the question screen moves
    // the focus itself, question by question).
    Effect::new(move |previous: Option<Screen>| {
        let now = screen.get();
        if previous.is_some_and(|previous| previous != now) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_first(".autofocus");
        }
        now
    });

    view! {
        <a class="skip-link" href="#main">{text.skip_to_content}</a>
        <header class="site-header">
            <p class="site-title">{text.app_title}</p>
        </header>
        <div class="notices" role="status">
            {move || saving_notice().map(|notice| view! { <p class="notice">{notice}</p> })}
            {notices.into_iter().map(|notice| view! { <p class="notice">{notice}</p> }).collect_view()}
        </div>
        <main id="main" tabindex="-1">
            {move || match screen.get() {
                Screen::Welcome => quiz::Welcome(quiz::WelcomeProps { ctx }).into_any(),
                Screen::Quiz => quiz::Question(quiz::QuestionProps { ctx }).into_any(),
                Screen::Results => results::Results(results::ResultsProps { ctx }).into_any(),
                Screen::Career(career) => career::CareerPage(career::CareerPageProps { ctx, career }).into_any(),
            }}
        </main>
        <Footer ctx />
    }
    .into_any()
}

/// Moves the keyboard focus to the first element matching `selector`, if there is one.
pub fn focus_first(selector: &str) {
    use wasm_bindgen::JsCast;
    if let Ok(Some(element)) = document().query_selector(selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

#[component]
fn Footer(ctx: Ctx) -> impl IntoView {
    let text = ctx.text;
    let confirming = RwSignal::new(false);
    let start_again = move |_| {
        storage::clear_progress();
        ctx.dispatch(Action::StartAgain);
        confirming.set(false);
    };
    view! {
        <footer class="site-footer">
            <p>{text.footer_privacy}</p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    // Nothing to start again from before the first answer.
                    let started = move || ctx.progress.with(|p| p.answered() > 0);
                    view! {
                        <Show when=started>
                            <button type="button" class="link-button" on:click=move |_| confirming.set(true)>
                                {text.start_again}
                            </button>
                        </Show>
                    }
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{text.start_again_confirm}</p>
                    <button type="button" class="danger" on:click=start_again>{text.start_again_yes}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{text.start_again_no}</button>
                </div>
            </Show>
            <p class="attribution">
                {text.onet_attribution} " "
                <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">{text.onet_license_link}</a>
            </p>
        </footer>
    }
}
