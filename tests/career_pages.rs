//! The static career pages: one per career, complete, escaped, linked to each other, and with
//! the fragment the quiz shows inside itself.

use career_quiz::content::{Model, FULL_JSON_CY};
use career_quiz::messages::{Messages, PageMessages, CY, EN, PAGES_CY, PAGES_EN};
use career_quiz::pages::{career_page, fragment, own_region_first, page_path};
use career_quiz::region::Home;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn escaped(text: &str) -> String {
    let mut out = String::new();
    career_quiz::pages::push_escaped(&mut out, text);
    out
}

#[test]
fn every_career_has_a_complete_page() {
    let model = model();
    for (index, career) in model.content.careers.iter().enumerate() {
        let page = career_page(model, &EN, &PAGES_EN, index, "style-0123.css");
        let name = page_path(career, "en");
        assert!(page.starts_with("<!doctype html>"), "{name}");
        assert!(page.contains("<base href=\"../\">"), "{name}: links are relative to the quiz's folder");
        assert!(page.contains("href=\"style-0123.css\""), "{name}: the quiz's stylesheet");
        assert!(page.contains("script-src 'none'"), "{name}: no script runs on a static page");
        assert!(page.contains(&format!("href=\"careers/cy/{}.html\" hreflang=\"cy\" lang=\"cy\">Cymraeg</a>", career.id)), "{name}: the Welsh page");
        assert!(page.contains(&format!("<h1>{}</h1>", escaped(&career.title))), "{name}: title");
        let body = fragment(&page).unwrap_or_else(|| panic!("{name}: no fragment for the quiz"));
        for text in [&career.summary, &career.what_they_do, &career.where_they_work, &career.hours, &career.how_to_get_there, &career.onet.note] {
            assert!(body.contains(&escaped(text)), "{name}: missing {text:?}");
        }
        for (_, levels, _) in career.blocks() {
            assert!(body.contains(&escaped(&levels.basis)), "{name}: a basis is missing");
        }
        for id in &career.related {
            let other = &model.content.careers[model.career_index(id).unwrap()];
            let link = format!("<a href=\"careers/{id}.html\" data-career=\"{id}\">{}</a>", escaped(&other.title));
            assert!(body.contains(&link), "{name}: no link {link}");
        }
        for id in &career.sources {
            let source = model.content.sources.iter().find(|s| &s.id == id).unwrap();
            assert!(body.contains(&escaped(&source.title)), "{name}: source {id} is not listed");
        }
        // Every fact, pay figure and route step is there, and so is every source any of them cites.
        let texts = career
            .facts
            .iter()
            .map(|f| f.text.as_str())
            .chain(career.pay.iter().flat_map(|p| [p.text.as_str(), p.year.as_str()]))
            .chain(career.routes.iter().flat_map(|r| r.steps().map(|(_, s)| s)))
            .chain(career.outlook.iter().map(|o| o.text.as_str()))
            .chain([career.a_day.as_str()]);
        for text in texts.filter(|t| !t.is_empty()) {
            assert!(body.contains(&escaped(text)), "{name}: missing {text:?}");
        }
        let listed = body.split("<ol class=\"sources\">").nth(1).unwrap().matches("<li id=\"source-").count();
        assert_eq!(listed, career_quiz::pages::cited_sources(&model.content, career).len(), "{name}: sources listed");
        if !career.routes.iter().any(|r| r.region == "us") {
            let zone = format!("Job Zone {} of 5", career.onet.job_zone.unwrap());
            assert!(body.contains(&zone), "{name}: the US preparation from O*NET ({zone})");
        }
        assert!(!body.contains("<h1"), "{name}: the quiz shows its own title above the fragment");
    }
}

fn welsh_model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bundle(FULL_JSON_CY).unwrap_or_else(|e| panic!("{e}")))
}

/// The part of a page between `<h2 id="ID">` and the next `<h2`.
fn section<'p>(body: &'p str, id: &str) -> &'p str {
    let start = body.find(&format!("<h2 id=\"{id}\">")).unwrap_or_else(|| panic!("no section {id}"));
    let rest = &body[start + 4..];
    &rest[..rest.find("<h2").unwrap_or(rest.len())]
}

