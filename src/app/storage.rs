//! The browser's local storage, and nothing else touches it. Every call checks first that storage
//! can be reached at all: in a sandboxed iframe or with storage blocked, merely asking for
//! `window.localStorage` throws, and gloo-storage would turn that into an uncaught exception.

use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

/// Where the student's progress is kept.
pub const PROGRESS_KEY: &str = "career-quiz:progress";
/// Where a save the app could not read is kept before it is replaced, so it is never lost.
pub const UNREADABLE_BACKUP_KEY: &str = "career-quiz:progress-unreadable";

pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// The saved progress as text, `None` when there is none.
pub fn load() -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(PROGRESS_KEY).ok().flatten()
}

/// Saves the progress; `false` when the browser refused (quota, blocked storage).
pub fn save(saved: &str) -> bool {
    if !available() {
        return false;
    }
    // Stored as the JSON text itself, so what is saved is exactly what `Progress::decode` reads.
    match serde_json::from_str::<Value>(saved) {
        Ok(value) => LocalStorage::set(PROGRESS_KEY, value).is_ok(),
        Err(_) => false,
    }
}

/// Keeps a save that could not be read under its own key before anything replaces it.
pub fn keep_unreadable(text: &str) -> bool {
    available() && LocalStorage::raw().set_item(UNREADABLE_BACKUP_KEY, text).is_ok()
}

/// Removes the student's progress (not the backup of an unreadable save: that is theirs to keep).
pub fn clear_progress() {
    if available() {
        LocalStorage::delete(PROGRESS_KEY);
    }
}
