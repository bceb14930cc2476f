//! Two or three careers side by side: the student's match, the preparation, the years of study,
//! pay, hours and working conditions. The comparison has its own address,
//! `#compare/ID,ID[,ID]`; the form that picks the careers sits on the results.

use super::CareerLink;
use crate::content::{Model, TraitKind};
use crate::messages::{fill, Messages};
use crate::region::Home;
use crate::report::{capitalised, pay_short};
use crate::scoring::CareerMatch;

/// One column per career, one row per thing compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub careers: Vec<CareerLink>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Row {
    pub heading: String,
    /// One per career; a cell of several lines keeps its line breaks.
    pub cells: Vec<String>,
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

/// The comparison of `careers`. `matches` is the student's ranking, when there is one; training
/// and pay are for where the student lives (`home`), or for the UK and the US when they have not
/// said or live elsewhere.
pub fn comparison(model: &Model, text: &Messages, careers: &[usize], matches: Option<&[CareerMatch]>, home: Option<Home>) -> Comparison {
    let content = &model.content;
    let mut rows = Vec::new();
    let mut row = |heading: &str, cell: &dyn Fn(usize) -> String| {
        rows.push(Row { heading: heading.to_owned(), cells: careers.iter().map(|&c| cell(c)).collect() })
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
            .flat_map(|p| p.lines.iter().filter_map(|line| pay_short(text, line)).map(|said| format!("{}: {said}", text.region_name(p.region))))
            .collect();
        if lines.is_empty() {
            return text.compare_no_pay().to_owned();
        }
        lines.join("\n")
    });
    row(text.compare_hours(), &|c| content.careers[c].hours.clone());
    for &t in conditions.iter().filter(|&&t| Some(t) != study) {
        row(&capitalised(&traits[t].label), &|c| text.level_words(model.levels[c][t]));
    }
    let careers = careers.iter().map(|&c| CareerLink { id: content.careers[c].id.clone(), label: content.careers[c].title.clone() }).collect();
    Comparison { careers, rows }
}