/// Each nation's part of a section: (region id, its HTML).
fn regions(section: &str) -> Vec<(&str, &str)> {
    section
        .split("<!--region:")
        .skip(1)
        .map(|part| {
            let (id, rest) = part.split_once("-->").unwrap();
            (id, &rest[..rest.find("<!--/region-->").unwrap()])
        })
        .collect()
}

/// Issue 17's promise, for every career in English and in Welsh: pay for England and Scotland
/// with the year where the career has an NHS band, Wales and Northern Ireland as the sources say
/// them, the US median with May 2025 and its occupation, or an honest absence; a route (or the
/// UK-wide one and the nation's careers service) for each UK nation and the US; every "Sources"
/// a link to a listed source with its address, publisher and year; and the month last checked.
#[test]
fn every_page_in_both_languages_has_dated_pay_routes_for_each_nation_and_linked_sources() {
    let languages: [(&Model, &Messages, &PageMessages, &str, &str); 2] = [
        (model(), &EN, &PAGES_EN, "Facts last checked: December 2026.", "May 2025"),
        (welsh_model(), &CY, &PAGES_CY, "Ffeithiau wedi’u gwirio ddiwethaf: Rhagfyr 2026.", "Mai 2025"),
    ];
    for (model, text, pages, checked, may_2025) in languages {
        for (index, career) in model.content.careers.iter().enumerate() {
            let name = page_path(career, text.lang);
            let body = fragment(&career_page(model, text, pages, index, "style.css")).unwrap().to_owned();
            let pay = section(&body, "pay");
            let pay_regions = regions(pay);
            let pay_in = |region: &str| pay_regions.iter().find(|(r, _)| *r == region).map(|(_, html)| *html);
            match &career.nhs_band {
                Some(band) => {
                    for nation in ["england", "scotland"] {
                        let html = pay_in(nation).unwrap_or_else(|| panic!("{name}: no {nation} pay"));
                        assert!(html.contains(&format!("Band {}", band.band)) && html.contains("2026/27"), "{name}: {nation}: {html}");
                        assert!(html.contains('£'), "{name}: {nation}: {html}");
                    }
                    for nation in ["wales", "northern_ireland"] {
                        let html = pay_in(nation).unwrap_or_else(|| panic!("{name}: no {nation} pay"));
                        assert!(!html.contains('£'), "{name}: {nation} says what the sources say, not a made-up table: {html}");
                        assert!(html.contains("3.6%"), "{name}: {nation}: {html}");
                    }
                }
                None => assert!(pay_in("england").is_none_or(|html| !html.contains("2026/27")), "{name}: no band, no table"),
            }
            match &career.us_pay {
                Some(us) => {
                    let html = pay_in("us").unwrap_or_else(|| panic!("{name}: no US pay"));
                    assert!(html.contains(may_2025) && html.contains(&us.occupation) && html.contains(&us.soc), "{name}: {html}");
                    if us.relation == "closest" {
                        let alone = if text.lang == "cy" { "Nid dyna gyflog y swydd hon yn unig." } else { "That is not the pay of this job alone." };
                        assert!(html.contains(alone), "{name}: the closest group is said to be one: {html}");
                    }
                }
                None => assert!(pay_in("us").is_none(), "{name}"),
            }
            if career.nhs_band.is_none() && career.us_pay.is_none() && career.pay.is_empty() {
                assert!(pay.contains("class=\"services\""), "{name}: no pay: the careers services instead");
            }
            // Routes: every UK nation and the US has its part.
            let routes = regions(section(&body, "routes"));
            for nation in ["england", "wales", "scotland", "northern_ireland", "us"] {
                let html = routes.iter().find(|(r, _)| *r == nation).map(|(_, h)| *h).unwrap_or_else(|| panic!("{name}: no route part for {nation}"));
                let own = career.routes.iter().any(|r| r.region == nation);
                if !own && nation != "us" {
                    assert!(
                        html.contains("class=\"no-route\"") && html.contains("<a href=\"https://"),
                        "{name}: {nation}: the UK-wide route and the nation's careers service: {html}"
                    );
                }
                if !own && nation == "us" {
                    assert!(html.contains("Job Zone"), "{name}: the US preparation from O*NET: {html}");
                }
            }
            // Sources: each cited number links to an entry in the list, which links its source.
            let list = &body[body.find("<ol class=\"sources\">").unwrap()..];
            let entries = list.matches("<li id=\"source-").count();
            for link in body.split("<a href=\"#source-").skip(1) {
                let n: usize = link[..link.find('"').unwrap()].parse().unwrap();
                assert!((1..=entries).contains(&n), "{name}: a link to source {n} of {entries}");
            }
            assert!(body.matches("<a href=\"#source-").count() >= entries.min(3), "{name}: the facts cite their sources");
            for entry in list.split("<li id=\"source-").skip(1) {
                let entry = &entry[..entry.find("</li>").unwrap()];
                assert!(entry.contains("\"><a href=\"http"), "{name}: every source is a link: {entry}");
                assert!(entry.ends_with(')'), "{name}: with its publisher and year: {entry}");
            }
            assert!(body.contains(checked), "{name}: when the facts were last checked");
        }
    }
}

