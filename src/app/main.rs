//! The browser app: components draw the domain's view-models and dispatch its actions. Scoring,
//! content, the saved format and the view-models live in the `career_quiz` library. Here: the
//! state (`state`), what happens beside drawing (`effects`), the page around the screens
//! (`shell`), the screens and their shared pieces; storage sits behind `storage`, the page's
//! address behind `page_url`, the error screen in `crash`.

// Natively this binary only draws the first screen (`prerender`): the rest is never called there.
#![recursion_limit = "256"]
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code, unused_imports))]

mod components;
mod crash;
mod effects;
mod fetch;
mod first_screen;
mod host;
mod page_url;
#[cfg(not(target_arch = "wasm32"))]
mod prerender;
mod screens;
mod share;
mod shell;
mod state;
mod storage;
mod updates;

use career_quiz::content::Model;
use career_quiz::embed::{self, School};
use career_quiz::language;
use career_quiz::messages::{Messages, EN};
use leptos::prelude::*;
use shell::{App, AppProps};

/// Natively (`scripts/post-build.mjs`): `career-quiz LANG` prints the first visit's page in that
/// language as HTML.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let lang = std::env::args().nth(1).unwrap_or_default();
    match prerender::first_visit(&lang) {
        Ok(html) => println!("{html}"),
        Err(why) => {
            eprintln!("career-quiz: {why}");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
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
    let school = School {
        home: page_url::param("region").and_then(|raw| embed::region(&raw).map_err(ignored).ok()),
        class: page_url::param("class").and_then(|raw| embed::class_tag(&raw).map(str::to_owned).map_err(ignored).ok()),
    };
    // English, built in; `None` if its content cannot be read (the app then says so).
    let english = || match Model::embedded() {
        Ok(model) => Some(&*Box::leak(Box::new(model))),
        Err(error) => {
            leptos::logging::error!("{error}");
            None
        }
    };
    if lang == language::LANGUAGES[0] {
        return start(&EN, english(), None, school);
    }
    // Another language comes as a file of its own, fetched only by those who pick it.
    wasm_bindgen_futures::spawn_local(async move {
        let file = fetch::text(&language::file_path(lang)).await;
        match file.as_deref().and_then(|file| language::read_file(lang, file)) {
            Some((text, model)) => {
                let text: &'static Messages = Box::leak(Box::new(text));
                crash::install_panic_hook(text);
                start(text, Some(Box::leak(Box::new(model))), None, school);
            }
            None => start(&EN, english(), Some(EN.language_unavailable()), school),
        }
    });
}

/// Shows the quiz in the language of `text`: the page's language and title follow it.
fn start(text: &'static Messages, model: Option<&'static Model>, notice: Option<&'static str>, school: School) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", text.lang);
    }
    document().set_title(text.app_title());
    // The static "Loading the quiz…" of index.html, which `assets/boot.js` watches, and the first
    // screen drawn at build time: the app takes their place in the same frame, so nothing flashes.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let left = first_screen::take_down();
    leptos::mount::mount_to_body(move || App(AppProps { text, model, notice, school }));
    if let Some(left) = left {
        first_screen::carry_over(left);
    }
}

/// The time now by the browser's clock, in milliseconds since 1970: when an answer was given.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's date as the browser has it, `YYYY-MM-DD`, for the printed report and the files.
pub fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}

/// A time (milliseconds since 1970) as `YYYY-MM-DDTHH:MM` in the device's time zone.
pub fn local_minute(unix_millis: u64) -> String {
    let offset = -js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(unix_millis as f64)).get_timezone_offset();
    career_quiz::dates::minute_of(unix_millis, offset as i64)
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
