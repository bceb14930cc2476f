//! The teacher's class summary: share links or codes pasted in (or read from a file) become an
//! anonymous summary, worked out by `career_quiz::class` in this browser. Nothing is kept.

use crate::Ctx;
use career_quiz::class;
use career_quiz::progress::Action;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn codes_box() -> Option<web_sys::HtmlTextAreaElement> {
    document().get_element_by_id("class-codes")?.dyn_into().ok()
}

#[component]
pub fn Teacher(ctx: Ctx) -> impl IntoView {
    let text = ctx.text;
    let summary = RwSignal::new(String::new());
    let summarise = move || {
        let pasted = codes_box().map(|b| b.value()).unwrap_or_default();
        summary.set(class::summary_html(ctx.model, text, &class::summarise(ctx.model, &pasted)));
    };
    // A chosen file's lines join what is already in the box, and the summary is made at once.
    let read_file = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else { return };
        wasm_bindgen_futures::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            match (read, codes_box()) {
                (Some(lines), Some(codes)) => {
                    let before = codes.value();
                    let joined = if before.trim().is_empty() { lines } else { format!("{}\n{lines}", before.trim_end()) };
                    codes.set_value(&joined);
                    summarise();
                }
                _ => summary.set(format!("<p class=\"notice\" role=\"alert\">{}</p>", text.teacher_file_unreadable)),
            }
        });
    };
    view! {
        <section class="card teacher">
            <h1 tabindex="-1" class="autofocus">{text.teacher_heading}</h1>
            <p>{text.teacher_intro}</p>
            <form on:submit=move |event: leptos::ev::SubmitEvent| { event.prevent_default(); summarise(); }>
                <label for="class-codes">{text.teacher_codes_label}</label>
                <textarea id="class-codes" rows="8" spellcheck="false" autocomplete="off"></textarea>
                <label for="class-file">{text.teacher_file_label}</label>
                <input id="class-file" type="file" accept=".txt,.csv,text/plain,text/csv" on:change=read_file />
                <div class="actions">
                    <button type="submit" class="primary">{text.teacher_summarise}</button>
                </div>
            </form>
            <div class="class-summary" role="region" aria-label=text.class_summary_heading inner_html=move || summary.get()></div>
            <button type="button" on:click=move |_| ctx.dispatch(Action::Home)>{text.privacy_back}</button>
        </section>
    }
}
