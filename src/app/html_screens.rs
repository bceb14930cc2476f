//! The screens drawn as HTML by the domain (`career_quiz::report`, `compare`, `attempts`,
//! `screens`, `class`): the welcome page, results, someone's shared results, a career's page, the
//! comparison, an earlier attempt, privacy and the class summary. Each is one element; this module
//! makes its HTML and listens there for its buttons and forms, so these screens share one view
//! type, which keeps the wasm small.

use crate::{page_url, teacher, Ctx};
use career_quiz::html::ButtonAction;
use career_quiz::progress::{Action, Progress, Screen};
use career_quiz::region::Home;
use career_quiz::report::{self, ShownAt};
use career_quiz::scoring::{self, Outcome};
use career_quiz::{attempts, class, compare, pages, screens};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Today's date as the browser has it, `YYYY-MM-DD`, for the printed report and the files.
pub fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_owned()
}

/// Someone's results from a share link: their answers, and where they live if the link says.
#[derive(Clone, PartialEq)]
pub struct Shared {
    pub answers: Vec<Option<u8>>,
    pub home: Option<Home>,
}

/// The HTML of a screen, or of someone's shared results when `shared` holds them.
/// Reading `ctx.outcome` tracks it: the results follow answers taken in from another tab; and
/// `ctx.home()`: pay and routes follow where the student says they live.
fn screen_html(ctx: Ctx, screen: &Screen, shared: Option<&Shared>, page: RwSignal<Option<Option<String>>>) -> String {
    let (model, text) = (ctx.model, ctx.text);
    let at = |home| ShownAt { quiz: page_url::quiz_address(), date: today(), home };
    if let Some(shared) = shared {
        let outcome = scoring::score(model, &shared.answers);
        return report::results_screen(model, text, &outcome, &shared.answers, &at(shared.home), true, "");
    }
    let home = ctx.home();
    match screen {
        Screen::Compare(careers) => ctx.outcome.with(|outcome| {
            let matches = match outcome {
                Outcome::Ranked { matches, .. } => Some(matches.as_slice()),
                _ => None,
            };
            compare::screen_html(model, text, careers, matches, home)
        }),
        Screen::Privacy => screens::privacy_html(text),
        &Screen::Attempt(n) => ctx.attempts.with(|kept| ctx.progress.with(|p| attempts::comparison_html(model, text, kept.get(n - 1), &p.answers))),
        &Screen::Career(career) => ctx.outcome.with(|outcome| {
            let matched = match outcome {
                Outcome::Ranked { matches, .. } => matches.iter().find(|m| m.career == career),
                _ => None,
            };
            let answers = ctx.progress.with_untracked(|p| p.answers.clone());
            page.with(|page| report::career_screen(model, text, career, matched, &answers, page.as_ref().map(Option::as_deref), home))
        }),
        Screen::Teacher => class::form_html(text),
        _ => ctx.outcome.with(|outcome| {
            let history = ctx.attempts.with(|kept| attempts::history_html(model, text, kept));
            ctx.progress.with_untracked(|p| report::results_screen(model, text, outcome, &p.answers, &at(home), false, &history))
        }),
    }
}

