//! One of the top matches on the results (`career_quiz::vm::results::MatchCard`): its fit, what it
//! is, and the one reason that sets it apart; the rest behind "Why?".

use super::reasons::Reasons;
use crate::state::use_ctx;
use career_quiz::vm::results;
use leptos::prelude::*;

#[component]
pub fn MatchCard(card: results::MatchCard) -> impl IntoView {
    let text = use_ctx().text;
    view! {
        <li class="card match" data-career=card.id.clone()>
            <div class="title-row">
                <h2><a href=format!("#career/{}", card.id)>{card.title}</a></h2>
                <p class="fit">{card.fit}</p>
            </div>
            // A <progress>, not a styled span: the Content-Security-Policy allows no inline styles.
            {card.percent.map(|percent| view! { <progress class="match-bar" max="100" value=percent aria-hidden="true"></progress> })}
            <p class="summary">{card.tagline}</p>
            {card.reason.map(|reason| view! { <p class="reason">{reason}</p> })}
            <details class="why">
                <summary>{text.why()}</summary>
                {card.also_called.map(|names| view! { <p class="also-called">{names}</p> })}
                <h3>{text.because_heading()}</h3>
                <Reasons class="because" reasons=card.because />
                <h3>{text.gaps_heading()}</h3>
                <Reasons class="gaps" reasons=card.gaps empty=card.no_gaps />
                {card.pay.map(|pay| view! { <p class="card-pay">{pay}</p> })}
                <p class="more"><a class="button" href=format!("#career/{}", card.about.id)>{card.about.label}</a></p>
            </details>
        </li>
    }
}
