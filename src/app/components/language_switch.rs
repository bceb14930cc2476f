//! The link to the quiz in the other language.

use crate::{page_url, storage};
use career_quiz::language;
use leptos::prelude::*;

/// Following it reloads the quiz there: the answers are saved, the address keeps its screen and a
/// school's options, and the student's choice is remembered (a school's `lang` in the address is
/// not: it is the school's, on every visit).
#[component]
pub fn LanguageSwitch(current: &'static str) -> impl IntoView {
    let other = language::other(current);
    let follow = move |event: leptos::ev::MouseEvent| {
        if let Some(address) = page_url::with_language(other) {
            event.prevent_default();
            storage::save_language(other);
            let _ = window().location().assign(&address);
        }
    };
    view! {
        <a class="language-switch" href=format!("?lang={other}") hreflang=other lang=other on:click=follow>
            {language::own_name(other)}
        </a>
    }
}
