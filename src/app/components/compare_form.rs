//! The form on the results that picks two or three careers to compare, preset to the top two.
//! Its choices are its own: they stay as the student set them when the ranking moves.

use crate::state::use_ctx;
use career_quiz::compare::{self, MAX, MIN};
use career_quiz::progress::Action;
use career_quiz::vm::results::Choice;
use leptos::prelude::*;

#[component]
pub fn CompareForm(#[prop(into)] choices: Signal<Vec<Choice>>) -> impl IntoView {
    let ctx = use_ctx();
    let text = ctx.text;
    let chosen = RwSignal::new(choices.with_untracked(|c| [c.first().map(|c| c.career), c.get(1).map(|c| c.career), None]));
    let problem = RwSignal::new(None::<&'static str>);
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match compare::careers_picked(ctx.model, chosen.get_untracked().into_iter().flatten().collect()) {
            Some(careers) => ctx.dispatch(Action::Compare(careers[0], careers[1], careers.get(2).copied())),
            None => problem.set(Some(text.compare_need_two())),
        }
    };
    let choice = move |n: usize, label: &'static str| {
        let id = format!("compare-{n}");
        let pick = move |event| chosen.update(|c| c[n] = ctx.model.career_index(&event_target_value(&event)));
        view! {
            <p>
                <label for=id.clone()>{label}</label>
                " "
                <select id=id on:change=pick>
                    {(n >= MIN).then(|| view! { <option value="" prop:selected=move || chosen.with(|c| c[n].is_none())>{text.compare_none()}</option> })}
                    <For
                        each=move || choices.get()
                        key=|choice| choice.clone()
                        children=move |choice| {
                            let career = choice.career;
                            view! { <option value=choice.id prop:selected=move || chosen.with(|c| c[n] == Some(career))>{choice.label}</option> }
                        }
                    />
                </select>
            </p>
        }
    };
    let labels = [text.compare_first(), text.compare_second(), text.compare_third()];
    view! {
        <section class="compare-form">
            <h2>{text.compare_form_heading()}</h2>
            <p>{text.compare_form_intro()}</p>
            <form on:submit=send>
                {(0..MAX).map(|n| choice(n, labels[n])).collect_view()}
                <button type="submit">{text.compare_button()}</button>
                " "
                <span class="compare-problem" role="alert">{move || problem.get()}</span>
            </form>
        </section>
    }
}
