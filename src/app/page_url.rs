//! What the page's address asks for. Only known parameters count; everything else is ignored.

/// A parameter of the address's query, decoded; `None` when it is not there.
pub fn param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// `?drill=panic`: the next answer panics, so that the error screen and what survives it can be
/// checked in a real browser. It loses nothing: answers are saved before the drill can fire.
pub fn panic_drill_requested() -> bool {
    param("drill").as_deref() == Some("panic")
}

/// The part of the address after `#`, decoded.
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let hash = hash.strip_prefix('#').unwrap_or(&hash);
    js_sys::decode_uri_component(hash).ok().and_then(|s| s.as_string()).unwrap_or_else(|| hash.to_owned())
}

/// Shows `fragment` after `#` in the address as a new history entry (none when it is already
/// there), keeping the path and query; an empty one clears the `#` part.
pub fn show_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    if self::fragment() == fragment {
        return;
    }
    let location = window.location();
    let base = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    let url = if fragment.is_empty() { base } else { format!("{base}#{fragment}") };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Calls `on_change` when the student moves through history (Back, Forward) or edits the `#`
/// part of the address. The listener lasts as long as the page.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) {
    let _ = leptos::prelude::window_event_listener(leptos::ev::popstate, move |_| on_change(fragment()));
}

/// The quiz's own address for links that others open: the page without its `#` part, and of its
/// query only the language, since a school's embedding options belong to that school's page.
pub fn quiz_address() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let location = window.location();
    let mut address = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    if let Some(lang) = param("lang").filter(|lang| career_quiz::embed::language(lang).is_ok()) {
        address.push_str("?lang=");
        address.push_str(&lang);
    }
    address
}

/// This page's address with its `lang` set to `lang`, keeping the rest of the query (a school's
/// options) and the `#` part (the screen).
pub fn with_language(lang: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let params = web_sys::UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
    params.set("lang", lang);
    let query: String = params.to_string().into();
    Some(format!("{}?{query}{}", location.pathname().ok()?, location.hash().ok()?))
}

/// Whether a click on a link is a plain one, which the app may handle in the page: not one that
/// asks for a new tab or window (a modifier key, or a button other than the first).
pub fn plain_click(event: &web_sys::MouseEvent) -> bool {
    event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}
