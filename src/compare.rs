//! Two or three careers side by side: the student's match, the preparation, the years of study,
//! pay, hours and working conditions. HTML like the report; the form that picks the careers sits
//! on the results, and the comparison has its own address, `#compare/ID,ID[,ID]`.

use crate::content::{Model, TraitKind};
use crate::html::{push_button, push_element, push_escaped, push_heading, push_tagged, ButtonAction};
use crate::messages::{fill, Messages};
use crate::region::Home;
use crate::scoring::CareerMatch;

/// How many careers a comparison takes.
pub const MIN: usize = 2;
pub const MAX: usize = 3;

/// The careers an address or a form names, by id: `None` unless there are two or three, all
/// known and all different.
pub fn careers_named<'a>(model: &Model, ids: impl IntoIterator<Item = &'a str>) -> Option<Vec<usize>> {
    let careers = ids.into_iter().map(|id| model.career_index(id)).collect::<Option<Vec<_>>>()?;
    careers_picked(model, careers)
}

/// `careers` (indices) if they make a comparison: two or three, all known, all different.
pub fn careers_picked(model: &Model, careers: Vec<usize>) -> Option<Vec<usize>> {
    let known = careers.iter().all(|&c| c < model.content.careers.len());
    let different = careers.iter().enumerate().all(|(i, c)| !careers[..i].contains(c));
    ((MIN..=MAX).contains(&careers.len()) && known && different).then_some(careers)
}

/// The form on the results that picks the careers, preset to the top matches. `matches` is the
/// ranking, best first; each choice lists the careers in that order with their match.
pub fn form_html(model: &Model, text: &Messages, matches: &[CareerMatch]) -> String {
    let mut out = String::from("<section class=\"compare-form\">\n");
    push_tagged(&mut out, "h2", text.compare_form_heading());
    push_tagged(&mut out, "p", text.compare_form_intro());
    out.push_str("<form id=\"compare-choices\">\n");
    for (n, label) in [text.compare_first(), text.compare_second(), text.compare_third()].into_iter().enumerate() {
        out.push_str("<p><label for=\"compare-");
        out.push_str(&n.to_string());
        out.push_str("\">");
        push_escaped(&mut out, label);
        out.push_str("</label> <select id=\"compare-");
        out.push_str(&n.to_string());
        out.push_str("\">");
        if n + 1 > MIN {
            out.push_str("<option value=\"\">");
            push_escaped(&mut out, text.compare_none());
            out.push_str("</option>");
        }
        for (rank, m) in matches.iter().enumerate() {
            let career = &model.content.careers[m.career];
            out.push_str("<option value=\"");
            push_escaped(&mut out, &career.id);
            out.push('"');
            if rank == n && n < MIN {
                out.push_str(" selected");
            }
            out.push('>');
            push_escaped(&mut out, &career.title);
            out.push_str(" (");
            push_escaped(&mut out, &fill(text.match_percent(), &[("percent", &m.percent.to_string())]));
            out.push_str(")</option>");
        }
        out.push_str("</select></p>\n");
    }
    push_element(&mut out, "button type=\"submit\"", text.compare_button());
    out.push_str(" <span class=\"compare-problem\" role=\"alert\"></span>\n</form>\n</section>\n");
    out
}

/// Which of a career's regions (those it has something for, in content order) a comparison
/// cell shows: the student's own, the first that applies (their nation's, else the UK-wide
/// one); otherwise, for a student who has not said, lives elsewhere or has nothing of their
/// own, those `neutral` picks from them all.
fn shown_regions<'a>(regions_had: impl Iterator<Item = &'a str>, home: Option<Home>, neutral: fn(Vec<&'a str>) -> Vec<&'a str>) -> Vec<&'a str> {
    let mut regions: Vec<&str> = Vec::new();
    for region in regions_had {
        if !regions.contains(&region) {
            regions.push(region);
        }
    }
    match home.and_then(|h| crate::region::own_first(&regions, Some(h)).into_iter().find(|&i| h.covers(regions[i]))) {
        Some(own) => vec![regions[own]],
        None => neutral(regions),
    }
}

/// Of a career's regions, the first of the UK's (the UK-wide one, else a nation's) and the US:
/// the training a student who has not said where they live sees.
fn first_uk_and_us(regions: Vec<&str>) -> Vec<&str> {
    let uk = regions.iter().copied().find(|r| *r == "uk" || Home::from_id(r).is_some_and(Home::in_uk));
    uk.into_iter().chain(regions.iter().copied().filter(|r| *r == "us")).collect()
}

