//! The footer of every screen: privacy, "Start again" and "Clear my data" (each asked first, in a
//! dialog that takes the focus and gives it back), the links for teachers and schools, and
//! O*NET's attribution. Only the dialog comes and goes; the buttons that open it stay, so the
//! focus has somewhere to return to.

use crate::state::{use_ctx, Saving};
use crate::storage;
use career_quiz::attempts::{self, Attempt};
use career_quiz::messages::fill;
use career_quiz::progress::{Action, Progress};
use career_quiz::resume_code;
use career_quiz::scoring::Outcome;
use leptos::html::Button;
use leptos::prelude::*;

/// Which destructive step the footer is asking the student to confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asking {
    StartAgain,
    ClearData,
}

#[component]
pub fn Footer() -> impl IntoView {
    let ctx = use_ctx();
    let (text, saving) = (ctx.text, ctx.saving);
    let asking = RwSignal::new(None::<Asking>);
    let (start_again, clear_data) = (NodeRef::<Button>::new(), NodeRef::<Button>::new());
    // Closing it gives the focus back to the button that opened it (if that is still there:
    // "Start again" goes once there is nothing to start again from).
    let close = move || {
        let Some(asked) = asking.get_untracked() else { return };
        asking.set(None);
        let trigger = if asked == Asking::ClearData { clear_data } else { start_again };
        if let Some(button) = trigger.get_untracked().filter(|b| b.is_connected()) {
            let _ = button.focus();
        }
    };
    let confirm = move |_| {
        let Some(asked) = asking.get_untracked() else { return };
        close();
        // What this page writes, it may remove; a save it leaves alone, it leaves alone.
        let persists = saving.get_untracked().persists();
        match asked {
            Asking::StartAgain => {
                // Answers that gave results are kept as an earlier attempt first. If that write is
                // refused, the answers are not cleared: the student is told, and given their code.
                if ctx.outcome.with_untracked(|o| matches!(o, Outcome::Ranked { .. })) {
                    let mut kept = ctx.attempts.get_untracked();
                    let answers = ctx.progress.with_untracked(|p| p.answers.clone());
                    attempts::record(&mut kept, Attempt { date: crate::today(), answers });
                    if persists && !storage::save_attempts(&attempts::encode(ctx.model, &kept)) {
                        let code = ctx.progress.with_untracked(|p| resume_code::encode(ctx.model, &p.answers, p.current));
                        ctx.notify(fill(text.start_again_not_kept(), &[("code", &code)]));
                        return;
                    }
                    ctx.attempts.set(kept);
                }
                if persists && !storage::remove_progress() {
                    ctx.notify(text.data_clear_failed().to_owned());
                }
                ctx.dispatch(Action::StartAgain);
            }
            Asking::ClearData => {
                ctx.attempts.set(Vec::new());
                ctx.auto_advance.set(true);
                if storage::clear_all() {
                    ctx.notify(text.data_cleared().to_owned());
                    // A save left alone until now (a newer version's, or one that could not be
                    // read or backed up) went with the rest: saving can start.
                    saving.set(Saving::Saved);
                } else {
                    ctx.notify(text.data_clear_failed().to_owned());
                }
                // Start again keeps where the student lives; clearing their data does not.
                ctx.dispatch(Action::StartAgain);
                ctx.dispatch(Action::SetHome(None, 0));
            }
        }
    };
    let escape = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            close();
        }
    };
    let started = move || ctx.progress.with(Progress::started);
    let dialog = move || {
        let (question, yes) = match asking.get()? {
            Asking::ClearData => (text.clear_data_confirm(), text.clear_data_yes()),
            Asking::StartAgain => (text.start_again_confirm(), text.start_again_yes()),
        };
        // It takes the focus when it opens, on its safe choice.
        let keep = NodeRef::<Button>::new();
        keep.on_load(|button| drop(button.focus()));
        Some(view! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" on:keydown=escape>
                <p id="confirm-text">{question}</p>
                <button type="button" class="danger" on:click=confirm>{yes}</button>
                <button type="button" node_ref=keep on:click=move |_| close()>{text.start_again_no()}</button>
            </div>
        })
    };
    view! {
        <footer class="site-footer">
            <p>
                {text.footer_privacy()} " "
                // A link, which works before the wasm runs too (see `Welcome`'s start).
                <a href="#privacy" on:click=move |event: leptos::ev::MouseEvent| {
                    if crate::page_url::plain_click(&event) {
                        event.prevent_default();
                        ctx.dispatch(Action::ShowPrivacy);
                    }
                }>{text.privacy_link()}</a>
            </p>
            <div class="actions">
                <button type="button" class="link-button" node_ref=start_again hidden=move || !started()
                    on:click=move |_| asking.set(Some(Asking::StartAgain))>
                    {text.start_again()}
                </button>
                <button type="button" class="link-button" node_ref=clear_data on:click=move |_| asking.set(Some(Asking::ClearData))>
                    {text.clear_data()}
                </button>
            </div>
            {dialog}
            <p class="for-teachers"><a href="#teacher">{text.teacher_link()}</a></p>
            <p class="for-schools"><a href="schools.html">{text.schools_link()}</a></p>
            <p class="attribution">
                {text.onet_attribution()} " "
                <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">{text.onet_license_link()}</a>
            </p>
        </footer>
    }
}
