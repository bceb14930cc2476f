//! The teacher's class summary: share links or codes pasted in (or read from a file) become an
//! anonymous summary, worked out by `career_quiz::class` in this browser. Nothing is kept.

use crate::components::data_table::{DataTable, TableRow};
use crate::state::use_ctx;
use career_quiz::class;
use career_quiz::progress::Action;
use career_quiz::vm::class::{class_view, ClassView};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the summary shows: nothing yet, a file that could not be read, or the summary.
#[derive(Clone, PartialEq)]
enum Summary {
    None,
    UnreadableFile,
    Made(ClassView),
}

#[component]
pub fn Teacher() -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    let codes = NodeRef::<leptos::html::Textarea>::new();
    let summary = RwSignal::new(Summary::None);
    let summarise = move || {
        let pasted = codes.get_untracked().map(|b| b.value()).unwrap_or_default();
        summary.set(Summary::Made(class_view(model, text, &class::summarise(model, &pasted))));
    };
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        summarise();
    };
    // A file was chosen: its lines join what is already in the box, and the summary is made.
    let file_chosen = move |event: leptos::ev::Event| {
        let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input.and_then(|input| input.files()).and_then(|files| files.get(0)) else { return };
        // A large file is refused before it is read: it cannot be a class's links.
        let size = file.size() as u64;
        if size > class::FILE_LIMIT {
            return summary.set(Summary::UnreadableFile);
        }
        wasm_bindgen_futures::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            match (read.filter(|text| class::readable_file(size, text)), codes.get_untracked()) {
                (Some(lines), Some(box_)) => {
                    let before = box_.value();
                    box_.set_value(&if before.trim().is_empty() { lines } else { before.trim_end().to_owned() + "\n" + &lines });
                    summarise();
                }
                _ => summary.set(Summary::UnreadableFile),
            }
        });
    };
    view! {
        <section class="card teacher">
            <h1 tabindex="-1">{text.teacher_heading()}</h1>
            <p>{text.teacher_intro()}</p>
            <form on:submit=send>
                <label for="class-codes">{text.teacher_codes_label()}</label>
                <textarea id="class-codes" rows="8" spellcheck="false" autocomplete="off" node_ref=codes></textarea>
                <label for="class-file">{text.teacher_file_label()}</label>
                <input id="class-file" type="file" accept=".txt,.csv,text/plain,text/csv" on:change=file_chosen />
                <div class="actions">
                    <button type="submit" class="primary">{text.teacher_summarise()}</button>
                </div>
            </form>
            <div class="class-summary" role="region" aria-label=text.class_summary_heading()>
                <p class="notice" role="alert" hidden=move || summary.get() != Summary::UnreadableFile>
                    {move || (summary.get() == Summary::UnreadableFile).then(|| text.teacher_file_unreadable())}
                </p>
                {move || match summary.get() {
                    Summary::Made(made) => Some(view! { <ClassSummary summary=made /> }),
                    _ => None,
                }}
            </div>
            <div class="actions">
                <button type="button" on:click=move |_| ctx.dispatch(Action::Home)>{text.privacy_back()}</button>
            </div>
        </section>
    }
}

/// The counts, the lines not read, the careers on top and the averages, then the CSV download.
#[component]
fn ClassSummary(summary: ClassView) -> impl IntoView {
    let text = use_ctx().text;
    let rejected = (!summary.rejected.is_empty()).then(|| {
        view! {
            <div class="notice class-rejected">
                <p>{text.class_rejected()}</p>
                <ul>{summary.rejected.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                {summary.rejected_more.map(|more| view! { <p>{more}</p> })}
            </div>
        }
    });
    let tables = summary.csv.map(|csv| {
        let top = summary
            .top
            .into_iter()
            .map(|r| TableRow { career: Some(r.id), heading: r.title, cells: vec![r.top_match.to_string(), r.top_three.to_string()] })
            .collect::<Vec<_>>();
        let averages = summary.averages.into_iter().map(|(caption, rows)| {
            let rows: Vec<_> =
                rows.into_iter().map(|r| TableRow { career: None, heading: r.label, cells: vec![r.mean, r.answered.to_string()] }).collect();
            let headings = vec![text.chart_area().to_owned(), text.class_average().to_owned(), text.class_answered().to_owned()];
            view! { <DataTable class="class-averages" caption=caption.to_owned() headings rows /> }
        });
        view! {
            {summary.unranked.map(|unranked| view! { <p>{unranked}</p> })}
            <h3>{text.class_top_heading()}</h3>
            <DataTable
                class="class-top"
                caption=text.class_top_caption().to_owned()
                headings=vec![text.class_career().to_owned(), text.class_top_match().to_owned(), text.class_top_three().to_owned()]
                rows=top
            />
            <h3>{text.class_averages_heading()}</h3>
            <p>{text.class_averages_intro()}</p>
            {averages.collect_view()}
            <p><a class="button" download="class-summary.csv" href=csv>{text.class_download()}</a></p>
        }
    });
    view! {
        <h2>{text.class_summary_heading()}</h2>
        <p class="class-count">{summary.students}</p>
        {summary.repeated.map(|repeated| view! { <p>{repeated}</p> })}
        {rejected}
        {tables}
    }
}
