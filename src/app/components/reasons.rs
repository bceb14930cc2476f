//! A list of reasons, each a sentence from `career_quiz::report::reason_sentence`.

use leptos::prelude::*;

/// `empty` is said in the list's one item when there are no reasons.
#[component]
pub fn Reasons(class: &'static str, reasons: Vec<String>, #[prop(optional)] empty: Option<&'static str>) -> impl IntoView {
    let none = reasons.is_empty().then_some(empty).flatten();
    view! {
        <ul class=class>
            {reasons.into_iter().map(|reason| view! { <li>{reason}</li> }).collect_view()}
            {none.map(|empty| view! { <li>{empty}</li> })}
        </ul>
    }
}
