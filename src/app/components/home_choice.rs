//! "Where do you live?": the choice that puts a nation's pay and routes first, on the results and
//! on a career's page. It is kept with the progress.

use crate::state::use_ctx;
use career_quiz::progress::Action;
use career_quiz::region::Home;
use leptos::prelude::*;

#[component]
pub fn HomeChoice() -> impl IntoView {
    let ctx = use_ctx();
    let text = ctx.text;
    let home = Memo::new(move |_| ctx.home());
    let change = move |event| ctx.dispatch(Action::SetHome(Home::from_id(&event_target_value(&event)), crate::now()));
    let option = move |value: &'static str, label: &'static str, shown: Option<Home>| {
        view! { <option value=value prop:selected=move || home.get() == shown>{label}</option> }
    };
    let homes = Home::ALL.map(|h| option(h.id(), if h == Home::Elsewhere { text.home_elsewhere() } else { text.region_name(h.id()) }, Some(h)));
    view! {
        <form class="home-choice" id="home-form" on:submit=|event| event.prevent_default()>
            <label for="home-choice">{text.home_question()}</label>
            " "
            <select id="home-choice" on:change=change>
                {option("", text.home_none(), None)}
                {homes.into_iter().collect_view()}
            </select>
        </form>
    }
}