/// The comparison's screen: heading, table and the way back to the results.
pub fn screen_html(model: &Model, text: &Messages, careers: &[usize], matches: Option<&[CareerMatch]>, home: Option<Home>) -> String {
    let mut out = String::from("<section class=\"card compare-page\">\n");
    push_heading(&mut out, text.compare_heading());
    out.push_str(&compare_html(model, text, careers, matches, home));
    out.push_str("<div class=\"actions\">");
    push_button(&mut out, text.back_to_results(), ButtonAction::Results, true);
    out.push_str("</div>\n</section>\n");
    out
}

/// The comparison: one column per career, one row per thing compared. `matches` is the student's
/// ranking, when there is one; training and pay are for where the student lives (`home`), or
/// for the UK and the US when they have not said or live elsewhere.
pub fn compare_html(model: &Model, text: &Messages, careers: &[usize], matches: Option<&[CareerMatch]>, home: Option<Home>) -> String {
    let content = &model.content;
    let mut out = String::new();
    push_tagged(&mut out, "p", text.compare_intro());
    out.push_str("<table class=\"compare\">\n<thead><tr><td></td>");
    for &c in careers {
        out.push_str("<th scope=\"col\"><a href=\"#career/");
        push_escaped(&mut out, &content.careers[c].id);
        out.push_str("\">");
        push_escaped(&mut out, &content.careers[c].title);
        out.push_str("</a></th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let mut row = |heading: &str, cell: &dyn Fn(usize) -> String| {
        out.push_str("<tr>");
        push_element(&mut out, "th scope=\"row\"", heading);
        for &c in careers {
            out.push_str("<td data-label=\"");
            push_escaped(&mut out, &content.careers[c].title);
            out.push_str("\">");
            push_escaped(&mut out, &cell(c));
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    };
    if let Some(matches) = matches {
        row(text.compare_match(), &|c| {
            matches.iter().find(|m| m.career == c).map_or_else(String::new, |m| fill(text.match_percent(), &[("percent", &m.percent.to_string())]))
        });
    }
    // The training of the student's own route (their nation's, else the UK-wide one), else the
    // UK and US routes; O*NET's Job Zone when the sources describe no training at all.
    row(text.compare_preparation(), &|c| {
        let career = &content.careers[c];
        let trained = career.routes.iter().filter(|r| !r.training.is_empty()).map(|r| r.region.as_str());
        let lines: Vec<String> = shown_regions(trained, home, first_uk_and_us)
            .into_iter()
            .filter_map(|region| career.routes.iter().find(|r| r.region == region && !r.training.is_empty()))
            .map(|r| format!("{}: {}", text.region_name(&r.region), r.training))
            .collect();
        match (lines.is_empty(), career.onet.job_zone) {
            (false, _) => lines.join("\n"),
            (true, Some(zone)) => fill(text.compare_job_zone(), &[("zone", &zone.to_string()), ("meaning", text.job_zone_meaning(zone))]),
            (true, None) => String::new(),
        }
    });
    let traits = &content.traits;
    let conditions: Vec<usize> = (0..traits.len()).filter(|&t| traits[t].kind == TraitKind::Condition).collect();
    // "Years of study after school" first: it is the row the student came for.
    let study = conditions.iter().copied().find(|&t| traits[t].id == "long_study");
    if let Some(t) = study {
        row(text.compare_study(), &|c| text.level_words(model.levels[c][t]));
    }
    row(text.compare_pay(), &|c| {
        let pay = crate::pay::by_region(content, c);
        let lines: Vec<String> = shown_regions(pay.iter().map(|p| p.region), home, |all| all)
            .into_iter()
            .filter_map(|region| pay.iter().find(|p| p.region == region))
            .flat_map(|p| {
                p.lines.iter().filter_map(|line| crate::report::pay_short(text, line)).map(|said| format!("{}: {said}", text.region_name(p.region)))
            })
            .collect();
        if lines.is_empty() {
            return text.compare_no_pay().to_owned();
        }
        // One per line: the cell keeps line breaks (`white-space: pre-line`).
        lines.join("\n")
    });
    row(text.compare_hours(), &|c| content.careers[c].hours.clone());
    for &t in conditions.iter().filter(|&&t| Some(t) != study) {
        let label = crate::report::capitalised(&traits[t].label);
        row(&label, &|c| text.level_words(model.levels[c][t]));
    }
    out.push_str("</tbody>\n</table>\n");
    out
}
