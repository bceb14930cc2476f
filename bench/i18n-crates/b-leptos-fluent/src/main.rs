use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, move_tr, I18n};

#[component]
fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: children(),
        locales: "./locales",
        default_language: "en",
    }
}

#[component]
fn App() -> impl IntoView {
    view! {
        <I18nProvider>
            <Counter />
        </I18nProvider>
    }
}

#[component]
fn Counter() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let count = RwSignal::new(0);
    let switch = move |_| {
        let current = i18n.language.get();
        let next = i18n.languages.iter().find(|l| *l != &current).copied();
        if let Some(next) = next {
            i18n.language.set(next);
        }
    };
    view! {
        <h1>{move_tr!("title")}</h1>
        <p>{move_tr!("intro")}</p>
        <button on:click=move |_| *count.write() += 1>{move_tr!("increment")}</button>
        <p>{move_tr!("items", { "count" => count.get() })}</p>
        <button on:click=switch>{move_tr!("switch-language")}</button>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
