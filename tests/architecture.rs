//! The layout's invariants (ARCHITECTURE.md), checked over the source: the domain writes no
//! markup outside the static career pages, and the app inserts HTML from a string in one place
//! only, the career page's fragment, which the build wrote and escaped.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn src(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(path)
}

/// Every line of `files` that `found` picks out, as `FILE:LINE: text`.
fn lines_where(files: &[PathBuf], found: impl Fn(&str) -> bool) -> Vec<String> {
    let mut hits = Vec::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if !code.starts_with("//") && found(code) {
                hits.push(format!("{}:{}: {}", file.display(), n + 1, code));
            }
        }
    }
    hits
}

#[test]
fn the_app_inserts_html_from_a_string_only_for_the_career_page() {
    let hits =
        lines_where(&rust_files(&src("app")), |line| line.contains("inner_html") || line.contains("set_inner_html") || line.contains("outer_html"));
    let allowed = src("app/screens/career.rs");
    let elsewhere: Vec<&String> = hits.iter().filter(|hit| !hit.starts_with(&*allowed.to_string_lossy())).collect();
    assert!(elsewhere.is_empty(), "HTML inserted from a string outside the career page's fragment:\n{elsewhere:#?}");
    assert_eq!(hits.len(), 1, "the career page's fragment, once: {hits:#?}");
}

#[test]
fn the_domain_writes_no_markup_outside_the_static_career_pages() {
    // A string literal holding a tag: `"<p"`, `"</li>"`, `"<!--"`.
    let tag = |line: &str| {
        line.split('"').skip(1).step_by(2).any(|literal| {
            let bytes = literal.as_bytes();
            (0..bytes.len()).any(|i| bytes[i] == b'<' && bytes.get(i + 1).is_some_and(|b| b.is_ascii_lowercase() || *b == b'/' || *b == b'!'))
        })
    };
    let static_pages = [src("pages.rs"), src("html.rs")];
    let domain: Vec<PathBuf> = rust_files(&src("")).into_iter().filter(|f| !f.starts_with(src("app")) && !static_pages.contains(f)).collect();
    assert!(domain.iter().any(|f| f.ends_with("vm/results.rs")), "the view-models are looked at: {domain:?}");
    let hits = lines_where(&domain, tag);
    assert!(hits.is_empty(), "markup written outside the static career pages:\n{hits:#?}");
}
