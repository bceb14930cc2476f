//! Writes the static career pages into a build: `pages DIST STYLESHEET` makes
//! `DIST/careers/ID.html` for every career. Run by `scripts/post-build.mjs` on every build.

use career_quiz::content::{Content, Model, FULL_JSON};
use career_quiz::messages::{EN, PAGES_EN};
use career_quiz::pages::{career_page, page_path};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, stylesheet] = args.as_slice() else {
        eprintln!("usage: pages DIST STYLESHEET");
        return ExitCode::from(2);
    };
    let model = match Content::from_json(FULL_JSON).and_then(Model::new) {
        Ok(model) => model,
        Err(error) => {
            eprintln!("pages: {error}");
            return ExitCode::from(2);
        }
    };
    let dist = PathBuf::from(dist);
    if let Err(error) = std::fs::create_dir_all(dist.join("careers")) {
        eprintln!("pages: cannot make {}/careers: {error}", dist.display());
        return ExitCode::from(2);
    }
    for (index, career) in model.content.careers.iter().enumerate() {
        let path = dist.join(page_path(career));
        if let Err(error) = std::fs::write(&path, career_page(&model, &EN, &PAGES_EN, index, stylesheet)) {
            eprintln!("pages: cannot write {}: {error}", path.display());
            return ExitCode::from(2);
        }
    }
    println!("pages: {} career pages in {}/careers", model.content.careers.len(), dist.display());
    ExitCode::SUCCESS
}
