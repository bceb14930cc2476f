//! What the app does beside drawing: saving after every change, taking in other tabs' answers,
//! keeping the address in step with the screen, telling a school's page of the results, and
//! moving the focus to a new screen's heading. Started once by the shell.

use crate::state::{AnswersToHost, Ctx, Saving};
use crate::{focus_first, host, page_url, storage, updates};
use career_quiz::attempts;
use career_quiz::embed;
use career_quiz::progress::{Action, Merged, Progress, Screen};
use leptos::prelude::*;

pub fn start(ctx: Ctx, screen: Memo<Screen>) {
    keep_saved(ctx);
    follow_address(ctx, screen);
    tell_host(ctx, screen);
    updates::on_update_ready(move || ctx.update_ready.set(true));
    // A new screen starts at its top, with the focus on its heading (the question screen moves
    // the focus itself, question by question). A change of data on the same screen moves nothing.
    Effect::new(move |previous: Option<(bool, Screen)>| {
        let now = (ctx.shared.with(Option::is_some), screen.get());
        if previous.is_some_and(|previous| previous != now) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_first("main h1");
        }
        now
    });
}

/// Save after every change, unless saving is off for this page. A blank start is not saved.
/// Nothing here removes a save: only "Start again" and "Clear my data" do (`Footer`), so a save
/// this page could not read, or has not yet written, is never lost. The same text is never
/// written twice in a row: another tab hears every write, and an echo would start a loop.
fn keep_saved(ctx: Ctx) {
    let (model, saving) = (ctx.model, ctx.saving);
    // What storage holds, as far as this page knows: `None` when not known.
    let stored_now = StoredValue::new(None::<String>);
    let save = move || {
        if !saving.get_untracked().persists() || ctx.progress.with_untracked(Progress::is_blank) {
            return;
        }
        let wanted = ctx.progress.with_untracked(|p| p.encode(model));
        if stored_now.with_value(|now| now.as_ref() == Some(&wanted)) {
            return;
        }
        let stored = storage::save(&wanted);
        saving.set(if stored { Saving::Saved } else { Saving::WriteFailed });
        stored_now.set_value(stored.then_some(wanted));
    };
    Effect::new(move |_| {
        ctx.progress.track();
        save();
    });

    // Another tab of the quiz saved: take in its newer answers (and say so), keep this tab's
    // place, and write back any answer of this tab's that its save lacks. It removed the save
    // ("Start again", "Clear my data"): start afresh here too. Something else cleared all of the
    // site's storage: this tab still has the answers, so it saves them again.
    storage::on_change_in_other_tab(move |change| {
        if !saving.get_untracked().persists() {
            return;
        }
        match change {
            storage::Change::Saved(saved) => {
                stored_now.set_value(Some(saved.clone()));
                let Ok(other) = Progress::decode(&saved, model) else { return };
                let mut merged = Merged::default();
                // Only a real change notifies the signal (and so saves): no echo back to the other tab.
                ctx.progress.maybe_update(|p| {
                    merged = p.merge_from_other_tab(&other.progress);
                    merged.changed
                });
                if merged.changed {
                    ctx.notify(ctx.text.other_tab_updated().to_owned());
                } else if merged.ours_newer {
                    save();
                }
            }
            storage::Change::Removed => {
                stored_now.set_value(None);
                // Start again there writes where the student lives back at once, and this tab
                // takes it from that save; Clear my data leaves nothing, and nor does this tab.
                if !ctx.progress.with_untracked(Progress::is_blank) {
                    ctx.dispatch(Action::StartAgain);
                    ctx.dispatch(Action::SetHome(None, 0));
                }
            }
            storage::Change::Cleared => {
                stored_now.set_value(None);
                save();
                ctx.attempts.with_untracked(|kept| !kept.is_empty() && storage::save_attempts(&attempts::encode(model, kept)));
            }
        }
    });
}

/// The address follows the screen, one history entry per screen, so Back and Forward move
/// between screens and each can be linked to. While shared results are shown, the address stays
/// their share link.
fn follow_address(ctx: Ctx, screen: Memo<Screen>) {
    let model = ctx.model;
    Effect::new(move |_| {
        let address = screen.get().address(model);
        if ctx.shared.with(Option::is_none) {
            page_url::show_fragment(&address);
        }
    });
    page_url::on_fragment_change(move |fragment| {
        ctx.open_shared(&fragment);
        if let Some(screen) = Screen::from_address(&fragment, model) {
            ctx.dispatch(screen.action());
        }
    });
}

/// Whether a school's page asked for the answers and the student has yet to say.
pub fn asking_for_answers(ctx: Ctx, screen: Memo<Screen>) -> bool {
    reached_results(ctx, screen) && host::wants_answers() && ctx.answers_to_host.get() == AnswersToHost::NotAsked
}

fn reached_results(ctx: Ctx, screen: Memo<Screen>) -> bool {
    screen.get() == Screen::Results && ctx.results_shown_by_student.get() && host::present()
}

/// A school's page hears when the student reaches a ranking by their own click, once per
/// ranking. If it asked for the answers too, the student is asked first.
fn tell_host(ctx: Ctx, screen: Memo<Screen>) {
    Effect::new(move |sent: Option<Option<String>>| {
        let message = (reached_results(ctx, screen) && !asking_for_answers(ctx, screen))
            .then(|| {
                let answers = (ctx.answers_to_host.get() == AnswersToHost::Send).then(|| ctx.answers.get());
                ctx.outcome.with(|outcome| embed::completion_message(ctx.model, outcome, answers.as_deref()))
            })
            .flatten();
        if message.is_some() && message != sent.flatten() {
            host::completed(message.as_deref().unwrap_or_default());
        }
        message
    });
}
