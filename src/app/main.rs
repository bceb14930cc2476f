//! The browser app: renders the domain's state and dispatches its actions. Scoring, content and
//! the saved format live in the `career_quiz` library; storage sits behind `storage`, the page's
//! address behind `page_url`, the error screen in `crash`.

mod crash;
mod fetch;
mod footer;
mod host;
mod html_screens;
mod page_url;
mod quiz;
mod storage;
mod teacher;
mod updates;
mod welcome;

use career_quiz::attempts::{self, Attempt};
use career_quiz::content::Model;
use career_quiz::embed;
use career_quiz::language;
use career_quiz::messages::{fill, Messages, EN};
use career_quiz::progress::{Action, DecodeError, Merged, Progress, Screen};
use career_quiz::region::{self, Home};
use career_quiz::report::{self, SHARED_PREFIX};
use career_quiz::resume_code;
use career_quiz::scoring::{self, Outcome};
use html_screens::Shared;
use leptos::prelude::*;

fn main() {
    crash::install_panic_hook(&EN);
    // A school's options for its copy of the quiz (see `assets/embed.js`); a bad one is ignored.
    let ignored = |warning: &str| leptos::logging::warn!("career quiz: {warning}");
    if let Some(namespace) = page_url::param("storage") {
        match embed::storage_namespace(&namespace) {
            Ok(namespace) => storage::use_namespace(namespace),
            Err(warning) => ignored(warning),
        }
    }
    let asked = page_url::param("lang");
    if let Some(Err(warning)) = asked.as_deref().map(embed::language) {
        ignored(warning);
    }
    let lang = language::chosen(asked.as_deref(), storage::load_language().as_deref());
    let school_home = page_url::param("region").and_then(|raw| embed::region(&raw).map_err(ignored).ok());
    // English, built in; `None` if its content cannot be read (the app then says so).
    let english = || match Model::embedded() {
        Ok(model) => Some(&*Box::leak(Box::new(model))),
        Err(error) => {
            leptos::logging::error!("{error}");
            None
        }
    };
    if lang == language::LANGUAGES[0] {
        return start(&EN, english(), None, school_home);
    }
    // Another language comes as a file of its own, fetched only by those who pick it.
    wasm_bindgen_futures::spawn_local(async move {
        let file = fetch::text(&language::file_path(lang)).await;
        match file.as_deref().and_then(|file| language::read_file(lang, file)) {
            Some((text, model)) => {
                let text: &'static Messages = Box::leak(Box::new(text));
                crash::install_panic_hook(text);
                start(text, Some(Box::leak(Box::new(model))), None, school_home);
            }
            None => start(&EN, english(), Some(EN.language_unavailable()), school_home),
        }
    });
}

/// Shows the quiz in the language of `text`: the page's language and title follow it.
fn start(text: &'static Messages, model: Option<&'static Model>, notice: Option<&'static str>, school_home: Option<Home>) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", text.lang);
    }
    document().set_title(text.app_title());
    // The static "Loading the quiz…" of index.html, which `assets/boot.js` watches.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(move || App(AppProps { text, model, notice, school_home }));
}

/// What every screen needs: the content, the messages, the progress and a way to change it.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub model: &'static Model,
    pub text: &'static Messages,
    pub progress: RwSignal<Progress>,
    /// The scored answers, computed when a screen first asks and again only after an answer changes.
    pub outcome: Memo<Outcome>,
    /// Earlier attempts on this device, newest first.
    pub attempts: RwSignal<Vec<Attempt>>,
    /// The student brought themselves to their results on this page, by a click here: only then
    /// may a school's page hear of them, never from an address or a save alone.
    results_shown_by_student: RwSignal<bool>,
    /// Where a school's students live (its `region` option), until a student says.
    school_home: Option<Home>,
    panic_drill: bool,
}

impl Ctx {
    pub fn dispatch(self, action: Action) {
        if self.panic_drill && matches!(action, Action::Answer(..)) {
            panic!("panic drill (?drill=panic): a deliberate panic on answering");
        }
        self.progress.update(|p| p.apply(action, self.model));
    }

    /// Whose pay and routes come first for this student (`region::home_shown`). Tracked.
    pub fn home(self) -> Option<Home> {
        region::home_shown(self.progress.with(Progress::home_said), self.school_home, self.text.lang)
    }

