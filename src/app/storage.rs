//! The browser's local storage, and nothing else touches it. Every call checks first that storage
//! can be reached at all: in a sandboxed iframe or with storage blocked, merely asking for
//! `window.localStorage` throws, and gloo-storage would turn that into an uncaught exception.
//! No call here can panic; a refusal comes back as `false` or `None`.

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
/// Every key the app writes; "Clear my data" removes these and nothing else.
const ALL_KEYS: [&str; 4] = [PROGRESS, UNREADABLE_BACKUP, ATTEMPTS, LANGUAGE];

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

/// What is stored under one of the app's keys, `None` when nothing is or storage cannot be read.
fn get(name: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(&key(name)).ok().flatten()
}

/// Stores `text` under one of the app's keys; `false` when the browser refused (quota, blocked).
fn set(name: &str, text: &str) -> bool {
    available() && LocalStorage::raw().set_item(&key(name), text).is_ok()
}

/// The saved progress as text, `None` when there is none or storage cannot be read.
pub fn load() -> Option<String> {
    get(PROGRESS)
}

/// Saves the progress; `false` when the browser refused (quota, blocked storage).
pub fn save(saved: &str) -> bool {
    // The text as `Progress::encode` made it, so what is stored is exactly what `decode` reads.
    set(PROGRESS, saved)
}

/// The earlier attempts as text, `None` when there are none or storage cannot be read.
pub fn load_language() -> Option<String> {
    get(LANGUAGE)
}

pub fn save_language(lang: &str) -> bool {
    set(LANGUAGE, lang)
}

pub fn load_attempts() -> Option<String> {
    get(ATTEMPTS)
}

/// Saves the earlier attempts; `false` when the browser refused.
pub fn save_attempts(text: &str) -> bool {
    set(ATTEMPTS, text)
}

/// Removes the progress, when there is nothing in it worth keeping.
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

/// Calls `on_change` whenever another tab of the site saves progress (`Some` text) or removes it
/// (`None`, also when it clears all of storage). The listener lasts as long as the page.
pub fn on_change_in_other_tab(on_change: impl Fn(Option<String>) + 'static) {
    // Browsers fire `storage` only in the other tabs, never in the one that wrote.
    let progress = key(PROGRESS);
    let _ = window_event_listener(ev::storage, move |event| match event.key() {
        Some(key) if key == progress => on_change(event.new_value()),
        None => on_change(None),
        Some(_) => {}
    });
}
