include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

use i18n::*;
use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Counter />
        </I18nContextProvider>
    }
}

#[component]
fn Counter() -> impl IntoView {
    let i18n = use_i18n();
    let count = RwSignal::new(0);
    let switch = move |_| {
        let next = match i18n.get_locale() {
            Locale::en => Locale::cy,
            Locale::cy => Locale::en,
        };
        i18n.set_locale(next);
    };
    view! {
        <h1>{t!(i18n, title)}</h1>
        <p>{t!(i18n, intro)}</p>
        <button on:click=move |_| *count.write() += 1>{t!(i18n, increment)}</button>
        <p>{t!(i18n, items, count = move || count.get())}</p>
        <button on:click=switch>{t!(i18n, switch_language)}</button>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
