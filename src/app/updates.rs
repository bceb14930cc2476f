//! News of a new version from the service worker, which `assets/pwa.js` registers. The page
//! only swaps to the new version when the student asks ("Refresh to update").

use leptos::prelude::window_event_listener_untyped;
use wasm_bindgen::JsValue;

/// Calls `on_ready` once a new version is waiting (at once if it already was when the app
/// started, which `pwa.js` records in `window.careerQuizUpdateReady`).
pub fn on_update_ready(on_ready: impl Fn() + 'static) {
    let waiting = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("careerQuizUpdateReady")).ok())
        .is_some_and(|flag| flag.is_truthy());
    if waiting {
        on_ready();
    }
    // The listener lasts as long as the page.
    let _ = window_event_listener_untyped("career-quiz:update-ready", move |_| on_ready());
}

/// Asks the waiting version to take over; `pwa.js` reloads the page when it has.
pub fn apply() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("career-quiz:apply-update")) {
        let _ = window.dispatch_event(&event);
    }
}
