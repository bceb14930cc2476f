//! The career pages, written as static HTML at build time (`src/bin/pages.rs`, run by
//! `scripts/post-build.mjs`): `careers/ID.html` for every career.
//!
//! Each page works on its own, by direct link, with no script and on any static host under any
//! sub-path (its `<base>` is the quiz's folder, so one set of relative links serves both). The
//! quiz fetches the same file when a student opens a career and shows the part between
//! [`FRAGMENT_START`] and [`FRAGMENT_END`] under the student's own match, so the long texts cost
//! the quiz nothing until they are read.

use crate::content::{Career, Model};
use crate::messages::{fill, Messages};

/// Marks the start of the part of a career page that the quiz shows inside itself.
pub const FRAGMENT_START: &str = "<!--career-page-->";
/// Marks its end.
pub const FRAGMENT_END: &str = "<!--/career-page-->";

/// Where a career's page is, relative to the quiz's folder.
pub fn page_path(career: &Career) -> String {
    format!("careers/{}.html", career.id)
}

/// The part of a fetched page that the quiz shows, if the page has one.
pub fn fragment(page: &str) -> Option<&str> {
    let start = page.find(FRAGMENT_START)? + FRAGMENT_START.len();
    let end = start + page[start..].find(FRAGMENT_END)?;
    Some(&page[start..end])
}

/// The whole page for one career. `stylesheet` is the quiz's stylesheet, relative to its folder.
pub fn career_page(model: &Model, text: &Messages, career: usize, stylesheet: &str) -> String {
    let c = &model.content.careers[career];
    let mut page = String::new();
    page.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; \
         style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'\">\n",
    );
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    // The quiz's folder, so that links written for the quiz work here too.
    page.push_str("<base href=\"../\">\n");
    push_element(&mut page, "title", &format!("{}: {}", c.title, text.app_title));
    page.push_str("\n<meta name=\"description\" content=\"");
    push_escaped(&mut page, &c.summary);
    page.push_str("\">\n<link rel=\"stylesheet\" href=\"");
    push_escaped(&mut page, stylesheet);
    page.push_str("\">\n</head>\n<body>\n<header class=\"site-header\"><p class=\"site-title\"><a href=\"./\">");
    push_escaped(&mut page, text.app_title);
    page.push_str("</a></p></header>\n<main id=\"main\">\n<article class=\"card career\" data-career=\"");
    push_escaped(&mut page, &c.id);
    page.push_str("\">\n");
    push_element(&mut page, "h1", &c.title);
    page.push('\n');
    page.push_str(FRAGMENT_START);
    page.push_str(&career_fragment(model, text, career));
    page.push_str(FRAGMENT_END);
    page.push_str("\n<p><a class=\"take-quiz\" href=\"./\">");
    push_escaped(&mut page, text.page_take_quiz);
    page.push_str("</a></p>\n</article>\n</main>\n</body>\n</html>\n");
    page
}

/// The body of a career's page, below its title.
fn career_fragment(model: &Model, text: &Messages, career: usize) -> String {
    let content = &model.content;
    let c = &content.careers[career];
    let mut out = String::from("\n");
    if !c.also_known_as.is_empty() {
        out.push_str("<p class=\"aka\">");
        push_escaped(&mut out, &fill(text.career_also_known_as, &[("names", &c.also_known_as.join(", "))]));
        out.push_str("</p>\n");
    }
    out.push_str("<p class=\"summary\">");
    push_escaped(&mut out, &c.summary);
    out.push_str("</p>\n");
    for (heading, body) in [
        (text.career_what, &c.what_they_do),
        (text.career_where, &c.where_they_work),
        (text.career_hours, &c.hours),
        (text.career_how, &c.how_to_get_there),
    ] {
        push_element(&mut out, "h2", heading);
        out.push('\n');
        push_element(&mut out, "p", body);
        out.push('\n');
    }

    push_element(&mut out, "h2", text.career_related);
    out.push_str("\n<ul class=\"related\">\n");
    for other in c.related.iter().filter_map(|id| model.career_index(id)) {
        let other = &content.careers[other];
        out.push_str("<li><a href=\"");
        push_escaped(&mut out, &page_path(other));
        out.push_str("\" data-career=\"");
        push_escaped(&mut out, &other.id);
        out.push_str("\">");
        push_escaped(&mut out, &other.title);
        out.push_str("</a></li>\n");
    }
    out.push_str("</ul>\n");

    push_element(&mut out, "h2", text.career_profile);
    out.push('\n');
    let onet_template = if c.onet.relation == "same" { text.career_onet_same } else { text.career_onet_nearest };
    let onet = fill(onet_template, &[("version", &c.onet.version), ("code", &c.onet.code), ("title", &c.onet.title)]);
    push_element(&mut out, "p", &onet);
    out.push('\n');
    push_element(&mut out, "p", &c.onet.note);
    out.push_str("\n<details>\n");
    push_element(&mut out, "summary", text.career_profile_details);
    out.push_str("\n<ul class=\"bases\">\n");
    for (_, levels, _) in c.blocks() {
        push_element(&mut out, "li", &levels.basis);
        out.push('\n');
    }
    out.push_str("</ul>\n</details>\n");

    push_element(&mut out, "h2", text.career_sources);
    out.push_str("\n<ul class=\"sources\">\n");
    for source in c.sources.iter().filter_map(|id| content.sources.iter().find(|s| &s.id == id)) {
        out.push_str("<li>");
        match &source.url {
            Some(url) => {
                out.push_str("<a href=\"");
                push_escaped(&mut out, url);
                out.push_str("\">");
                push_escaped(&mut out, &source.title);
                out.push_str("</a>");
            }
            None => push_escaped(&mut out, &source.title),
        }
        if let Some(publisher) = &source.publisher {
            out.push_str(" (");
            push_escaped(&mut out, publisher);
            out.push(')');
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    out
}

fn push_element(out: &mut String, tag: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    push_escaped(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Appends `text` escaped for HTML text and double-quoted attribute values.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