    /// An action the student took with a click on this page.
    pub fn act(self, action: Action) {
        self.dispatch(action);
        if self.progress.with_untracked(|p| p.screen == Screen::Results) {
            self.results_shown_by_student.set(true);
        }
    }
}

/// The time now by the browser's clock, in milliseconds since 1970: when an answer was given.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Whether the student lets the quiz send their answers to a school's page that asked for them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AnswersToHost {
    NotAsked,
    Send,
    Keep,
}

/// Whether and how progress is being saved on this page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Saving {
    Saved,
    /// Storage cannot be reached: the quiz runs in memory.
    Unavailable,
    /// A save newer than this app is left alone: the quiz runs in memory.
    NewerSaveKept,
    /// Reading the save failed, so what it holds is not known: it is left alone and the quiz runs
    /// in memory.
    ReadFailed,
    /// A save that could not be fully read could not be backed up either (no room): it is left
    /// where it is and the quiz runs in memory.
    BackupFailed,
    /// The last write was refused.
    WriteFailed,
}

impl Saving {
    /// Whether this page writes the progress to storage (and so may also remove it).
    pub fn persists(self) -> bool {
        matches!(self, Saving::Saved | Saving::WriteFailed)
    }
}

/// The quiz in one language. `model` is `None` when the content cannot be read; `notice` says
/// why the quiz is not in the language asked for, if it is not. `school_home` is a school's
/// `region` option.
#[component]
fn App(text: &'static Messages, model: Option<&'static Model>, notice: Option<&'static str>, school_home: Option<Home>) -> impl IntoView {
    let Some(model) = model else {
        return view! { <main id="main" class="card"><p role="alert">{text.content_error()}</p></main> }.into_any();
    };

    let notices = RwSignal::new(Vec::<String>::new());
    let notify = move |notice: String| {
        notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice)
            }
        })
    };
    if let Some(notice) = notice {
        notify(notice.to_owned());
    }
    let mut saving = if storage::available() { Saving::Saved } else { Saving::Unavailable };
    // Before a save is replaced by what this page writes, any part of it that could not be read
    // is copied to a backup key; if even that does not fit, the save is left alone.
    let progress = match storage::load() {
        Err(storage::ReadFailed) => {
            saving = Saving::ReadFailed;
            Progress::new(model)
        }
        Ok(None) => Progress::new(model),
        Ok(Some(saved)) => match Progress::decode(&saved, model) {
            Ok(restored) => {
                if restored.dropped > 0 {
                    if storage::keep_unreadable(&saved) {
                        notify(fill(text.count(text.storage_dropped(), restored.dropped), &[("count", &restored.dropped.to_string())]));
                    } else {
                        saving = Saving::BackupFailed;
                    }
                }
                restored.progress
            }
            Err(DecodeError::NewerVersion(_)) => {
                saving = Saving::NewerSaveKept;
                Progress::new(model)
            }
            Err(_) => {
                if storage::keep_unreadable(&saved) {
                    notify(text.storage_unreadable().to_owned());
                } else {
                    saving = Saving::BackupFailed;
                }
                Progress::new(model)
            }
        },
    };
    // An address that names a screen (`#results`, `#career/ID`, ...) opens it, whatever the save
    // says: a direct link or a reload. A bare address resumes where the save left off.
    let mut progress = progress;
    let address = page_url::fragment();
    if let Some(screen) = Screen::from_address(&address, model).filter(|_| !address.is_empty()) {
        progress.apply(screen.action(), model);
    }
    // A share link (`#shared/CODE` or `#shared/CODE/HOME`) shows someone's results over the quiz,
    // touching no save.
    let shared = RwSignal::new(None::<Shared>);
    let open_shared = move |address: &str| {
        // Set only on a change: each setting moves the address (below), a new history entry.
        let leave = move || {
            if shared.with_untracked(Option::is_some) {
                shared.set(None);
            }
        };
        let Some((code, home)) = address.strip_prefix(SHARED_PREFIX).map(report::shared_parts) else { return leave() };
        match resume_code::decode(code, model) {
            Ok(resumed) => shared.set(Some(Shared { answers: resumed.answers, home })),
            Err(error) => {
                leave();
                let why = text.code_problem(error);
                notify(fill(text.shared_bad(), &[("why", why)]));
            }
        }
    };
    open_shared(&address);
    let progress = RwSignal::new(progress);
    let answers = Memo::new(move |_| progress.with(|p| p.answers.clone()));
    let outcome = Memo::new(move |_| answers.with(|a| scoring::score(model, a)));
    let attempts = RwSignal::new(storage::load_attempts().map(|saved| attempts::decode(model, &saved)).unwrap_or_default());
    let results_shown_by_student = RwSignal::new(false);
    let ctx = Ctx { model, text, progress, outcome, attempts, results_shown_by_student, school_home, panic_drill: page_url::panic_drill_requested() };
    let saving = RwSignal::new(saving);

    // Save after every change, unless saving is off for this page. A blank start is not saved.
    // Nothing here removes a save: only "Start again" and "Clear my data" do (`Footer`), so a
    // save this page could not read, or has not yet written, is never lost. The same text is
    // never written twice in a row: another tab hears every write, and an echo would start a loop.
    // What storage holds, as far as this page knows: `None` when not known.
    let stored_now = StoredValue::new(None::<String>);
    let save = move || {
        if !saving.get_untracked().persists() || ctx.progress.with_untracked(Progress::is_blank) {
            return;
        }
        let wanted = ctx.progress.with_untracked(|p| p.encode(model));
        if stored_now.with_value(|now| now.as_ref() == Some(&wanted)) {
            return;
        }
        let stored = storage::save(&wanted);
        saving.set(if stored { Saving::Saved } else { Saving::WriteFailed });
        stored_now.set_value(stored.then_some(wanted));
    };
    Effect::new(move |_| {
        ctx.progress.track();
        save();
    });

    // Another tab of the quiz saved: take in its newer answers (and say so), keep this tab's
    // place, and write back any answer of this tab's that its save lacks. It removed the save
    // ("Start again", "Clear my data"): start afresh here too. Something else cleared all of the
    // site's storage: this tab still has the answers, so it saves them again.
    storage::on_change_in_other_tab(move |change| {
        if !saving.get_untracked().persists() {
            return;
        }
        match change {
            storage::Change::Saved(saved) => {
                stored_now.set_value(Some(saved.clone()));
                let Ok(other) = Progress::decode(&saved, model) else { return };
                let mut merged = Merged::default();
                // Only a real change notifies the signal (and so saves): no echo back to the other tab.
                ctx.progress.maybe_update(|p| {
                    merged = p.merge_from_other_tab(&other.progress);
                    merged.changed
                });
                if merged.changed {
                    notify(text.other_tab_updated().to_owned());
                } else if merged.ours_newer {
                    save();
                }
            }
            storage::Change::Removed => {
                stored_now.set_value(None);
                // Start again there writes where the student lives back at once, and this tab
                // takes it from that save; Clear my data leaves nothing, and nor does this tab.
                if !ctx.progress.with_untracked(Progress::is_blank) {
                    ctx.dispatch(Action::StartAgain);
                    ctx.dispatch(Action::SetHome(None, 0));
                }
            }
            storage::Change::Cleared => {
                stored_now.set_value(None);
                save();
                ctx.attempts.with_untracked(|kept| !kept.is_empty() && storage::save_attempts(&attempts::encode(model, kept)));
            }
        }
    });

    let update_ready = RwSignal::new(false);
    updates::on_update_ready(move || update_ready.set(true));

    let saving_notice = move || match saving.get() {
        Saving::Saved => None,
        Saving::Unavailable => Some(text.storage_unavailable()),
        Saving::NewerSaveKept => Some(text.storage_newer()),
        Saving::ReadFailed => Some(text.storage_read_failed()),
        Saving::BackupFailed => Some(text.storage_backup_failed()),
        Saving::WriteFailed => Some(text.storage_write_failed()),
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

    // The address follows the screen, one history entry per screen, so Back and Forward move
    // between screens and each can be linked to.
    // While shared results are shown, the address stays their share link.
    Effect::new(move |_| {
        let address = screen.get().address(model);
        if shared.with(Option::is_none) {
            page_url::show_fragment(&address);
        }
    });
    page_url::on_fragment_change(move |fragment| {
        open_shared(&fragment);
        if let Some(screen) = Screen::from_address(&fragment, model) {
            ctx.dispatch(screen.action());
        }
    });

    // A school's page hears when the student reaches a ranking by their own click, once per
    // ranking. If it asked for the answers too, the student is asked first.
    let answers_to_host = RwSignal::new(AnswersToHost::NotAsked);
    let reached = move || screen.get() == Screen::Results && ctx.results_shown_by_student.get() && host::present();
    let asking = move || reached() && host::wants_answers() && answers_to_host.get() == AnswersToHost::NotAsked;
    Effect::new(move |sent: Option<Option<String>>| {
        let message = (reached() && !asking())
            .then(|| {
                let answers = (answers_to_host.get() == AnswersToHost::Send).then(|| ctx.progress.with(|p| p.answers.clone()));
                ctx.outcome.with(|outcome| embed::completion_message(model, outcome, answers.as_deref()))
            })
            .flatten();
        if message.is_some() && message != sent.flatten() {
            host::completed(message.as_deref().unwrap_or_default());
        }
        message
    });

    view! {
        <a class="skip-link" href="#main">{text.skip_to_content()}</a>
        <header class="site-header">
            <p class="site-title">{text.app_title()}</p>
            <LanguageSwitch current=text.lang />
        </header>
        <div class="notices" role="status">
            {move || saving_notice().map(|notice| view! { <p class="notice">{notice}</p> })}
            // Progress that cannot be kept here can still be carried away as a resume code.
            {move || {
                let unsaved = saving.get() != Saving::Saved && ctx.progress.with(|p| p.answered() > 0);
                unsaved.then(|| {
                    let code = ctx.progress.with(|p| career_quiz::resume_code::encode(model, &p.answers, p.current));
                    // Not read out again after every answer, though the code changes with each.
                    view! { <p class="notice resume-code-offer" aria-live="off">{text.resume_code_offer()} " " <code id="resume-code">{code}</code></p> }
                })
            }}
            {move || notices.get().into_iter().map(|notice| view! { <p class="notice">{notice}</p> }).collect_view()}
            // A school's page asked for the answers: the student says whether it gets them.
            {move || asking().then(|| view! {
                <section class="notice host-consent" aria-labelledby="host-consent-text">
                    <p id="host-consent-text">{text.host_answers_ask()}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| answers_to_host.set(AnswersToHost::Send)>{text.host_answers_yes()}</button>
                        <button type="button" on:click=move |_| answers_to_host.set(AnswersToHost::Keep)>{text.host_answers_no()}</button>
                    </div>
                </section>
            })}
            {move || update_ready.get().then(|| view! {
                <p class="notice">
                    {text.update_ready()} " "
                    <button type="button" class="primary" on:click=move |_| updates::apply()>{text.update_apply()}</button>
                </p>
            })}
        </div>
        // Says "Question 3 of 50" as each question comes, for screen readers. It stays on the
        // page, because a live region only announces changes to itself, not its arrival.
        <p class="visually-hidden" aria-live="polite">
            {move || (screen.get() == Screen::Quiz).then(|| {
                let n = ctx.progress.with(|p| p.current) + 1;
                fill(text.progress_label(), &[("n", &n.to_string()), ("total", &model.questions.len().to_string())])
            })}
        </p>
        <main id="main" tabindex="-1">
            {move || match (shared.get(), screen.get()) {
                (None, Screen::Quiz) => quiz::Question(quiz::QuestionProps { ctx }).into_any(),
                (None, Screen::Welcome) => welcome::Welcome(welcome::WelcomeProps { ctx }).into_any(),
                // Every other screen is HTML from the domain: results, shared results, a career,
                // comparison, privacy, class summary.
                (shared_answers, screen) => {
                    html_screens::html_screen(ctx, screen, shared_answers, Callback::new(move |()| shared.set(None))).into_any()
                }
            }}
        </main>
        <footer::Footer ctx notify=Callback::new(notify) saving />
    }
    .into_any()
}

/// A link to the quiz in the other language. Following it reloads the quiz there: the answers are
/// saved, the address keeps its screen and a school's options, and the student's choice is
/// remembered (a school's `lang` in the address is not: it is the school's, on every visit).
#[component]
fn LanguageSwitch(current: &'static str) -> impl IntoView {
    let other = language::other(current);
    let follow = move |event: leptos::ev::MouseEvent| {
        if let Some(address) = page_url::with_language(other) {
            event.prevent_default();
            storage::save_language(other);
            let _ = window().location().assign(&address);
        }
    };
    view! {
        <a class="language-switch" href=format!("?lang={other}") hreflang=other lang=other on:click=follow>
            {language::own_name(other)}
        </a>
    }
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
