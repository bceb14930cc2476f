//! The career pages, written as static HTML at build time (`src/bin/pages.rs`, run by
//! `scripts/post-build.mjs`): `careers/ID.html` for every career, and `careers/LANG/ID.html` in
//! each other language.
//!
//! Each page works on its own, by direct link, with no script and on any static host under any
//! sub-path (its `<base>` is the quiz's folder, so one set of relative links serves both). The
//! quiz fetches the same file when a student opens a career and shows the part between
//! [`FRAGMENT_START`] and [`FRAGMENT_END`] under the student's own match, so the long texts cost
//! the quiz nothing until they are read.

use crate::content::{Career, Model};
pub use crate::html::push_escaped;
use crate::language::{self, LANGUAGES};
use crate::messages::{fill, Messages, PageMessages};

/// `text` escaped for HTML, as a new string.
pub fn push_escaped_string(text: &str) -> String {
    let mut out = String::new();
    push_escaped(&mut out, text);
    out
}
use crate::html::{push_element, push_tagged};

/// Marks the start of the part of a career page that the quiz shows inside itself.
pub const FRAGMENT_START: &str = "<!--career-page-->";
/// Marks its end.
pub const FRAGMENT_END: &str = "<!--/career-page-->";

/// How many work styles "The skills that matter" lists.
pub const TOP_SKILLS: usize = 5;

/// Where a career's page in `lang` is, relative to the quiz's folder.
pub fn page_path(career: &Career, lang: &str) -> String {
    if lang == LANGUAGES[0] {
        format!("careers/{}.html", career.id)
    } else {
        format!("careers/{lang}/{}.html", career.id)
    }
}

/// The quiz's own address from a career page (relative to the quiz's folder), in `lang`.
fn quiz_link(lang: &str) -> String {
    if lang == LANGUAGES[0] {
        "./".to_owned()
    } else {
        format!("./?lang={lang}")
    }
}

/// The part of a fetched page that the quiz shows, if the page has one.
pub fn fragment(page: &str) -> Option<&str> {
    let start = page.find(FRAGMENT_START)? + FRAGMENT_START.len();
    let end = start + page[start..].find(FRAGMENT_END)?;
    Some(&page[start..end])
}

/// The whole page for one career. `stylesheet` is the quiz's stylesheet, relative to its folder.
pub fn career_page(model: &Model, app_text: &Messages, text: &PageMessages, career: usize, stylesheet: &str) -> String {
    let c = &model.content.careers[career];
    let mut page = String::new();
    let lang = app_text.lang;
    page.push_str("<!doctype html>\n<html lang=\"");
    page.push_str(lang);
    page.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'; \
         style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'\">\n",
    );
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    // The quiz's folder, so that links written for the quiz work here too.
    page.push_str(if lang == LANGUAGES[0] { "<base href=\"../\">\n" } else { "<base href=\"../../\">\n" });
    push_element(&mut page, "title", &format!("{}: {}", c.title, app_text.app_title));
    page.push_str("\n<meta name=\"description\" content=\"");
    push_escaped(&mut page, &c.summary);
    page.push_str("\">\n<link rel=\"stylesheet\" href=\"");
    push_escaped(&mut page, stylesheet);
    page.push_str("\">\n</head>\n<body>\n<header class=\"site-header\"><p class=\"site-title\"><a href=\"");
    page.push_str(&quiz_link(lang));
    page.push_str("\">");
    push_escaped(&mut page, app_text.app_title);
    // The same page in the other language (relative to the quiz's folder, like every link here).
    let other = language::other(lang);
    page.push_str("</a></p><a class=\"language-switch\" href=\"");
    push_escaped(&mut page, &page_path(c, other));
    page.push_str(&format!("\" hreflang=\"{other}\" lang=\"{other}\">"));
    push_escaped(&mut page, language::own_name(other));
    page.push_str("</a></header>\n<main id=\"main\">\n<article class=\"card career\" data-career=\"");
    push_escaped(&mut page, &c.id);
    page.push_str("\">\n");
    push_element(&mut page, "h1", &c.title);
    page.push('\n');
    page.push_str(FRAGMENT_START);
    page.push_str(&career_fragment(model, app_text, text, career));
    page.push_str(FRAGMENT_END);
    page.push_str("\n<p><a class=\"take-quiz\" href=\"");
    page.push_str(&quiz_link(lang));
    page.push_str("\">");
    push_escaped(&mut page, text.page_take_quiz);
    page.push_str("</a></p>\n</article>\n</main>\n</body>\n</html>\n");
    page
}

