//! The static career pages: one per career, complete, escaped, linked to each other, and with
//! the fragment the quiz shows inside itself.

use career_quiz::content::Model;
use career_quiz::messages::{EN, PAGES_EN};
use career_quiz::pages::{career_page, fragment, page_path};
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
        let listed = body.split("<ol class=\"sources\">").nth(1).unwrap().matches("<li>").count();
        assert_eq!(listed, career_quiz::pages::cited_sources(career).len(), "{name}: sources listed");
        if !career.routes.iter().any(|r| r.region == "us") {
            let zone = format!("Job Zone {} of 5", career.onet.job_zone.unwrap());
            assert!(body.contains(&zone), "{name}: the US preparation from O*NET ({zone})");
        }
        assert!(!body.contains("<h1"), "{name}: the quiz shows its own title above the fragment");
    }
}

#[test]
fn text_from_content_is_escaped() {
    let mut content = model().content.clone();
    content.careers[0].summary = "<script>alert(\"x\")</script> & 'more'".into();
    content.careers[0].title = "A <b>bold</b> title".into();
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
    let html = career_quiz::pages::skills_fit(model, &EN, career, &answers);
    for &t in &top {
        assert!(html.contains(&format!("data-trait=\"{}\"", model.content.traits[t].id)));
        for q in model.questions_on(t) {
            assert!(html.contains(&escaped(&model.content.questions[q].text)));
        }
    }
    let question = &model.content.questions[answered];
    let said = format!("{}: <em>{}</em>", escaped(&question.text), EN.scale_label(question.section, 5));
    assert!(html.contains(&said), "{said}");
    assert!(html.contains(&format!("<em>{}</em>", EN.skills_not_answered)));
}
