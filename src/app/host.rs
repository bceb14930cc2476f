//! The school's page around the quiz, reached through `window.careerQuizHost`, which
//! `assets/frame.js` sets up only when the quiz is in an iframe whose host declared its origin.
//! Outside such an iframe every call here does nothing.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn host_field(name: &str) -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let host = Reflect::get(&window, &JsValue::from_str("careerQuizHost")).ok()?;
    if host.is_undefined() {
        return None;
    }
    Reflect::get(&host, &JsValue::from_str(name)).ok()
}

/// Whether the quiz is on a school's page that declared its origin (so can hear from it).
pub fn present() -> bool {
    host_field("completed").is_some_and(|f| f.is_function())
}

/// Whether the school asked for the answers in the completion event (`data-share-answers="yes"`).
pub fn wants_answers() -> bool {
    host_field("shareAnswers").is_some_and(|flag| flag.is_truthy())
}

/// Posts the completion event (JSON from `career_quiz::embed::completion_message`) to the host.
pub fn completed(message: &str) {
    if let Some(post) = host_field("completed").and_then(|f| f.dyn_into::<Function>().ok()) {
        let _ = post.call1(&JsValue::NULL, &JsValue::from_str(message));
    }
}
