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
