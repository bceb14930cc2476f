//! Fetching the quiz's own files (the career pages) from the folder it was loaded from.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of a file beside the quiz, `None` when it cannot be had (offline and not kept by the
/// service worker, or missing).
pub async fn text(path: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(path)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
