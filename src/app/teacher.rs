//! The teacher's class summary: share links or codes pasted in (or read from a file) become an
//! anonymous summary, worked out by `career_quiz::class` in this browser. Nothing is kept. The
//! screen is HTML from `class::form_html`; `html_screens::html_screen` passes its events here.

use crate::Ctx;
use career_quiz::class;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn element<T: JsCast>(id: &str) -> Option<T> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

fn show_summary(html: &str) {
    if let Ok(Some(summary)) = document().query_selector(".class-summary") {
        summary.set_inner_html(html);
    }
}

/// Summarises what is in the box.
pub fn summarise(ctx: Ctx) {
    let pasted = element::<web_sys::HtmlTextAreaElement>("class-codes").map(|b| b.value()).unwrap_or_default();
    show_summary(&class::summary_html(ctx.model, ctx.text, &class::summarise(ctx.model, &pasted)));
}

/// A file was chosen: its lines join what is already in the box, and the summary is made.
pub fn file_chosen(ctx: Ctx, event: leptos::ev::Event) {
    // The box's own change events bubble here too: only the file input's count.
    let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).filter(|i| i.type_() == "file");
    let Some(file) = input.and_then(|input| input.files()).and_then(|files| files.get(0)) else { return };
    // A large file is refused before it is read: it cannot be a class's links.
    let size = file.size() as u64;
    if size > class::FILE_LIMIT {
        return show_summary(&class::unreadable_file_html(ctx.text));
    }
    wasm_bindgen_futures::spawn_local(async move {
        let read = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
        let read = read.filter(|text| class::readable_file(size, text));
        match (read, element::<web_sys::HtmlTextAreaElement>("class-codes")) {
            (Some(lines), Some(codes)) => {
                let before = codes.value();
                let joined = if before.trim().is_empty() { lines } else { before.trim_end().to_owned() + "\n" + &lines };
                codes.set_value(&joined);
                summarise(ctx);
            }
            _ => show_summary(&class::unreadable_file_html(ctx.text)),
        }
    });
}
