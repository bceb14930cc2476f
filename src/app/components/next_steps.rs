//! "Your next 3 steps" (`career_quiz::vm::results::Steps`): each a checkbox the student ticks
//! off, kept on the device, with its links. The links are plain navigation: nothing is fetched.

use super::home_choice::HomeChoice;
use crate::state::use_ctx;
use crate::storage;
use career_quiz::vm::results::Steps;
use leptos::prelude::*;

#[component]
pub fn NextSteps(#[prop(into)] steps: Signal<Steps>) -> impl IntoView {
    let text = use_ctx().text;
    let done = RwSignal::new(storage::load_steps_done());
    let toggle = move |id: String, ticked: bool| {
        done.update(|d| {
            d.retain(|s| *s != id);
            if ticked {
                d.push(id);
            }
        });
        done.with_untracked(|d| storage::save_steps_done(d));
    };
    view! {
        <section class="next-steps">
            <h2>{text.steps_heading()}</h2>
            <p class="steps-intro">{move || steps.with(|s| s.intro.clone())}</p>
            <HomeChoice />
            <ul class="steps">
                <For
                    each=move || steps.with(|s| s.steps.clone())
                    key=|step| step.clone()
                    children=move |step| {
                        let id = step.id.clone();
                        let checked = { let id = id.clone(); move || done.with(|d| d.contains(&id)) };
                        view! {
                            <li>
                                <label>
                                    <input type="checkbox" prop:checked=checked on:change=move |e| toggle(id.clone(), event_target_checked(&e)) />
                                    " " {step.text}
                                </label>
                                {(!step.links.is_empty()).then(|| view! {
                                    <span class="step-links">
                                        {step.links.into_iter().map(|link| view! { <a href=link.href>{link.label}</a> " " }).collect_view()}
                                    </span>
                                })}
                            </li>
                        }
                    }
                />
            </ul>
            <p class="steps-kept">{text.steps_kept()}</p>
        </section>
    }
}
