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

/// `<tag>html</tag>`, the HTML as it is: for text already escaped with its links.
fn push_html(out: &mut String, tag: &str, html: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    out.push_str(html);
    out.push_str("</");
    out.push_str(tag.split(' ').next().unwrap_or(tag));
    out.push('>');
}

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
    push_element(&mut page, "title", &format!("{}: {}", c.title, app_text.app_title()));
    page.push_str("\n<meta name=\"description\" content=\"");
    push_escaped(&mut page, &c.summary);
    page.push_str("\">\n<link rel=\"stylesheet\" href=\"");
    push_escaped(&mut page, stylesheet);
    page.push_str("\">\n</head>\n<body>\n<header class=\"site-header\"><p class=\"site-title\"><a href=\"");
    page.push_str(&quiz_link(lang));
    page.push_str("\">");
    push_escaped(&mut page, app_text.app_title());
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
    let sources = cited_sources(content, c);
    // "Sources: 1, 3" (HTML): where a fact comes from, each number a link to its entry in the
    // page's list of sources, which links the source itself with its publisher and year.
    let refs = |cited: &[String]| -> String {
        let mut numbers: Vec<usize> = cited.iter().filter_map(|id| sources.iter().position(|s| s == id)).map(|n| n + 1).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let links: Vec<String> = numbers.iter().map(|n| format!("<a href=\"#source-{n}\">{n}</a>")).collect();
        fill(&push_escaped_string(text.sources_cited), &[("numbers", &links.join(", "))])
    };
    let mut out = String::from("\n");
    if !c.also_known_as.is_empty() {
        out.push_str("<p class=\"aka\">");
        push_escaped(&mut out, &fill(text.career_also_known_as, &[("names", &c.also_known_as.join(", "))]));
        out.push_str("</p>\n");
    }
    push_tagged(&mut out, "p class=\"summary\"", &c.summary);
    // Each section's heading, kept for the contents list a long page opens with.
    let mut sections: Vec<(&str, &str)> = Vec::new();
    let mut heading = |out: &mut String, id: &'static str, title: &'static str| {
        sections.push((id, title));
        out.push_str(&format!("<h2 id=\"{id}\">"));
        push_escaped(out, title);
        out.push_str("</h2>\n");
    };
    if !c.a_day.is_empty() {
        heading(&mut out, "day", text.career_day);
        push_tagged(&mut out, "p", &c.a_day);
    }
    heading(&mut out, "work", text.career_what);
    push_tagged(&mut out, "p", &c.what_they_do);
    push_facts(&mut out, c, "work", text.facts_work, &refs);
    heading(&mut out, "where", text.career_where);
    push_tagged(&mut out, "p", &c.where_they_work);
    heading(&mut out, "hours", text.career_hours);
    push_tagged(&mut out, "p", &c.hours);

    heading(&mut out, "pay", text.career_pay);
    push_pay(&mut out, model, app_text, text, career, &refs);
    if let Some(outlook) = &c.outlook {
        heading(&mut out, "outlook", text.career_outlook);
        out.push_str("<p>");
        push_escaped(&mut out, &outlook.text);
        out.push(' ');
        push_html(&mut out, "span class=\"refs\"", &refs(&outlook.sources));
        out.push_str("</p>\n");
    }

    heading(&mut out, "routes", text.career_how);
    push_tagged(&mut out, "p", &c.how_to_get_there);
    push_routes(&mut out, model, app_text, text, career, &refs);

    heading(&mut out, "skills", text.career_skills);
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

    heading(&mut out, "related", text.career_related);
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

    heading(&mut out, "profile", text.career_profile);
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

    heading(&mut out, "sources", text.career_sources);
    out.push_str("<ol class=\"sources\">\n");
    for (n, source) in sources.iter().filter_map(|id| content.sources.iter().find(|s| &s.id == id)).enumerate() {
        out.push_str(&format!("<li id=\"source-{}\">", n + 1));
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
        let about: Vec<&str> = [source.publisher.as_deref(), source.year.as_deref()].into_iter().flatten().collect();
        if !about.is_empty() {
            out.push_str(" (");
            push_escaped(&mut out, &about.join(", "));
            out.push(')');
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
    if let Some((year, month)) = c.last_checked.split_once('-') {
        let month = month.parse::<usize>().ok().and_then(|m| text.months.split(' ').nth(m.wrapping_sub(1))).unwrap_or(month);
        push_tagged(&mut out, "p class=\"last-checked\"", &fill(text.facts_checked, &[("month", month), ("year", year)]));
    }
    // A long page opens with a list of its sections.
    if sections.len() >= CONTENTS_FROM {
        let mut contents = String::from("<nav class=\"contents\" aria-labelledby=\"contents-heading\">");
        push_element(&mut contents, "h2 id=\"contents-heading\"", text.contents);
        contents.push_str("<ul>");
        for (id, title) in &sections {
            contents.push_str(&format!("<li><a href=\"#{id}\">"));
            push_escaped(&mut contents, title);
            contents.push_str("</a></li>");
        }
        contents.push_str("</ul></nav>\n");
        let at = out.find("<h2 ").unwrap_or(out.len());
        out.insert_str(at, &contents);
    }
    out
}

/// A page with at least this many sections opens with a list of them.
pub const CONTENTS_FROM: usize = 9;

/// Wraps a nation's part of a section, so that the quiz can put the student's own first
/// ([`own_region_first`]): `<!--region:ID-->` … `<!--/region-->`, inside `<!--regions-->` … `<!--/regions-->`.
fn push_region(out: &mut String, app_text: &Messages, region: &str, body: &str) {
    out.push_str(&format!("<!--region:{region}--><section class=\"region\" data-region=\"{region}\">"));
    push_element(out, "h3", app_text.region_name(region));
    out.push_str(body);
    out.push_str("</section><!--/region-->\n");
}

const REGIONS_START: &str = "<!--regions-->";
const REGIONS_END: &str = "<!--/regions-->";

/// What a career pays, nation by nation (`pay::by_region`), each line with its sources.
fn push_pay(out: &mut String, model: &Model, app_text: &Messages, text: &PageMessages, career: usize, refs: &dyn Fn(&[String]) -> String) {
    use crate::pay::{money, PayLine};
    let content = &model.content;
    let c = &content.careers[career];
    let with_refs = |out: &mut String, line: &str, sources: &[String]| {
        out.push_str("<p>");
        push_escaped(out, line);
        out.push(' ');
        push_html(out, "span class=\"refs\"", &refs(sources));
        out.push_str("</p>");
    };
    if let Some(band) = &c.nhs_band {
        let mut line = fill(text.pay_start_band, &[("band", &band.band)]);
        if let Some(trainee) = &band.trainee_band {
            line.push(' ');
            line.push_str(&fill(text.pay_trainee_band, &[("band", trainee)]));
        }
        with_refs(out, &line, &band.sources);
        out.push('\n');
    }
    let by_region = crate::pay::by_region(content, career);
    if by_region.is_empty() && c.nhs_band.is_none() {
        push_tagged(out, "p", text.career_pay_none);
        push_services(out, model, text, refs);
        return;
    }
    out.push_str(REGIONS_START);
    for region in &by_region {
        let mut body = String::new();
        for line in &region.lines {
            match line {
                PayLine::Band { band, trainee, period, low, high, sources } => {
                    let template = if *trainee { text.pay_trainee_range } else { text.pay_band_range };
                    let filled = fill(template, &[("band", band), ("period", period), ("low", &money('£', *low)), ("high", &money('£', *high))]);
                    with_refs(&mut body, &filled, sources);
                }
                PayLine::Statement { text: said, sources, .. } => with_refs(&mut body, said, sources),
                PayLine::Us(us) => {
                    let template = if us.relation == "same" { text.pay_us_same } else { text.pay_us_closest };
                    let values =
                        [("occupation", us.occupation.as_str()), ("soc", &us.soc), ("median", &money('$', us.median)), ("period", &us.period)];
                    with_refs(&mut body, &fill(template, &values), &us.sources);
                }
                PayLine::Fact(pay) => {
                    with_refs(&mut body, &format!("{} {}", pay.text, fill(text.career_pay_year, &[("year", &pay.year)])), &pay.sources);
                }
            }
        }
        push_region(out, app_text, region.region, &body);
    }
    out.push_str(REGIONS_END);
    out.push('\n');
}

/// The nations' official careers services, as links with their sources.
fn push_services(out: &mut String, model: &Model, text: &PageMessages, refs: &dyn Fn(&[String]) -> String) {
    let services = &model.content.nations.careers_service;
    if services.is_empty() {
        return;
    }
    push_tagged(out, "p", text.careers_services);
    out.push_str("<ul class=\"services\">");
    for service in services {
        if let Some(link) = service_link(model, service) {
            out.push_str("<li>");
            out.push_str(&link);
            out.push(' ');
            push_html(out, "span class=\"refs\"", &refs(std::slice::from_ref(&service.source)));
            out.push_str("</li>");
        }
    }
    out.push_str("</ul>\n");
}

/// A careers service as a link to its website.
fn service_link(model: &Model, service: &crate::content::CareersService) -> Option<String> {
    let url = model.content.sources.iter().find(|s| s.id == service.source)?.url.as_deref()?;
    let mut link = String::from("<a href=\"");
    push_escaped(&mut link, url);
    link.push_str("\">");
    push_escaped(&mut link, &service.label);
    link.push_str("</a>");
    Some(link)
}

/// How to get there, nation by nation: each route the sources describe, and for a UK nation
/// with no route of its own, the UK-wide one and that nation's official careers service.
fn push_routes(out: &mut String, model: &Model, app_text: &Messages, text: &PageMessages, career: usize, refs: &dyn Fn(&[String]) -> String) {
    let content = &model.content;
    let c = &content.careers[career];
    let mut parts: Vec<(&str, String)> = Vec::new();
    let has_uk = c.routes.iter().any(|r| r.region == "uk");
    for region in crate::content::REGIONS {
        let mut body = String::new();
        for route in c.routes.iter().filter(|r| r.region == region) {
            body.push_str("<dl class=\"route\">\n");
            for (step, value) in route.steps() {
                if !value.is_empty() {
                    push_tagged(&mut body, "dt", step_name(text, step));
                    push_tagged(&mut body, "dd", value);
                }
            }
            if !route.bodies.is_empty() {
                push_tagged(&mut body, "dt", text.step_bodies);
                push_tagged(&mut body, "dd", &route.bodies.join("; "));
            }
            body.push_str("</dl>\n");
            push_html(&mut body, "p class=\"refs\"", &refs(&route.sources));
        }
        let service = content.nations.careers_service.iter().find(|s| s.nation == region);
        if let Some(service) = service.filter(|_| !c.routes.iter().any(|r| r.region == region)) {
            let own = if has_uk { text.route_uk_applies } else { text.route_none_here };
            body.push_str("<p class=\"no-route\">");
            push_escaped(&mut body, &fill(own, &[("nation", app_text.region_name(region))]));
            body.push(' ');
            if let Some(link) = service_link(model, service) {
                body.push_str(&fill(&push_escaped_string(text.route_see_service), &[("service", &link)]));
                body.push(' ');
                push_html(&mut body, "span class=\"refs\"", &refs(std::slice::from_ref(&service.source)));
            }
            body.push_str("</p>\n");
        }
        // Where the sources give no US route, O*NET's Job Zone says how much preparation it takes.
        if let (true, false, Some(zone)) = (region == "us", c.routes.iter().any(|r| r.region == "us"), c.onet.job_zone) {
            let meaning = app_text.job_zone_meaning(zone);
            let occupation = format!("{} ({})", c.onet.title, c.onet.code);
            let line = fill(text.us_job_zone, &[("occupation", &occupation), ("zone", &zone.to_string()), ("meaning", meaning)]);
            body.push_str("<p class=\"job-zone\">");
            push_escaped(&mut body, &line);
            body.push(' ');
            push_html(&mut body, "span class=\"refs\"", &refs(&["onet-29.3".to_owned()]));
            body.push_str("</p>\n");
        }
        if !body.is_empty() {
            parts.push((region, body));
        }
    }
    if parts.is_empty() {
        push_tagged(out, "p", text.career_routes_none);
        return;
    }
    out.push_str(REGIONS_START);
    for (region, body) in parts {
        push_region(out, app_text, region, &body);
    }
    out.push_str(REGIONS_END);
    out.push('\n');
}

/// A career page's fragment with the student's own region first in each part that goes nation
/// by nation (pay, routes), and the other nations folded away under `others` (a summary's
/// text). Without a home, or for one with nothing of its own, the fragment is as it was.
pub fn own_region_first(fragment: &str, home: Option<crate::region::Home>, others: &str) -> String {
    let Some(home) = home else { return fragment.to_owned() };
    let mut out = String::new();
    let mut rest = fragment;
    let mut groups = 0;
    while let Some(start) = rest.find(REGIONS_START) {
        let Some(len) = rest[start..].find(REGIONS_END) else { break };
        out.push_str(&rest[..start]);
        let group = &rest[start + REGIONS_START.len()..start + len];
        // The group's parts, each `<!--region:ID-->…<!--/region-->`.
        let mut parts: Vec<(&str, &str)> = Vec::new();
        let mut tail = group;
        while let Some(at) = tail.find("<!--region:") {
            let id_end = tail[at..].find("-->").map_or(tail.len(), |e| at + e);
            let end = tail[at..].find("<!--/region-->").map_or(tail.len(), |e| at + e + "<!--/region-->".len());
            parts.push((&tail[at + "<!--region:".len()..id_end], &tail[at..end]));
            tail = &tail[end..];
        }
        let regions: Vec<&str> = parts.iter().map(|(id, _)| *id).collect();
        let order = crate::region::own_first(&regions, Some(home));
        let own: Vec<usize> = order.iter().copied().filter(|&i| home.covers(regions[i])).collect();
        out.push_str(REGIONS_START);
        for &i in &own {
            out.push_str(parts[i].1);
        }
        let folded: Vec<usize> = order.iter().copied().filter(|i| !own.contains(i)).collect();
        if !folded.is_empty() {
            if own.is_empty() {
                // Nothing of the student's own: every nation stays open.
                for &i in &folded {
                    out.push_str(parts[i].1);
                }
            } else {
                // An id, so that the app can open it again when the screen is drawn anew.
                groups += 1;
                out.push_str(&format!("<details class=\"other-regions\" id=\"other-regions-{groups}\"><summary>"));
                push_escaped(&mut out, others);
                out.push_str("</summary>");
                for &i in &folded {
                    out.push_str(parts[i].1);
                }
                out.push_str("</details>");
            }
        }
        out.push_str(REGIONS_END);
        rest = &rest[start + len + REGIONS_END.len()..];
    }
    out.push_str(rest);
    out
}

/// The career's sources, then any other source its page cites (facts, pay with the nations'
/// tables, routes, the careers services), each once.
pub fn cited_sources(content: &crate::content::Content, c: &Career) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    let job_zone_source = ["onet-29.3".to_owned()];
    let shows_job_zone = c.onet.job_zone.is_some() && !c.routes.iter().any(|r| r.region == "us");
    let nations = &content.nations;
    let nhs = c.nhs_band.is_some();
    // A careers service is on the page when the career has no pay at all, or a UK nation no route.
    let no_pay = c.pay.is_empty() && c.us_pay.is_none() && !nhs;
    let services = nations.careers_service.iter().filter(|s| no_pay || !c.routes.iter().any(|r| r.region == s.nation)).map(|s| &s.source);
    let cited = c
        .sources
        .iter()
        .chain(job_zone_source.iter().filter(|_| shows_job_zone))
        .chain(c.outlook.iter().flat_map(|o| &o.sources))
        .chain(c.facts.iter().flat_map(|f| &f.sources))
        .chain(c.nhs_band.iter().flat_map(|b| &b.sources))
        .chain(nations.pay_table.iter().filter(|_| nhs).flat_map(|t| &t.sources))
        .chain(nations.pay_statement.iter().filter(|_| nhs).flat_map(|s| &s.sources))
        .chain(c.us_pay.iter().flat_map(|u| &u.sources))
        .chain(c.pay.iter().flat_map(|p| &p.sources))
        .chain(c.routes.iter().flat_map(|r| &r.sources))
        .chain(services);
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
        push_html(out, "span class=\"refs\"", &refs(&fact.sources));
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
