//! "Your interests": the six interest areas under their everyday names, each a labelled bar.

use super::interest_icon::InterestIcon;
use crate::state::use_ctx;
use career_quiz::vm::quiz::InterestBar;
use leptos::prelude::*;

#[component]
pub fn InterestBars(#[prop(into)] bars: Signal<Vec<InterestBar>>, #[prop(into)] intro: Signal<&'static str>) -> impl IntoView {
    let text = use_ctx().text;
    view! {
        <section class="interests">
            <h2>{text.interests_heading()}</h2>
            <p>{move || intro.get()}</p>
            <ul class="interest-bars">
                <For
                    each=move || bars.get()
                    key=|bar| bar.clone()
                    children=move |bar| {
                        let value = bar.percent.map_or_else(|| text.interest_not_answered().to_owned(), |p| p.to_string());
                        view! {
                            <li>
                                <span class="interest-name"><InterestIcon area=bar.trait_id /> {bar.name}</span>
                                <progress max="100" value=bar.percent.unwrap_or(0) aria-hidden="true"></progress>
                                <span class="interest-value">{value}</span>
                            </li>
                        }
                    }
                />
            </ul>
        </section>
    }
}
