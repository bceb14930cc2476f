//! "Keep your results": the share link with a button to copy it, and the answers and matches as
//! JSON and CSV files.

use crate::state::use_ctx;
use career_quiz::vm::results::Keep as KeepModel;
use leptos::prelude::*;

#[component]
pub fn Keep(#[prop(into)] keep: Signal<KeepModel>) -> impl IntoView {
    let text = use_ctx().text;
    let link = NodeRef::<leptos::html::Input>::new();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        if let Some(input) = link.get_untracked() {
            input.select();
        }
        let _ = window().navigator().clipboard().write_text(&keep.with_untracked(|k| k.link.clone()));
        copied.set(true);
    };
    view! {
        <section class="keep">
            <h2>{text.keep_heading()}</h2>
            <p>{text.share_intro()}</p>
            <p class="share">
                <label for="share-link">{text.share_label()}</label>
                " "
                <input id="share-link" readonly prop:value=move || keep.with(|k| k.link.clone()) node_ref=link />
                " "
                <button type="button" on:click=copy>{text.share_copy()}</button>
                " "
                <span class="share-status" role="status">{move || copied.get().then(|| text.share_copied())}</span>
            </p>
            <p>{text.export_intro()}</p>
            <p class="downloads">
                <For
                    each=move || keep.with(|k| k.files.clone())
                    key=|file| file.clone()
                    children=|file| view! { <a class="button" download=file.file_name href=file.href>{file.label}</a> " " }
                />
            </p>
        </section>
    }
}