/// A student who lives in Wales sees Wales's pay and route first, the rest folded away under
/// "Other nations"; one who has not said sees every nation alike.
#[test]
fn the_student_s_own_nation_comes_first_and_the_rest_fold_away() {
    let m = model();
    let nurse = m.career_index("nurse").unwrap();
    let body = fragment(&career_page(m, &EN, &PAGES_EN, nurse, "style.css")).unwrap().to_owned();
    assert_eq!(own_region_first(&body, None, "Other nations"), body, "neutral: as it was");
    let wales = own_region_first(&body, Some(Home::Wales), "Other nations");
    let routes = section(&wales, "routes");
    let first: Vec<&str> = regions(routes).iter().map(|(r, _)| *r).collect();
    assert_eq!(&first[..2], ["wales", "uk"], "{first:?}");
    let folded = &routes[routes.find("<details class=\"other-regions\"").expect("the other nations are folded away")..];
    assert!(folded.starts_with("<details class=\"other-regions\" id=\"other-regions-2\"><summary>Other nations</summary>"), "{folded}");
    for other in ["england", "scotland", "northern_ireland", "ireland"] {
        assert!(folded.contains(&format!("<!--region:{other}-->")), "{other} is under Other nations");
    }
    let pay = section(&wales, "pay");
    assert!(pay.find("<!--region:wales-->").unwrap() < pay.find("<details").unwrap(), "Wales's pay first");
    // Nothing is lost: the same parts, reordered.
    assert_eq!(wales.matches("<!--region:").count(), body.matches("<!--region:").count());
    // Somewhere with nothing of its own: every nation stays open.
    let elsewhere = own_region_first(&body, Some(Home::Elsewhere), "Other nations");
    assert!(!elsewhere.contains("<details class=\"other-regions\""), "nothing to fold for a student elsewhere");
    // In the US: the US first.
    let us = own_region_first(&body, Some(Home::Us), "Other nations");
    assert_eq!(regions(section(&us, "pay"))[0].0, "us");
}

/// The long perfusionist page opens with its contents, and a day at work comes before the history.
#[test]
fn the_perfusionist_page_opens_with_contents_and_the_day_before_the_history() {
    let m = model();
    let p = m.career_index("perfusionist").unwrap();
    let body = fragment(&career_page(m, &EN, &PAGES_EN, p, "style.css")).unwrap().to_owned();
    let contents = body.find("<nav class=\"contents\"").expect("a contents list");
    assert!(contents < body.find("<h2 id=\"day\">").unwrap());
    assert!(body.contains("<li><a href=\"#day\">A day at work</a></li>"), "{}", &body[contents..contents + 600]);
    assert!(body.find("<h2 id=\"day\">").unwrap() < body.find("<h3>History</h3>").expect("the history"));
}

