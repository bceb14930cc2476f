//! The error screen. A panic in the wasm stops the app for good (the release build aborts), so
//! the panic hook draws this screen with plain DOM calls, and `assets/crash.js` (plain JS, which
//! still runs) wires its buttons. Answers are saved as they are given, so a reload loses nothing.

use career_quiz::messages::Messages;
use web_sys::Document;

pub fn install_panic_hook(text: &'static Messages) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        let details = format!("{info}\n\nversion {}\n{}", env!("CARGO_PKG_VERSION"), user_agent());
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            show(&document, text, &details);
        }
    }));
}

fn user_agent() -> String {
    web_sys::window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default()
}

fn show(document: &Document, text: &Messages, details: &str) -> Option<()> {
    let body = document.body()?;
    let element = |tag: &str, content: &str| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(content));
        Some(e)
    };
    let screen = document.create_element("section").ok()?;
    screen.set_id("crash");
    screen.set_attribute("role", "alert").ok()?;
    screen.set_class_name("card");
    let part = element("h1", text.crash_heading())?;
    screen.append_child(&part).ok()?;
    let part = element("p", text.crash_body())?;
    screen.append_child(&part).ok()?;
    let actions = document.create_element("div").ok()?;
    actions.set_class_name("actions");
    let reload = element("button", text.crash_reload())?;
    reload.set_attribute("data-crash-action", "reload").ok()?;
    reload.set_class_name("primary");
    let copy = element("button", text.crash_copy())?;
    copy.set_attribute("data-crash-action", "copy").ok()?;
    copy.set_attribute("data-copied-label", text.crash_copied()).ok()?;
    actions.append_child(&reload).ok()?;
    actions.append_child(&copy).ok()?;
    screen.append_child(&actions).ok()?;
    let part = element("h2", text.crash_details())?;
    screen.append_child(&part).ok()?;
    let pre = element("pre", details)?;
    pre.set_id("crash-details");
    screen.append_child(&pre).ok()?;
    body.set_class_name("crashed");
    body.append_child(&screen).ok()?;
    Some(())
}
