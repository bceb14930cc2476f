//! The hand-over from the first screen drawn at build time to the app. `index.html` carries the
//! page a first visit shows, once per language (`prerender.rs`), and `assets/boot.js` shows the
//! one the app will show, by a class on `<html>` equal to that copy's id. As the app mounts, the
//! copies go, and what the student did on the one shown before the wasm ran is carried over:
//! what they typed, which panels they opened, where the focus was, and the button they pressed
//! (which `boot.js` noted), pressed again.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

const COPIES: &str = ".first-screen";
const FOCUSABLE: &str = "a[href], button, input, select, summary, textarea";
const TYPED: &str = "input[type=text], textarea";

/// What the student did on the first screen shown, element by element in the page's order.
pub struct Left {
    focusable: usize,
    focused: Option<usize>,
    typed: Vec<String>,
    open: Vec<bool>,
    pressed: Option<usize>,
}

/// Takes every copy of the first screen out of the page, with the class that showed one, and
/// says what the student did on the one shown (`None` if none was).
pub fn take_down() -> Option<Left> {
    let document = document();
    let root = document.document_element()?;
    let classes = root.get_attribute("class").unwrap_or_default();
    let mut left = None;
    for copy in all(&document.document_element()?, COPIES) {
        if classes.split_whitespace().any(|class| class == copy.id()) {
            let focused = document.active_element();
            let focusable = all(&copy, FOCUSABLE);
            left = Some(Left {
                focusable: focusable.len(),
                focused: focusable.iter().position(|element| Some(element) == focused.as_ref()),
                typed: all(&copy, TYPED).iter().map(value).collect(),
                open: all(&copy, "details").iter().map(|details| details.has_attribute("open")).collect(),
                pressed: copy.get_attribute("data-pressed").and_then(|n| n.parse().ok()),
            });
        }
        let _ = root.set_attribute("class", &classes.split_whitespace().filter(|class| *class != copy.id()).collect::<Vec<_>>().join(" "));
        copy.remove();
    }
    left
}

/// Puts what the student did into the app's page, if it is the same page: the same number of
/// controls (a student who followed a link before the wasm ran is on another screen by now).
pub fn carry_over(left: Left) {
    let Some(body) = document().body() else { return };
    let focusable = all(&body, FOCUSABLE);
    if focusable.len() != left.focusable {
        return;
    }
    for (field, typed) in all(&body, TYPED).iter().zip(&left.typed) {
        if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
            input.set_value(typed);
        } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(typed);
        }
    }
    for (details, open) in all(&body, "details").iter().zip(left.open) {
        if open {
            let _ = details.set_attribute("open", "");
        }
    }
    let control = |n: Option<usize>| n.and_then(|n| focusable.get(n)).and_then(|e| e.dyn_ref::<HtmlElement>());
    if let Some(element) = control(left.focused) {
        let _ = element.focus();
    }
    if let Some(button) = control(left.pressed) {
        button.click();
    }
}

fn all(scope: &Element, selector: &str) -> Vec<Element> {
    let Ok(found) = scope.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|n| found.item(n)?.dyn_into::<Element>().ok()).collect()
}

fn value(field: &Element) -> String {
    if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}
