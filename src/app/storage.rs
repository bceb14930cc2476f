//! The browser's local storage, and nothing else touches it. Every call checks first that storage
//! can be reached at all: in a sandboxed iframe or with storage blocked, merely asking for
//! `window.localStorage` throws, and gloo-storage would turn that into an uncaught exception.
//! No call here can panic; a refusal comes back as `false` or an `Err`. A read that fails is told
//! apart from "nothing saved", since taking one for the other would lose a student's answers.

use gloo_storage::{LocalStorage, Storage};
use leptos::ev;
use leptos::prelude::window_event_listener;

use std::sync::OnceLock;

/// Where the student's progress is kept: `career-quiz:progress`, or with a school's storage
/// namespace `career-quiz:NAMESPACE:progress`.
const PROGRESS: &str = "progress";
/// Where a save the app could not fully read is kept before it is replaced, so it is never lost.
const UNREADABLE_BACKUP: &str = "progress-unreadable";
/// Earlier attempts, kept when the student starts again (`career_quiz::attempts`).
const ATTEMPTS: &str = "attempts";
/// The language the student picked (`career_quiz::language`).
const LANGUAGE: &str = "lang";
/// Set to `off` when the student turned off moving on as soon as they pick an answer.
const AUTO_ADVANCE: &str = "auto-advance";
/// The next steps the student ticked off on their results, one id a line.
const STEPS_DONE: &str = "steps-done";
/// Every key the app writes; "Clear my data" removes these and nothing else.
const ALL_KEYS: [&str; 6] = [PROGRESS, UNREADABLE_BACKUP, ATTEMPTS, LANGUAGE, AUTO_ADVANCE, STEPS_DONE];

static NAMESPACE: OnceLock<String> = OnceLock::new();

/// Keeps this page's keys apart from other schools' copies of the quiz on the same host. Set
/// once, before anything is read; the namespace is checked by `career_quiz::embed`.
pub fn use_namespace(namespace: &str) {
    let _ = NAMESPACE.set(namespace.to_owned());
}

fn key(name: &str) -> String {
    match NAMESPACE.get() {
        Some(namespace) => format!("career-quiz:{namespace}:{name}"),
        None => format!("career-quiz:{name}"),
    }
}

pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// The browser refused to read a key (a corrupted store, a disk error): what is saved is not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadFailed;

/// What is stored under one of the app's keys: `Ok(None)` when nothing is, or when storage cannot
/// be reached at all (`available` tells that apart).
fn get(name: &str) -> Result<Option<String>, ReadFailed> {
    if !available() {
        return Ok(None);
    }
    LocalStorage::raw().get_item(&key(name)).map_err(|_| ReadFailed)
}

/// Stores `text` under one of the app's keys; `false` when the browser refused (quota, blocked).
fn set(name: &str, text: &str) -> bool {
    available() && LocalStorage::raw().set_item(&key(name), text).is_ok()
}

/// The saved progress as text, `Ok(None)` when there is none.
pub fn load() -> Result<Option<String>, ReadFailed> {
    get(PROGRESS)
}

/// Saves the progress; `false` when the browser refused (quota, blocked storage).
pub fn save(saved: &str) -> bool {
    // The text as `Progress::encode` made it, so what is stored is exactly what `decode` reads.
    set(PROGRESS, saved)
}

/// The language the student picked, `None` when none was or it cannot be read.
pub fn load_language() -> Option<String> {
    get(LANGUAGE).ok().flatten()
}

pub fn save_language(lang: &str) -> bool {
    set(LANGUAGE, lang)
}

/// Whether picking an answer moves on to the next question: yes unless the student turned it off.
pub fn load_auto_advance() -> bool {
    get(AUTO_ADVANCE).ok().flatten().as_deref() != Some("off")
}

/// Keeps the student's choice; only "off" is written, so a student who never changes it leaves
/// nothing behind.
pub fn save_auto_advance(on: bool) -> bool {
    if on {
        available() && LocalStorage::raw().remove_item(&key(AUTO_ADVANCE)).is_ok()
    } else {
        set(AUTO_ADVANCE, "off")
    }
}

/// The next steps ticked off, by id.
pub fn load_steps_done() -> Vec<String> {
    get(STEPS_DONE).ok().flatten().map(|text| text.lines().map(str::to_owned).collect()).unwrap_or_default()
}

pub fn save_steps_done(done: &[String]) -> bool {
    set(STEPS_DONE, &done.join("\n"))
}

/// The earlier attempts as text, `None` when there are none or they cannot be read.
pub fn load_attempts() -> Option<String> {
    get(ATTEMPTS).ok().flatten()
}

/// Saves the earlier attempts; `false` when the browser refused.
pub fn save_attempts(text: &str) -> bool {
    set(ATTEMPTS, text)
}

/// Removes the progress: only when the student starts again.
pub fn remove_progress() -> bool {
    if !available() {
        return false;
    }
    LocalStorage::raw().remove_item(&key(PROGRESS)).is_ok()
}

/// Keeps a save that could not be fully read under its own key before anything replaces it.
pub fn keep_unreadable(text: &str) -> bool {
    set(UNREADABLE_BACKUP, text)
}

/// Removes every key the app wrote, and nothing else on the site.
pub fn clear_all() -> bool {
    available() && ALL_KEYS.iter().all(|name| LocalStorage::raw().remove_item(&key(name)).is_ok())
}

/// What another page of the site did to the quiz's storage.
pub enum Change {
    /// Another tab of the quiz saved progress: its text.
    Saved(String),
    /// The progress was removed: the student started again (or cleared their data) elsewhere.
    Removed,
    /// All of the site's storage was cleared (`localStorage.clear()`), by this quiz or any other
    /// app on the same origin: that says nothing about the student's wishes.
    Cleared,
}

/// Calls `on_change` whenever another page of the site changes the saved progress. The listener
/// lasts as long as the page.
pub fn on_change_in_other_tab(on_change: impl Fn(Change) + 'static) {
    // Browsers fire `storage` only in the other tabs, never in the one that wrote.
    let progress = key(PROGRESS);
    let _ = window_event_listener(ev::storage, move |event| match event.key() {
        Some(key) if key == progress => on_change(event.new_value().map_or(Change::Removed, Change::Saved)),
        None => on_change(Change::Cleared),
        Some(_) => {}
    });
}
