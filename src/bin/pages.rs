//! Writes the static files made from the content into a build: `pages DIST STYLESHEET` makes
//! `DIST/careers/ID.html` for every career, `DIST/careers/LANG/ID.html` in each other language,
//! and the language files `DIST/lang/LANG.json` the quiz fetches when a student picks a language.
//! Run by `scripts/post-build.mjs` on every build.

use career_quiz::content::{Content, Model, FULL_JSON, FULL_JSON_CY};
use career_quiz::language;
use career_quiz::messages::{Messages, PageMessages, CY, EN, PAGES_CY, PAGES_EN};
use career_quiz::pages::{career_page, page_path};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, stylesheet] = args.as_slice() else {
        eprintln!("usage: pages DIST STYLESHEET");
        return ExitCode::from(2);
    };
    let dist = PathBuf::from(dist);
    let languages: [(&str, &Messages, &PageMessages, Option<&str>); 2] =
        [(FULL_JSON, &EN, &PAGES_EN, None), (FULL_JSON_CY, &CY, &PAGES_CY, Some(language::FILE_CY))];
    for (bundle, text, page_text, file) in languages {
        if let Err(error) = write_language(&dist, stylesheet, bundle, text, page_text, file) {
            eprintln!("pages: {error}");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}

fn write_language(dist: &Path, stylesheet: &str, bundle: &str, text: &Messages, page_text: &PageMessages, file: Option<&str>) -> Result<(), String> {
    let model = Content::from_json(bundle).and_then(Model::new).map_err(|e| e.to_string())?;
    let write = |relative: &str, contents: &str| {
        let path = dist.join(relative);
        std::fs::create_dir_all(path.parent().unwrap())
            .and_then(|()| std::fs::write(&path, contents))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    for (index, career) in model.content.careers.iter().enumerate() {
        write(&page_path(career, text.lang), &career_page(&model, text, page_text, index, stylesheet))?;
    }
    if let Some(file) = file {
        write(&language::file_path(text.lang), file)?;
    }
    println!("pages: {} career pages in {} for {}", model.content.careers.len(), text.lang, dist.display());
    Ok(())
}