/// The body of a career's page, below its title.
fn career_fragment(model: &Model, app_text: &Messages, text: &PageMessages, career: usize) -> String {
    let content = &model.content;
    let c = &content.careers[career];
    let sources = cited_sources(c);
    // "[1, 3]": where a fact comes from, by its number in the page's list of sources.
    let refs = |cited: &[String]| -> String {
        let mut numbers: Vec<usize> = cited.iter().filter_map(|id| sources.iter().position(|s| s == id)).map(|n| n + 1).collect();
        numbers.sort_unstable();
        let numbers: Vec<String> = numbers.iter().map(usize::to_string).collect();
        fill(text.sources_cited, &[("numbers", &numbers.join(", "))])
    };
    let mut out = String::from("\n");
    if !c.also_known_as.is_empty() {
        out.push_str("<p class=\"aka\">");
        push_escaped(&mut out, &fill(text.career_also_known_as, &[("names", &c.also_known_as.join(", "))]));
        out.push_str("</p>\n");
    }
    push_tagged(&mut out, "p class=\"summary\"", &c.summary);
    if !c.a_day.is_empty() {
        push_tagged(&mut out, "h2", text.career_day);
        push_tagged(&mut out, "p", &c.a_day);
    }
    push_tagged(&mut out, "h2", text.career_what);
    push_tagged(&mut out, "p", &c.what_they_do);
    push_facts(&mut out, c, "work", text.facts_work, &refs);
    push_tagged(&mut out, "h2", text.career_where);
    push_tagged(&mut out, "p", &c.where_they_work);
    push_tagged(&mut out, "h2", text.career_hours);
    push_tagged(&mut out, "p", &c.hours);

    push_tagged(&mut out, "h2", text.career_pay);
    if c.pay.is_empty() {
        push_tagged(&mut out, "p", text.career_pay_none);
    }
    out.push_str("<ul class=\"pay\">\n");
    for pay in &c.pay {
        out.push_str("<li><strong>");
        push_escaped(&mut out, app_text.region_name(&pay.region));
        out.push_str(":</strong> ");
        push_escaped(&mut out, &pay.text);
        out.push(' ');
        push_escaped(&mut out, &fill(text.career_pay_year, &[("year", &pay.year)]));
        out.push(' ');
        push_tagged(&mut out, "span class=\"refs\"", &refs(&pay.sources));
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    if let Some(outlook) = &c.outlook {
        push_tagged(&mut out, "h2", text.career_outlook);
        out.push_str("<p>");
        push_escaped(&mut out, &outlook.text);
        out.push(' ');
        push_tagged(&mut out, "span class=\"refs\"", &refs(&outlook.sources));
        out.push_str("</p>\n");
    }

    push_tagged(&mut out, "h2", text.career_how);
    push_tagged(&mut out, "p", &c.how_to_get_there);
    if c.routes.is_empty() {
        push_tagged(&mut out, "p", text.career_routes_none);
    }
    // Where the sources give no US route, O*NET's Job Zone says how much preparation it takes.
    if let (false, Some(zone)) = (c.routes.iter().any(|r| r.region == "us"), c.onet.job_zone) {
        let meaning = app_text.job_zone_meaning(zone);
        push_tagged(&mut out, "h3", app_text.region_us);
        let occupation = format!("{} ({})", c.onet.title, c.onet.code);
        let line = fill(text.us_job_zone, &[("occupation", &occupation), ("zone", &zone.to_string()), ("meaning", meaning)]);
        out.push_str("<p class=\"job-zone\">");
        push_escaped(&mut out, &line);
        out.push(' ');
        push_tagged(&mut out, "span class=\"refs\"", &refs(&["onet-29.3".to_owned()]));
        out.push_str("</p>\n");
    }
    for route in &c.routes {
        push_tagged(&mut out, "h3", app_text.region_name(&route.region));
        out.push_str("<dl class=\"route\">\n");
        for (step, value) in route.steps() {
            if !value.is_empty() {
                push_tagged(&mut out, "dt", step_name(text, step));
                push_tagged(&mut out, "dd", value);
            }
        }
        if !route.bodies.is_empty() {
            push_tagged(&mut out, "dt", text.step_bodies);
            push_tagged(&mut out, "dd", &route.bodies.join("; "));
        }
        out.push_str("</dl>\n");
        push_tagged(&mut out, "p class=\"refs\"", &refs(&route.sources));
    }

    push_tagged(&mut out, "h2", text.career_skills);
    push_tagged(&mut out, "p class=\"skills-intro\"", text.career_skills_profile);
    out.push_str("<ul class=\"skills\">\n");
    for t in model.top_work_styles(career, TOP_SKILLS) {
        let t = &content.traits[t];
        out.push_str("<li data-trait=\"");
        push_escaped(&mut out, &t.id);
        out.push_str("\">");
        push_escaped(&mut out, &t.label);
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    push_facts(&mut out, c, "qualities", text.facts_qualities, &refs);
    push_facts(&mut out, c, "checks", text.facts_checks, &refs);
    push_facts(&mut out, c, "scale", text.facts_scale, &refs);
    push_facts(&mut out, c, "history", text.facts_history, &refs);
    push_facts(&mut out, c, "later_options", text.facts_later_options, &refs);

    push_tagged(&mut out, "h2", text.career_related);
    out.push_str("<ul class=\"related\">\n");
    for other in c.related.iter().filter_map(|id| model.career_index(id)) {
        let other = &content.careers[other];
        out.push_str("<li><a href=\"");
        push_escaped(&mut out, &page_path(other, app_text.lang));
        out.push_str("\" data-career=\"");
        push_escaped(&mut out, &other.id);
        out.push_str("\">");
        push_escaped(&mut out, &other.title);
        out.push_str("</a></li>\n");
    }
    out.push_str("</ul>\n");

    push_tagged(&mut out, "h2", text.career_profile);
    let onet_template = if c.onet.relation == "same" { text.career_onet_same } else { text.career_onet_nearest };
    let onet = fill(onet_template, &[("version", &c.onet.version), ("code", &c.onet.code), ("title", &c.onet.title)]);
    push_tagged(&mut out, "p", &onet);
    push_tagged(&mut out, "p", &c.onet.note);
    out.push_str("<details>\n");
    push_tagged(&mut out, "summary", text.career_profile_details);
    out.push_str("<ul class=\"bases\">\n");
    for (_, levels, _) in c.blocks() {
        push_tagged(&mut out, "li", &levels.basis);
    }
    out.push_str("</ul>\n</details>\n");

    push_tagged(&mut out, "h2", text.career_sources);
    out.push_str("<ol class=\"sources\">\n");
    for source in sources.iter().filter_map(|id| content.sources.iter().find(|s| &s.id == id)) {
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
    out.push_str("</ol>\n");
    out
}

/// "Your answers on the skills that matter": the career's top work styles, each with what the
/// student answered about it. The quiz shows it above a career's page. It is HTML like the page
/// itself, so the browser build draws it with the same element rather than a view of its own.
pub fn skills_fit(model: &Model, text: &Messages, career: usize, answers: &[Option<u8>]) -> String {
    let mut out = String::from("<section class=\"skills-fit\">\n");
    push_tagged(&mut out, "h2", text.skills_fit_heading);
    push_tagged(&mut out, "p", text.skills_your_answers);
    out.push_str("<ul>\n");
    for t in model.top_work_styles(career, TOP_SKILLS) {
        out.push_str("<li data-trait=\"");
        push_escaped(&mut out, &model.content.traits[t].id);
        out.push_str("\"><strong>");
        push_escaped(&mut out, &model.content.traits[t].label);
        out.push_str("</strong><ul>");
        for q in model.questions_on(t) {
            let question = &model.content.questions[q];
            let answer = answers.get(q).copied().flatten().map_or(text.skills_not_answered, |a| text.scale_label(question.section, a));
            out.push_str("<li>");
            push_escaped(&mut out, &question.text);
            out.push_str(": <em>");
            push_escaped(&mut out, answer);
            out.push_str("</em></li>");
        }
        out.push_str("</ul></li>\n");
    }
    out.push_str("</ul>\n</section>\n");
    out
}

/// The career's sources, then any other source its facts, pay or routes cite, each once.
pub fn cited_sources(c: &Career) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    let job_zone_source = ["onet-29.3".to_owned()];
    let shows_job_zone = c.onet.job_zone.is_some() && !c.routes.iter().any(|r| r.region == "us");
    let cited = c
        .sources
        .iter()
        .chain(job_zone_source.iter().filter(|_| shows_job_zone))
        .chain(c.outlook.iter().flat_map(|o| &o.sources))
        .chain(c.facts.iter().flat_map(|f| &f.sources))
        .chain(c.pay.iter().flat_map(|p| &p.sources))
        .chain(c.routes.iter().flat_map(|r| &r.sources));
    for id in cited {
        if !all.contains(id) {
            all.push(id.clone());
        }
    }
    all
}

/// The facts of one topic under their heading, if there are any.
fn push_facts(out: &mut String, c: &Career, topic: &str, heading: &str, refs: &dyn Fn(&[String]) -> String) {
    let facts: Vec<_> = c.facts.iter().filter(|f| f.topic == topic).collect();
    if facts.is_empty() {
        return;
    }
    push_tagged(out, "h3", heading);
    out.push_str("<ul class=\"facts\">\n");
    for fact in facts {
        out.push_str("<li>");
        push_escaped(out, &fact.text);
        out.push(' ');
        push_tagged(out, "span class=\"refs\"", &refs(&fact.sources));
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn step_name<'a>(text: &'a PageMessages, step: &'a str) -> &'a str {
    match step {
        "school_subjects" => text.step_school_subjects,
        "training" => text.step_training,
        "postgraduate" => text.step_postgraduate,
        "exams" => text.step_exams,
        "registration" => text.step_registration,
        "recertification" => text.step_recertification,
        "notes" => text.step_notes,
        other => other,
    }
}
