//! The notices at the top of every screen: how saving goes, the resume code when progress cannot
//! be kept here, what happened (another tab's answers, a bad share link), a school's page asking
//! for the answers, and a new version ready.

use crate::state::{use_ctx, AnswersToHost, Saving};
use crate::updates;
use career_quiz::progress::Screen;
use leptos::prelude::*;

#[component]
pub fn Notices(screen: Memo<Screen>) -> impl IntoView {
    let ctx = use_ctx();
    let text = ctx.text;
    let saving_notice = move || match ctx.saving.get() {
        Saving::Saved => None,
        Saving::Unavailable => Some(text.storage_unavailable()),
        Saving::NewerSaveKept => Some(text.storage_newer()),
        Saving::ReadFailed => Some(text.storage_read_failed()),
        Saving::BackupFailed => Some(text.storage_backup_failed()),
        Saving::WriteFailed => Some(text.storage_write_failed()),
    };
    let asking = move || crate::effects::asking_for_answers(ctx, screen);
    view! {
        <div class="notices" role="status">
            {move || saving_notice().map(|notice| view! { <p class="notice">{notice}</p> })}
            // Progress that cannot be kept here can still be carried away as a resume code.
            {move || {
                let unsaved = ctx.saving.get() != Saving::Saved && ctx.progress.with(|p| p.answered() > 0);
                unsaved.then(|| {
                    let code = ctx.progress.with(|p| career_quiz::resume_code::encode(ctx.model, &p.answers, p.current));
                    // Not read out again after every answer, though the code changes with each.
                    view! { <p class="notice resume-code-offer" aria-live="off">{text.resume_code_offer()} " " <code id="resume-code">{code}</code></p> }
                })
            }}
            <For each=move || ctx.notices.get() key=|notice| notice.clone() children=|notice| view! { <p class="notice">{notice}</p> } />
            // A school's page asked for the answers: the student says whether it gets them.
            {move || asking().then(|| view! {
                <section class="notice host-consent" aria-labelledby="host-consent-text">
                    <p id="host-consent-text">{text.host_answers_ask()}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| ctx.answers_to_host.set(AnswersToHost::Send)>{text.host_answers_yes()}</button>
                        <button type="button" on:click=move |_| ctx.answers_to_host.set(AnswersToHost::Keep)>{text.host_answers_no()}</button>
                    </div>
                </section>
            })}
            {move || ctx.update_ready.get().then(|| view! {
                <p class="notice">
                    {text.update_ready()} " "
                    <button type="button" class="primary" on:click=move |_| updates::apply()>{text.update_apply()}</button>
                </p>
            })}
        </div>
    }
}