/// One of the HTML screens, with its buttons and forms working.
pub fn html_screen(ctx: Ctx, screen: Screen, shared: Option<Shared>, leave_shared: Callback<()>) -> impl IntoView {
    // A career's page (`careers/ID.html`, or `careers/LANG/ID.html`, written at build time by `career_quiz::pages`) is
    // fetched when opened: `None` while loading, then its fragment, or `None` if it could not be
    // had. A plain signal and `spawn_local` rather than a resource, which costs several KB.
    let page = RwSignal::new(None::<Option<String>>);
    if let (None, Screen::Career(career)) = (&shared, &screen) {
        let path = pages::page_path(&ctx.model.content.careers[*career], ctx.text.lang);
        wasm_bindgen_futures::spawn_local(async move {
            let fragment = crate::fetch::text(&path).await.and_then(|page| pages::fragment(&page).map(str::to_owned));
            // The student may have moved on: the signal is gone then, and nothing is shown.
            let _ = page.try_set(Some(fragment));
        });
    }
    let click = move |event: leptos::ev::MouseEvent| {
        let target = event_element(&event);
        if follow_related(ctx, &event, target.as_ref()) || follow_in_page(&event, target.as_ref()) {
            return;
        }
        let Some(action) = button_action(target.as_ref()) else { return };
        match action {
            ButtonAction::Print => {
                let _ = window().print();
            }
            ButtonAction::ChangeAnswers => {
                let first_unanswered = ctx.progress.with_untracked(Progress::first_unanswered);
                ctx.dispatch(Action::GoTo(first_unanswered.unwrap_or(0)));
            }
            ButtonAction::Results => ctx.act(Action::ShowResults),
            ButtonAction::Home => ctx.dispatch(Action::Home),
            ButtonAction::LeaveShared => leave_shared.run(()),
            ButtonAction::CopyShareLink => copy_share_link(ctx),
            ButtonAction::ShowPrivacy => ctx.dispatch(Action::ShowPrivacy),
        }
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let form = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|f| f.id()).unwrap_or_default();
        match form.as_str() {
            "compare-choices" => compare_chosen(ctx),
            "class-form" => teacher::summarise(ctx),
            _ => {}
        }
    };
    let change = move |event: leptos::ev::Event| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).filter(|t| t.id() == "home-choice");
        match target {
            Some(select) => ctx.dispatch(Action::SetHome(Home::from_id(&select.value()), crate::now())),
            None => teacher::file_chosen(ctx, event),
        }
    };
    // Drawn again when what it shows changes (a career's page arrives, answers come in from
    // another tab, the student says where they live): the old elements go, and the focus and
    // open panels with them. The focus comes back to the element of the same id (the choice of
    // where they live), or else to the screen's heading rather than the top of the document; the
    // panels that were open open again.
    let drawn = StoredValue::new(false);
    let html = move || {
        if drawn.get_value() {
            let focused = document().active_element().map(|e| e.id()).filter(|id| !id.is_empty());
            let open = open_panels();
            // Run once the new HTML is in place (a task already queued costs no more wasm).
            wasm_bindgen_futures::spawn_local(async move {
                for id in &open {
                    if let Some(panel) = document().get_element_by_id(id) {
                        let _ = panel.set_attribute("open", "");
                    }
                }
                if document().active_element().is_none_or(|e| e.tag_name() == "BODY") {
                    let again = focused.and_then(|id| document().get_element_by_id(&id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    match again {
                        Some(element) => drop(element.focus()),
                        None => crate::focus_first(".html-screen .autofocus"),
                    }
                }
            });
        }
        drawn.set_value(true);
        screen_html(ctx, &screen, shared.as_ref(), page)
    };
    view! { <div class="html-screen" on:click=click on:submit=submit on:change=change inner_html=html></div> }
}

/// The ids of the open panels (`<details id=…>`) on the HTML screen.
fn open_panels() -> Vec<String> {
    let Ok(open) = document().query_selector_all(".html-screen details[open][id]") else { return Vec::new() };
    (0..open.length()).filter_map(|i| open.item(i)).filter_map(|n| n.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()).collect()
}

/// The action of the HTML button a click landed in (or on), if any: its `data-action`.
fn button_action(target: Option<&web_sys::Element>) -> Option<ButtonAction> {
    let button = target?.closest("[data-action]").ok().flatten()?;
    ButtonAction::from_name(&button.get_attribute("data-action")?)
}

/// The element an event happened on.
fn event_element(event: &leptos::ev::MouseEvent) -> Option<web_sys::Element> {
    event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// A link to a related career on a career's page opens it here; one clicked with a modifier key
/// opens the static page, as the browser would. Returns whether the click was taken.
fn follow_related(ctx: Ctx, event: &leptos::ev::MouseEvent, target: Option<&web_sys::Element>) -> bool {
    if event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
        return false;
    }
    let link = target.and_then(|e| e.closest("a[data-career]").ok().flatten());
    let Some(other) = link.and_then(|a| a.get_attribute("data-career")).and_then(|id| ctx.model.career_index(&id)) else { return false };
    event.prevent_default();
    ctx.dispatch(Action::OpenCareer(other));
    true
}

/// A link to a part of the same page (a career page's contents, a fact's source) moves there
/// and takes the focus, without touching the address, which names the screen. Returns whether
/// the click was taken.
fn follow_in_page(event: &leptos::ev::MouseEvent, target: Option<&web_sys::Element>) -> bool {
    let link = target.and_then(|e| e.closest(".html-screen a[href^='#']").ok().flatten());
    let id = link.and_then(|a| a.get_attribute("href")).map(|href| href[1..].to_owned());
    let Some(part) =
        id.and_then(|id| document().query_selector(".html-screen").ok().flatten()?.query_selector(&format!("[id='{id}']")).ok().flatten())
    else {
        return false;
    };
    event.prevent_default();
    if !part.has_attribute("tabindex") {
        let _ = part.set_attribute("tabindex", "-1");
    }
    part.scroll_into_view();
    if let Ok(part) = part.dyn_into::<web_sys::HtmlElement>() {
        let _ = part.focus();
    }
    true
}

fn copy_share_link(ctx: Ctx) {
    let input = document().get_element_by_id("share-link").and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        input.select();
        let _ = window().navigator().clipboard().write_text(&input.value());
        if let Ok(Some(status)) = document().query_selector(".share-status") {
            status.set_text_content(Some(ctx.text.share_copied()));
        }
    }
}

/// The comparison form was sent: open the careers it names, or say what is missing.
fn compare_chosen(ctx: Ctx) {
    let chosen: Vec<String> = (0..compare::MAX)
        .filter_map(|n| document().get_element_by_id(&format!("compare-{n}")))
        .filter_map(|select| select.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|select| select.value())
        .filter(|id| !id.is_empty())
        .collect();
    match compare::careers_named(ctx.model, chosen.iter().map(String::as_str)) {
        Some(careers) => ctx.dispatch(Action::Compare(careers[0], careers[1], careers.get(2).copied())),
        None => {
            if let Ok(Some(problem)) = document().query_selector(".compare-problem") {
                problem.set_text_content(Some(ctx.text.compare_need_two()));
            }
        }
    }
}
