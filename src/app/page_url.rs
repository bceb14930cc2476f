//! What the page's address asks for. Only known parameters count; everything else is ignored.

/// `?drill=panic`: the next answer panics, so that the error screen and what survives it can be
/// checked in a real browser. It loses nothing: answers are saved before the drill can fire.
pub fn panic_drill_requested() -> bool {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search.trim_start_matches('?').split('&').any(|pair| pair == "drill=panic")
}
