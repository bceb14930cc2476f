//! The Welsh translation: every message and every content text in both languages, plural forms
//! by CLDR, and the files the browser and the career pages are built from.

use career_quiz::content::{Content, Model, FULL_JSON, FULL_JSON_CY};
use career_quiz::language::{self, FILE_CY};
use career_quiz::messages::{CY, EN, PAGES_CY};
use career_quiz::pages::{career_page, page_path};
use career_quiz::plural::{category, Category};
use career_quiz::translation::overlay;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn read(path: &str) -> toml::Table {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: not valid TOML: {e}"))
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name.to_lowercase()).collect()
}

/// Every problem between a catalogue and its translation: a key missing on either side, a text
/// where the other has plural forms, missing plural forms, different placeholders.
fn catalogue_problems(english_path: &str, welsh_path: &str) -> Vec<String> {
    let (english, welsh) = (read(english_path), read(welsh_path));
    let mut problems = Vec::new();
    for key in english.keys().filter(|k| !welsh.contains_key(*k)) {
        problems.push(format!("{welsh_path}: `{key}` is missing (it is in {english_path})"));
    }
    for key in welsh.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{english_path}: `{key}` is missing (it is in {welsh_path})"));
    }
    for (key, en) in &english {
        let Some(cy) = welsh.get(key) else { continue };
        let forms = |value: &toml::Value, needed: &[&str], path: &str, problems: &mut Vec<String>| -> Vec<String> {
            match value {
                toml::Value::String(text) => vec![text.clone()],
                toml::Value::Table(table) => {
                    for name in needed.iter().filter(|n| !table.contains_key(**n)) {
                        problems.push(format!("{path}: `{key}` lacks the `{name}` plural form"));
                    }
                    for name in table.keys().filter(|n| !CATEGORIES.contains(&n.as_str())) {
                        problems.push(format!("{path}: `{key}` has `{name}`, which is not a CLDR plural category"));
                    }
                    table.values().filter_map(|v| v.as_str().map(str::to_owned)).collect()
                }
                _ => {
                    problems.push(format!("{path}: `{key}` must be a text or a table of plural forms"));
                    Vec::new()
                }
            }
        };
        if en.is_table() != cy.is_table() {
            problems.push(format!(
                "{welsh_path}: `{key}` must be {} as in {english_path}",
                if en.is_table() { "a table of plural forms" } else { "a text" }
            ));
            continue;
        }
        let english_forms = forms(en, &["one", "other"], english_path, &mut problems);
        let welsh_forms = forms(cy, &CATEGORIES, welsh_path, &mut problems);
        // A plural form may leave its number out ("un cwestiwn"), but names nothing the English lacks.
        let wanted: BTreeSet<String> = english_forms.iter().flat_map(|t| placeholders(t)).collect();
        for text in &welsh_forms {
            let found = placeholders(text);
            let fits = if en.is_table() { found.is_subset(&wanted) } else { found == wanted };
            if text.trim().is_empty() {
                problems.push(format!("{welsh_path}: `{key}` is empty"));
            } else if !fits {
                problems.push(format!("{welsh_path}: `{key}` has placeholders {found:?}, but the English has {wanted:?}: {text:?}"));
            }
        }
    }
    problems
}

#[test]
fn every_message_is_in_both_languages() {
    let mut problems = catalogue_problems("content/messages/en.toml", "content/messages/cy.toml");
    problems.extend(catalogue_problems("content/messages/pages.en.toml", "content/messages/pages.cy.toml"));
    assert!(problems.is_empty(), "the message catalogues differ:\n{}", problems.join("\n"));
}

