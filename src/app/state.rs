//! The app's state in one place: the progress, its scored outcome, earlier attempts, someone's
//! shared results, the notices and how saving goes. `State::load` reads them from storage and the
//! address once, at start-up; the shell provides the result by context, and every component takes
//! it with [`use_ctx`] and changes the progress only through [`Ctx::dispatch`].

use crate::{page_url, storage};
use career_quiz::attempts::{self, Attempt};
use career_quiz::content::Model;
use career_quiz::embed::School;
use career_quiz::messages::{fill, Messages};
use career_quiz::progress::{Action, DecodeError, Progress, Screen};
use career_quiz::region::{self, Home};
use career_quiz::report::{self, SHARED_PREFIX};
use career_quiz::resume_code;
use career_quiz::scoring::{self, Outcome};
use leptos::prelude::*;

/// Someone's results from a share link: their answers, and where they live if the link says.
#[derive(Clone, PartialEq)]
pub struct Shared {
    pub answers: Vec<Option<u8>>,
    pub home: Option<Home>,
}

/// Whether the student lets the quiz send their answers to a school's page that asked for them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AnswersToHost {
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

/// What every screen needs: the content, the messages, the state and a way to change it.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub model: &'static Model,
    pub text: &'static Messages,
    pub progress: RwSignal<Progress>,
    pub answers: Memo<Vec<Option<u8>>>,
    /// The scored answers, computed when a screen first asks and again only after an answer changes.
    pub outcome: Memo<Outcome>,
    /// Earlier attempts on this device, newest first.
    pub attempts: RwSignal<Vec<Attempt>>,
    /// Someone's results from a share link, shown over the quiz while set.
    pub shared: RwSignal<Option<Shared>>,
    /// Said once at the top, each once: what went wrong, or came in from another tab.
    pub notices: RwSignal<Vec<String>>,
    pub saving: RwSignal<Saving>,
    pub answers_to_host: RwSignal<AnswersToHost>,
    /// A new version of the quiz is ready to take over.
    pub update_ready: RwSignal<bool>,
    /// Picking an answer moves on to the next question; the student may turn it off.
    pub auto_advance: RwSignal<bool>,
    /// The student brought themselves to their results on this page, by a click here: only then
    /// may a school's page hear of them, never from an address or a save alone.
    pub results_shown_by_student: RwSignal<bool>,
    /// Where a school's students live (its `region` option), until a student says.
    school_home: Option<Home>,
    /// The class tag of a school's link (its `class` option), which the share link carries.
    pub class_tag: Option<&'static str>,
    panic_drill: bool,
}

/// The state, as provided by the shell.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

impl Ctx {
    /// Reads the save and the address. Before a save is replaced by what this page writes, any
    /// part of it that could not be read is copied to a backup key; if even that does not fit,
    /// the save is left alone.
    pub fn load(model: &'static Model, text: &'static Messages, notice: Option<&'static str>, school: School) -> Ctx {
        let mut notices = notice.map(str::to_owned).into_iter().collect::<Vec<_>>();
        let mut saving = if storage::available() { Saving::Saved } else { Saving::Unavailable };
        let mut progress = match storage::load() {
            Err(storage::ReadFailed) => {
                saving = Saving::ReadFailed;
                Progress::new(model)
            }
            Ok(None) => Progress::new(model),
            Ok(Some(saved)) => match Progress::decode(&saved, model) {
                Ok(restored) => {
                    if restored.dropped > 0 {
                        if storage::keep_unreadable(&saved) {
                            notices.push(fill(text.count(text.storage_dropped(), restored.dropped), &[("count", &restored.dropped.to_string())]));
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
                        notices.push(text.storage_unreadable().to_owned());
                    } else {
                        saving = Saving::BackupFailed;
                    }
                    Progress::new(model)
                }
            },
        };
        // An address that names a screen (`#results`, `#career/ID`, ...) opens it, whatever the
        // save says: a direct link or a reload. A bare address resumes where the save left off.
        let address = page_url::fragment();
        if let Some(screen) = Screen::from_address(&address, model).filter(|_| !address.is_empty()) {
            progress.apply(screen.action(), model);
        }
        let ctx = Ctx::first_visit(model, text, school);
        ctx.progress.set(progress);
        ctx.attempts.set(storage::load_attempts().map(|saved| attempts::decode(model, &saved)).unwrap_or_default());
        ctx.notices.set(notices);
        ctx.saving.set(saving);
        ctx.auto_advance.set(storage::load_auto_advance());
        let ctx = Ctx { panic_drill: page_url::panic_drill_requested(), ..ctx };
        ctx.open_shared(&address);
        ctx
    }

    /// The state of a first visit: no save, no address, nothing said. What `index.html` shows
    /// before the wasm runs is the page drawn for it (`prerender.rs`), which touches no browser API.
    pub fn first_visit(model: &'static Model, text: &'static Messages, school: School) -> Ctx {
        let progress = RwSignal::new(Progress::new(model));
        let answers = Memo::new(move |_| progress.with(|p| p.answers.clone()));
        Ctx {
            model,
            text,
            progress,
            answers,
            outcome: Memo::new(move |_| answers.with(|a| scoring::score(model, a))),
            attempts: RwSignal::new(Vec::new()),
            shared: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            saving: RwSignal::new(Saving::Saved),
            answers_to_host: RwSignal::new(AnswersToHost::NotAsked),
            update_ready: RwSignal::new(false),
            auto_advance: RwSignal::new(true),
            results_shown_by_student: RwSignal::new(false),
            school_home: school.home,
            // Once a page: kept as long as the page.
            class_tag: school.class.map(|class| &*Box::leak(class.into_boxed_str())),
            panic_drill: false,
        }
    }

    pub fn dispatch(self, action: Action) {
        if self.panic_drill && matches!(action, Action::Answer(..)) {
            panic!("panic drill (?drill=panic): a deliberate panic on answering");
        }
        self.progress.update(|p| p.apply(action, self.model));
    }

    /// An action the student took with a click on this page.
    pub fn act(self, action: Action) {
        self.dispatch(action);
        if self.progress.with_untracked(|p| p.screen == Screen::Results) {
            self.results_shown_by_student.set(true);
        }
    }

    /// Whose pay and routes come first for this student (`region::home_shown`). Tracked.
    pub fn home(self) -> Option<Home> {
        region::home_shown(self.progress.with(Progress::home_said), self.school_home, self.text.lang)
    }

    /// Says `notice` at the top of the page, unless it is already said.
    pub fn notify(self, notice: String) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice)
            }
        })
    }

    /// A share link (`#shared/CODE` or `#shared/CODE/HOME`) shows someone's results over the
    /// quiz, touching no save; any other address leaves them.
    pub fn open_shared(self, address: &str) {
        // Set only on a change: each setting moves the address, a new history entry.
        let leave = move || {
            if self.shared.with_untracked(Option::is_some) {
                self.shared.set(None);
            }
        };
        let Some((code, tags)) = address.strip_prefix(SHARED_PREFIX).map(report::shared_parts) else { return leave() };
        match resume_code::decode(code, self.model) {
            Ok(resumed) => self.shared.set(Some(Shared { answers: resumed.answers, home: tags.home })),
            Err(error) => {
                leave();
                let why = self.text.code_problem(error);
                self.notify(fill(self.text.shared_bad(), &[("why", why)]));
            }
        }
    }
}