#[test]
fn text_from_content_is_escaped() {
    let mut content = model().content.clone();
    content.careers[0].summary = "<script>alert(\"x\")</script> & 'more'".into();
    content.careers[0].title = "A <b>bold title".into();
    let changed = Model::new(content).unwrap();
    let page = career_page(&changed, &EN, &PAGES_EN, 0, "style.css");
    assert!(!page.contains("<script>"));
    assert!(!page.contains("<b>"));
    assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;"));
}

#[test]
fn fragment_is_found_only_between_its_markers() {
    assert_eq!(fragment("a<!--career-page-->b<!--/career-page-->c"), Some("b"));
    assert_eq!(fragment("a<!--career-page-->b"), None);
    assert_eq!(fragment("no markers"), None);
    assert_eq!(fragment("<!--/career-page--><!--career-page-->"), None);
}

#[test]
fn the_skills_that_matter_are_the_highest_rated_work_styles() {
    use career_quiz::content::TraitKind;
    let model = model();
    for career in 0..model.content.careers.len() {
        let top = model.top_work_styles(career, career_quiz::pages::TOP_SKILLS);
        assert_eq!(top.len(), career_quiz::pages::TOP_SKILLS);
        let level = |t: usize| model.levels[career][t];
        assert!(top.windows(2).all(|w| level(w[0]) >= level(w[1])), "highest first");
        let lowest_shown = level(*top.last().unwrap());
        for t in 0..model.content.traits.len() {
            if model.content.traits[t].kind == TraitKind::WorkStyle && !top.contains(&t) {
                assert!(level(t) <= lowest_shown, "{}: a higher-rated style is left out", model.content.careers[career].id);
            }
        }
        // Each has questions in the quiz, so the student's own answers can be shown beside it.
        for &t in &top {
            assert!(!model.questions_on(t).is_empty(), "no question asks about {}", model.content.traits[t].id);
        }
        let page = career_page(model, &EN, &PAGES_EN, career, "s.css");
        let listed: Vec<&str> = page.match_indices("data-trait=\"").map(|(i, _)| &page[i + 12..][..page[i + 12..].find('"').unwrap()]).collect();
        let expected: Vec<&str> = top.iter().map(|&t| model.content.traits[t].id.as_str()).collect();
        assert_eq!(listed, expected);
    }
}

#[test]
fn skills_fit_shows_each_top_skill_with_the_students_answers() {
    let model = model();
    let career = model.career_index("perfusionist").unwrap();
    let mut answers = vec![None; model.questions.len()];
    let top = model.top_work_styles(career, career_quiz::pages::TOP_SKILLS);
    let answered = model.questions_on(top[0])[0];
    answers[answered] = Some(5);
    let shown = career_quiz::vm::career::career(model, &EN, career, None, &answers);
    assert_eq!(
        shown.skills.iter().map(|s| s.trait_id.as_str()).collect::<Vec<_>>(),
        top.iter().map(|&t| model.content.traits[t].id.as_str()).collect::<Vec<_>>()
    );
    for (skill, &t) in shown.skills.iter().zip(&top) {
        let asked: Vec<&str> = skill.answers.iter().map(|(q, _)| q.as_str()).collect();
        // Each question without its closing full stop, which would run into ": " and the answer.
        let questions = model.questions_on(t).into_iter().map(|q| model.content.questions[q].text.trim_end_matches('.')).collect::<Vec<_>>();
        assert_eq!(asked, questions);
        assert!(asked.iter().all(|q| !q.ends_with(['.', '?', '!'])), "{asked:?}");
    }
    let question = model.content.questions[answered].text.trim_end_matches('.');
    let said: Vec<&str> = shown.skills.iter().flat_map(|s| &s.answers).filter(|(q, _)| *q == question).map(|(_, a)| *a).collect();
    assert_eq!(said[0], EN.scale_label(model.content.questions[answered].section, 5));
    assert!(shown.skills.iter().flat_map(|s| &s.answers).any(|(_, a)| *a == EN.skills_not_answered()));
    assert!(shown.matched.is_none(), "no ranking, no match");
    assert!(shown.chart.is_some(), "an answer given: the chart is shown");
    assert!(career_quiz::vm::career::career(model, &EN, career, None, &vec![None; model.questions.len()]).chart.is_none());
}