#[test]
fn the_catalogue_check_names_a_missing_key_and_a_missing_plural_form() {
    let dir = std::env::temp_dir().join(format!("career-quiz-catalogue-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let en = dir.join("en.toml");
    let cy = dir.join("cy.toml");
    std::fs::write(&en, "a = \"One {n}\"\nb = { one = \"{n} thing\", other = \"{n} things\" }\n").unwrap();
    std::fs::write(&cy, "b = { one = \"{n} peth\", other = \"{n} o bethau\" }\nc = \"Extra\"\n").unwrap();
    let problems = catalogue_problems(en.to_str().unwrap(), cy.to_str().unwrap());
    let joined = problems.join("\n");
    assert!(joined.contains("`a` is missing"), "{joined}");
    assert!(joined.contains("`c` is missing"), "{joined}");
    assert!(joined.contains("`b` lacks the `zero` plural form"), "{joined}");
    assert!(joined.contains("`b` lacks the `many` plural form"), "{joined}");
    let _ = std::fs::remove_dir_all(dir);
}

/// The English content files and their Welsh twins, as (English, Welsh) paths.
fn content_pairs() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pairs = vec![
        ("content/traits.toml".to_owned(), "content/cy/traits.toml".to_owned()),
        ("content/questions.toml".to_owned(), "content/cy/questions.toml".to_owned()),
    ];
    let mut careers: Vec<String> = std::fs::read_dir(root.join("content/careers"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    careers.sort();
    pairs.extend(careers.iter().map(|name| (format!("content/careers/{name}"), format!("content/cy/careers/{name}"))));
    pairs
}

#[test]
fn every_content_text_is_in_both_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for (english, welsh) in content_pairs() {
        if !root.join(&welsh).exists() {
            problems.push(format!("{welsh}: missing (the Welsh text of {english})"));
            continue;
        }
        let as_json = |path: &str| serde_json::to_value(read(path)).unwrap();
        let (_, found) = overlay(&as_json(&english), &as_json(&welsh), "");
        problems.extend(found.into_iter().map(|p| format!("{welsh}: {p}")));
    }
    // A Welsh career with no English one would never be shown.
    for entry in std::fs::read_dir(root.join("content/cy/careers")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !root.join("content/careers").join(&name).exists() {
            problems.push(format!("content/careers/{name}: missing (content/cy/careers/{name} has its Welsh text)"));
        }
    }
    assert!(problems.is_empty(), "the content differs between English and Welsh:\n{}", problems.join("\n"));
}

#[test]
fn the_content_check_names_the_entry_and_the_field() {
    let english = serde_json::json!({
        "title": "Nurse", "summary": "Cares for people.", "sources": ["onet-29.3"],
        "onet": { "code": "29-1141.00", "title": "Registered Nurses", "note": "The same job." },
        "interests": { "basis": "O*NET.", "levels": { "social": 5.6 } },
        "facts": [{ "topic": "work", "text": "A", "sources": [] }, { "topic": "scale", "text": "B", "sources": [] }],
    });
    let welsh = serde_json::json!({
        "title": "Nyrs", "sources": ["changed"],
        "onet": { "note": "Yr un swydd." },
        "interests": { "basis": "O*NET.", "levels": { "social": 1.0 } },
        "facts": [{ "topic": "scale", "text": "B" }, { "topic": "scale", "text": "" }],
    });
    let (merged, problems) = overlay(&english, &welsh, "");
    let joined = problems.join("\n");
    assert!(joined.contains("summary: missing"), "{joined}");
    assert!(joined.contains("sources: is data"), "{joined}");
    assert!(joined.contains("facts[1].topic: is \"scale\" but the English entry here is \"work\""), "{joined}");
    assert!(joined.contains("facts[2].text: should be a text"), "{joined}");
    assert!(joined.contains("interests.levels: is data"), "{joined}");
    assert_eq!(problems.len(), 5, "{joined}");
    // The translation's texts replace the English; the data and O*NET's own title stay.
    assert_eq!(merged["title"], "Nyrs");
    assert_eq!(merged["summary"], "Cares for people.");
    assert_eq!(merged["onet"]["title"], "Registered Nurses");
    assert_eq!(merged["onet"]["note"], "Yr un swydd.");
    assert_eq!(merged["sources"][0], "onet-29.3");
    assert_eq!(merged["interests"]["levels"]["social"], 5.6, "levels are the English file's");
}

#[test]
fn welsh_plurals_follow_cldr() {
    // CLDR plurals.xml, cy: zero 0; one 1; two 2; few 3; many 6; other everything else.
    let expected = |n: u64| match n {
        0 => Category::Zero,
        1 => Category::One,
        2 => Category::Two,
        3 => Category::Few,
        6 => Category::Many,
        _ => Category::Other,
    };
    for n in (0..=120).chain([1000, 1_000_000]) {
        assert_eq!(category("cy", n), expected(n), "cy {n}");
        assert_eq!(category("en", n), if n == 1 { Category::One } else { Category::Other }, "en {n}");
    }
    // The real catalogue picks each of the six forms by its number.
    let how = CY.welcome_how();
    let picked: Vec<&str> = [0, 1, 2, 3, 6, 50].into_iter().map(|n| CY.count(how, n)).collect();
    assert_eq!(picked, [how.zero, how.one, how.two, how.few, how.many, how.other]);
    assert_ne!(how.few, how.other, "3 takes the aspirate mutation: “3 chwestiwn”, not “3 cwestiwn”");
    assert_eq!(EN.count(EN.welcome_how(), 1), EN.welcome_how().one);
    assert_eq!(EN.count(EN.welcome_how(), 0), EN.welcome_how().other);
}

#[test]
fn the_welsh_file_the_browser_fetches_reads_back_whole() {
    let (messages, model) = language::read_file("cy", FILE_CY).expect("lang/cy.json reads");
    assert_eq!(messages, CY, "the fetched messages are the Welsh catalogue");
    let full = Content::from_json(FULL_JSON_CY).unwrap();
    let english = Content::from_json(FULL_JSON).unwrap();
    for (n, question) in model.content.questions.iter().enumerate() {
        assert_eq!((&question.id, &question.text, &question.keys), (&full.questions[n].id, &full.questions[n].text, &full.questions[n].keys));
        assert_ne!(question.text, english.questions[n].text, "question {} is still in English", question.id);
    }
    for (n, career) in model.content.careers.iter().enumerate() {
        let welsh = &full.careers[n];
        assert_eq!((&career.id, &career.title, &career.summary, &career.hours), (&welsh.id, &welsh.title, &welsh.summary, &welsh.hours));
        let pay = |c: &career_quiz::content::Career| c.pay.iter().map(|p| (p.region.clone(), p.text.clone(), p.year.clone())).collect::<Vec<_>>();
        assert_eq!(pay(career), pay(welsh), "{}: pay", career.id);
        let us_training = |c: &career_quiz::content::Career| c.routes.iter().find(|r| r.region == "us").map(|r| r.training.clone());
        assert_eq!(us_training(career), us_training(welsh), "{}: US training", career.id);
        assert_ne!(career.summary, english.careers[n].summary, "{}: summary still in English", career.id);
        // The numbers the scoring uses are the English file's.
        for ((_, ours, _), (_, theirs, _)) in career.blocks().into_iter().zip(english.careers[n].blocks()) {
            assert_eq!(ours.levels, theirs.levels, "{}: levels", career.id);
        }
        assert_eq!(career.onet.job_zone, english.careers[n].onet.job_zone);
    }
    for (n, t) in model.content.traits.iter().enumerate() {
        assert_eq!((&t.id, t.kind, &t.label, &t.onet), (&full.traits[n].id, full.traits[n].kind, &full.traits[n].label, &full.traits[n].onet));
        assert_ne!(t.label, english.traits[n].label, "trait {} is still in English", t.id);
    }
}

#[test]
fn the_welsh_messages_are_not_english_copies() {
    let english = read("content/messages/en.toml");
    let welsh = read("content/messages/cy.toml");
    let same: Vec<&String> = english.iter().filter(|(k, v)| welsh.get(*k) == Some(v)).map(|(k, _)| k).collect();
    // Only a message with no words in it may be the same in both.
    assert_eq!(same, ["compare_pay_year", "skipped_item"], "these messages are still in English in cy.toml");
}

#[test]
fn the_welsh_career_pages_are_welsh_and_link_to_each_other() {
    let model = Content::from_json(FULL_JSON_CY).and_then(Model::new).expect("the Welsh content is valid");
    for (index, career) in model.content.careers.iter().enumerate() {
        let page = career_page(&model, &CY, &PAGES_CY, index, "style.css");
        let name = page_path(career, "cy");
        assert_eq!(name, format!("careers/cy/{}.html", career.id));
        assert!(page.contains("<html lang=\"cy\">"), "{name}");
        assert!(page.contains("<base href=\"../../\">"), "{name}: links are relative to the quiz's folder");
        assert!(page.contains("href=\"./?lang=cy\""), "{name}: back to the quiz in Welsh");
        assert!(page.contains(PAGES_CY.career_what), "{name}: Welsh headings");
        assert!(
            page.contains(&format!("<a class=\"language-switch\" href=\"careers/{}.html\" hreflang=\"en\" lang=\"en\">English</a>", career.id)),
            "{name}: the English page"
        );
        for id in &career.related {
            assert!(page.contains(&format!("href=\"careers/cy/{id}.html\"")), "{name}: related {id} in Welsh");
        }
    }
}

#[test]
fn the_language_follows_the_address_then_the_remembered_choice() {
    assert_eq!(language::chosen(None, None), "en");
    assert_eq!(language::chosen(Some("cy"), None), "cy");
    assert_eq!(language::chosen(Some("cy"), Some("en")), "cy", "the address wins");
    assert_eq!(language::chosen(None, Some("cy")), "cy", "the remembered choice");
    assert_eq!(language::chosen(Some("fr"), Some("cy")), "cy", "an unknown language is ignored");
    assert_eq!(language::chosen(Some("fr"), Some("xx")), "en");
    assert_eq!(language::other("en"), "cy");
    assert_eq!(language::other("cy"), "en");
}

proptest! {
    /// A language file cut short (a broken download) is refused, never half read and never a panic.
    #[test]
    fn a_cut_language_file_is_refused(cut in 0..FILE_CY.len()) {
        let cut = (0..=cut).rev().find(|&n| FILE_CY.is_char_boundary(n)).unwrap();
        prop_assert!(language::read_file("cy", &FILE_CY[..cut]).is_none());
    }

    /// Any text at all is refused or read, never a panic.
    #[test]
    fn any_text_as_a_language_file_is_handled(text in ".{0,200}") {
        let _ = language::read_file("cy", &text);
    }
}
