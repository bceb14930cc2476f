//! Sharing a link: the device's share sheet where the browser has one, else the clipboard.

use wasm_bindgen::JsValue;

/// How the link went.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The share sheet opened.
    Sheet,
    /// Copied to the clipboard instead.
    Copied,
}

/// Offers `text` (and `url`, when there is one) to the share sheet; the clipboard gets the
/// `url`, or the `text` when there is no `url`.
pub fn share_or_copy(title: &str, text: &str, url: Option<&str>) -> Shared {
    let navigator = leptos::prelude::window().navigator();
    // Asked first: calling a `share` the browser lacks would throw.
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false) {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        if let Some(url) = url {
            data.set_url(url);
        }
        // Cancelling the sheet rejects the promise: awaited, so the rejection is handled.
        let promise = navigator.share_with_data(&data);
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
        Shared::Sheet
    } else {
        let _ = navigator.clipboard().write_text(url.unwrap_or(text));
        Shared::Copied
    }
}
