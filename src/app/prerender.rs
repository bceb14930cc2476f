//! The first screen, drawn natively at build time. Run natively, `career-quiz LANG` prints the
//! page a first visit shows in that language (the shell around the welcome screen), drawn by the
//! very components the app runs, for `scripts/post-build.mjs` to put into `index.html`. The page
//! is then readable and usable before any wasm arrives; `first_screen.rs` hands it over.

use crate::shell::{Page, PageProps};
use crate::state::Ctx;
use career_quiz::content::Model;
use career_quiz::embed::School;
use career_quiz::language;
use career_quiz::messages::{Messages, EN};
use leptos::prelude::*;

/// The page of a first visit in `lang` as HTML, or why it cannot be drawn.
pub fn first_visit(lang: &str) -> Result<String, String> {
    let (text, model): (&'static Messages, &'static Model) = if lang == language::LANGUAGES[0] {
        (&EN, Box::leak(Box::new(Model::embedded().map_err(|e| e.to_string())?)))
    } else {
        let (lang, file) = match lang {
            "cy" => ("cy", language::FILE_CY),
            _ => return Err(format!("the quiz has no language {lang:?}")),
        };
        let (text, model) = language::read_file(lang, file).ok_or(format!("the built {lang} language file cannot be read"))?;
        (Box::leak(Box::new(text)), Box::leak(Box::new(model)))
    };
    let owner = Owner::new();
    Ok(owner.with(|| {
        let ctx = Ctx::first_visit(model, text, School::default());
        let screen = Memo::new(move |_| ctx.progress.with(|p| p.screen.clone()));
        // Drawn once, with nothing to track: untracked, as the app reads its signals in a view.
        untrack(|| Page(PageProps { ctx, screen }).to_html())
    }))
}
