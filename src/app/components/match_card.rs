//! One of the top matches on the results (`career_quiz::vm::results::MatchCard`).

use super::reasons::Reasons;
use crate::state::use_ctx;
use career_quiz::vm::results;
use leptos::prelude::*;

#[component]
pub fn MatchCard(card: results::MatchCard) -> impl IntoView {
    let text = use_ctx().text;
    view! {
        <li class="card match" data-career=card.id>
            <h2><span class="rank">{card.rank} ". "</span>{card.title}</h2>
            <p class="percent">{card.percent_text}</p>
            // A <progress>, not a styled span: the Content-Security-Policy allows no inline styles.
            <progress class="match-bar" max="100" value=card.percent aria-hidden="true"></progress>
            <p class="summary">{card.summary}</p>
            <h3>{text.because_heading()}</h3>
            <Reasons class="because" reasons=card.because />
            <h3>{text.gaps_heading()}</h3>
            <Reasons class="gaps" reasons=card.gaps empty=text.no_gaps() />
            {card.pay.map(|pay| view! { <p class="card-pay">{pay}</p> })}
            <p class="more"><a class="button" href=format!("#career/{}", card.about.id)>{card.about.label}</a></p>
        </li>
    }
}
