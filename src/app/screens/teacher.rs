//! The teacher's class register: lines pasted in (or read from a file), each a share link or
//! code with the student's name before it if the teacher has one, become a row per student, the
//! names missing from the teacher's list and the class's summary, worked out by
//! `career_quiz::class` in this browser. Nothing is kept or sent.

use crate::components::data_table::{DataTable, TableRow};
use crate::state::use_ctx;
use career_quiz::class;
use career_quiz::progress::Action;
use career_quiz::vm::class::{register_view, sort_rows, Asked, ClassView, Column, MissingView, Order, StudentRow};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the summary shows: nothing yet, a file that could not be read, or the summary.
#[derive(Clone, PartialEq)]
enum Summary {
    None,
    UnreadableFile,
    Made(Box<ClassView>),
}

#[component]
pub fn Teacher() -> impl IntoView {
    let ctx = use_ctx();
    let (model, text) = (ctx.model, ctx.text);
    let codes = NodeRef::<leptos::html::Textarea>::new();
    let list = NodeRef::<leptos::html::Textarea>::new();
    let class_tag = NodeRef::<leptos::html::Input>::new();
    let summary = RwSignal::new(Summary::None);
    let summarise = move || {
        let pasted = codes.get_untracked().map(|b| b.value()).unwrap_or_default();
        let asked = Asked {
            list: list.get_untracked().map(|b| b.value()).unwrap_or_default(),
            class: class_tag.get_untracked().map(|b| b.value()).unwrap_or_default(),
        };
        summary.set(Summary::Made(Box::new(register_view(model, text, &class::register(model, &pasted), &asked))));
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
            <p class="no-print">{text.teacher_intro()}</p>
            <form class="no-print" on:submit=send>
                <label for="class-codes">{text.teacher_codes_label()}</label>
                <textarea id="class-codes" rows="8" spellcheck="false" autocomplete="off" node_ref=codes></textarea>
                <label for="class-file">{text.teacher_file_label()}</label>
                <input id="class-file" type="file" accept=".txt,.csv,text/plain,text/csv" on:change=file_chosen />
                <label for="class-list">{text.teacher_list_label()}</label>
                <textarea id="class-list" rows="4" spellcheck="false" autocomplete="off" node_ref=list></textarea>
                <label for="class-tag">{text.teacher_class_label()}</label>
                <input id="class-tag" type="text" maxlength="16" spellcheck="false" autocomplete="off" value=ctx.class_tag node_ref=class_tag />
                <div class="actions">
                    <button type="submit" class="primary">{text.teacher_summarise()}</button>
                </div>
            </form>
            <div class="class-summary" role="region" aria-label=text.class_summary_heading()>
                <p class="notice" role="alert" hidden=move || summary.get() != Summary::UnreadableFile>
                    {move || (summary.get() == Summary::UnreadableFile).then(|| text.teacher_file_unreadable())}
                </p>
                {move || match summary.get() {
                    Summary::Made(made) => Some(view! { <ClassSummary summary=*made /> }),
                    _ => None,
                }}
            </div>
            <div class="actions no-print">
                <button type="button" on:click=move |_| ctx.dispatch(Action::Home)>{text.privacy_back()}</button>
            </div>
        </section>
    }
}

/// The counts, the lines merged and not read, the students' table, who is missing, the careers
/// on top and the averages, then the downloads and printing.
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
    let merged = (!summary.merged.is_empty()).then(|| {
        view! { <ul class="class-merged">{summary.merged.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }
    });
    let missing = summary.missing.map(|missing| view! { <Missing missing /> });
    let rows = summary.rows;
    let rows_csv = summary.rows_csv;
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
            <h2>{text.class_students_heading()}</h2>
            <StudentTable rows />
            {missing}
            <p class="actions">
                <button type="button" on:click=|_| drop(window().print())>{text.class_print()}</button>
                <a class="button" download="class-register.csv" href=rows_csv>{text.class_download_rows()}</a>
            </p>
            <div class="no-print">
                <h2>{text.class_top_heading()}</h2>
                <DataTable
                    class="class-top"
                    caption=text.class_top_caption().to_owned()
                    headings=vec![text.class_career().to_owned(), text.class_top_match().to_owned(), text.class_top_three().to_owned()]
                    rows=top
                />
                <h2>{text.class_averages_heading()}</h2>
                <p>{text.class_averages_intro()}</p>
                {averages.collect_view()}
                <p><a class="button" download="class-summary.csv" href=csv>{text.class_download()}</a></p>
            </div>
        }
    });
    view! {
        <h2>{text.class_summary_heading()}</h2>
        <p class="class-count">{summary.students}</p>
        {summary.classes.map(|classes| view! { <p class="class-tags">{classes}</p> })}
        {summary.repeated.map(|repeated| view! { <p class="no-print">{repeated}</p> })}
        {merged}
        {rejected}
        {tables}
    }
}

/// One row per student, sortable by any column: each heading is a button, and the column sorted
/// by says so (`aria-sort`). Rows are keyed by their line, so sorting moves them.
#[component]
fn StudentTable(rows: Vec<StudentRow>) -> impl IntoView {
    let text = use_ctx().text;
    let order = RwSignal::new(Order::AsPasted);
    let sorted = Memo::new(move |_| {
        let mut rows = rows.clone();
        sort_rows(&mut rows, order.get());
        rows
    });
    let heading = move |column: Column| {
        let sort = move || match order.get() {
            Order::Up(c) if c == column => Some("ascending"),
            Order::Down(c) if c == column => Some("descending"),
            _ => None,
        };
        view! {
            <th scope="col" aria-sort=sort>
                <button type="button" class="sort" on:click=move |_| order.update(|o| *o = o.picked(column))>{column.heading(text)}</button>
            </th>
        }
    };
    view! {
        <p class="class-students-hint">{text.class_students_hint()}</p>
        <div class="table-scroll" role="region" tabindex="0" aria-label=text.class_students_heading()>
            <table class="class-students">
                <thead>
                    <tr>{Column::ALL.into_iter().map(heading).collect_view()}</tr>
                </thead>
                <tbody>
                    <For
                        each=move || sorted.get()
                        key=|row| row.line
                        children=|row| {
                            view! {
                                <tr class:unnamed=!row.named>
                                    <th scope="row">{row.name}</th>
                                    <td>{row.class} {row.other_class.map(|other| view! { " " <span class="other-class">"(" {other} ")"</span> })}</td>
                                    <td class:unranked=!row.ranked>{row.careers.join("; ")}</td>
                                    <td>{row.interest_code}</td>
                                    <td class="number">{row.answered}</td>
                                    <td>{row.finished}</td>
                                </tr>
                            }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}

/// Who has not handed in, from the teacher's list.
#[component]
fn Missing(missing: MissingView) -> impl IntoView {
    let text = use_ctx().text;
    view! {
        <section class="class-missing" aria-labelledby="class-missing-heading">
            <h2 id="class-missing-heading">{text.class_missing_heading()}</h2>
            <p>{missing.count}</p>
            {(!missing.names.is_empty()).then(|| view! { <ul>{missing.names.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}</ul> })}
            {missing.not_on_list.map(|line| view! { <p>{line}</p> })}
            {missing.unnamed.map(|line| view! { <p>{line}</p> })}
        </section>
    }
}
