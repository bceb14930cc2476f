//! The content files an adviser edits: each parses on its own, the whole passes validation, and
//! validation names the file, the entry and the field when something is wrong.

use career_quiz::content::{Career, Content, Model, Question, Section, Source, Trait, TraitKind};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

#[derive(Deserialize)]
struct Questions {
    question: Vec<Question>,
}
#[derive(Deserialize)]
struct Traits {
    #[serde(rename = "trait")]
    traits: Vec<Trait>,
}
#[derive(Deserialize)]
struct Sources {
    source: Vec<Source>,
}

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse<T: for<'de> Deserialize<'de>>(path: &str) -> T {
    toml::from_str(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The content straight from the TOML files, each career file parsed on its own.
fn content_from_files() -> Content {
    let mut careers: Vec<Career> = Vec::new();
    let mut files: Vec<_> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("content/careers"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    files.sort();
    for name in files {
        let path = format!("content/careers/{name}");
        let mut career: Career = parse(&path);
        career.file = path;
        careers.push(career);
    }
    Content {
        traits: parse::<Traits>("content/traits.toml").traits,
        questions: parse::<Questions>("content/questions.toml").question,
        sources: parse::<Sources>("content/sources.toml").source,
        nations: parse("content/nations.toml"),
        careers,
    }
}

#[test]
fn every_content_file_parses_and_the_whole_is_valid() {
    let content = content_from_files();
    let problems: Vec<String> = content.problems().iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
}

#[test]
fn the_embedded_bundle_is_the_content_files() {
    let model = Model::embedded().unwrap_or_else(|e| panic!("{e}"));
    let files = content_from_files();
    assert_eq!(model.content.questions.len(), files.questions.len());
    assert_eq!(model.content.careers.len(), files.careers.len());
    for (a, b) in model.content.careers.iter().zip(&files.careers) {
        assert_eq!((&a.id, &a.file), (&b.id, &b.file));
    }
}

/// The browser build reads the bundle by hand; it must read exactly what the derived reader reads.
#[test]
fn the_hand_written_bundle_reader_agrees_with_the_derived_one() {
    let by_hand = Content::from_json(career_quiz::content::EMBEDDED_JSON).unwrap_or_else(|e| panic!("{e}"));
    let derived: Content = serde_json::from_str(career_quiz::content::EMBEDDED_JSON).unwrap();
    assert_eq!(serde_json::to_value(&by_hand).unwrap(), serde_json::to_value(&derived).unwrap());
    for (a, b) in by_hand.careers.iter().zip(&derived.careers) {
        assert_eq!(a.file, b.file);
    }
    assert!(Content::from_json(r#"{"traits": [], "questions": [{"id": 3}], "careers": [], "sources": []}"#).is_err());
}

/// The browser reads its content from fields, not JSON; it must read exactly the quiz's bundle.
#[test]
fn the_browser_reads_from_its_fields_what_the_quiz_bundle_holds() {
    let fields: Vec<&str> = career_quiz::content::QUIZ_FIELDS.split('\u{1f}').collect();
    let from_fields = Content::from_fields(&fields).expect("the built-in fields read");
    let from_json = Content::from_json(career_quiz::content::QUIZ_JSON).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(serde_json::to_value(&from_fields).unwrap(), serde_json::to_value(&from_json).unwrap());
    // The checks have something to catch: the levels and weights are there, with their decimals.
    assert!(from_fields.careers.iter().any(|c| c.interests.levels.values().any(|v| v.fract() != 0.0)));
    assert!(from_fields.questions.iter().any(|q| q.keys.values().any(|w| *w < 0.0)));
    assert!(from_fields.careers.iter().any(|c| !c.pay.is_empty() && !c.routes.is_empty()));
    // A field too many or too few is refused.
    assert!(Content::from_fields(&fields[..fields.len() - 1]).is_none());
    assert!(Content::from_fields(&[&fields[..], &["0"]].concat()).is_none());
}

#[test]
fn the_bank_has_what_the_quiz_promises() {
    let content = content_from_files();
    let kind_of: BTreeMap<&str, TraitKind> = content.traits.iter().map(|t| (t.id.as_str(), t.kind)).collect();
    assert!(content.questions.len() >= 40, "at least 40 questions, found {}", content.questions.len());
    let keyed = |trait_id: &str| content.questions.iter().filter(|q| q.keys.contains_key(trait_id)).count();
    for area in ["realistic", "investigative", "artistic", "social", "enterprising", "conventional"] {
        assert!(keyed(area) >= 4, "interest area {area} has {} questions, needs 4", keyed(area));
    }
    for style in [
        "stress_tolerance",
        "attention_to_detail",
        "cooperation",
        "dependability",
        "concern_for_others",
        "adaptability",
        "self_control",
        "integrity",
        "persistence",
        "social_perceptiveness",
        "communication",
        "quick_reactions",
    ] {
        assert!(keyed(style) >= 1, "no question on the work style {style}");
    }
    for subject in ["biology", "chemistry", "physics", "maths", "first_language", "pe_sport", "health_social_care", "psychology", "food_nutrition"] {
        assert!(keyed(subject) >= 1, "no question on the subject {subject}");
    }
    // Conditions that tell all the careers apart, and none reverse-keyed: an answer says how much
    // the student would accept.
    let conditions: Vec<&career_quiz::content::Question> = content.questions.iter().filter(|q| q.section == Section::Conditions).collect();
    assert!((8..=11).contains(&conditions.len()), "{} condition questions", conditions.len());
    for q in &conditions {
        assert!(q.keys.values().all(|w| *w > 0.0), "{}: a condition question is never reverse-keyed", q.id);
        assert!(!q.text.chars().any(|c| c.is_ascii_digit()), "{}: no numbers lifted from one career's documents", q.id);
    }
    for q in &content.questions {
        for t in q.keys.keys() {
            assert_eq!(Some(&q.section.trait_kind()), kind_of.get(t.as_str()), "{} keys {t}", q.id);
        }
    }
    assert!(Section::ALL.iter().all(|s| content.questions.iter().any(|q| q.section == *s)));
    assert!(content.careers.len() >= 13, "the perfusionist and at least 12 related careers");
    assert!(content.careers.iter().any(|c| c.id == "perfusionist"));
}

/// Breaks one thing in a valid copy and checks the message names where.
fn problems_after(change: impl FnOnce(&mut Content)) -> Vec<String> {
    let mut content = content_from_files();
    change(&mut content);
    content.problems().iter().map(ToString::to_string).collect()
}

fn assert_reported(problems: &[String], expected: &str) {
    assert!(problems.iter().any(|p| p.contains(expected)), "expected a problem containing {expected:?}, got {problems:#?}");
}

#[test]
fn validation_names_file_entry_and_field() {
    assert_reported(
        &problems_after(|c| c.careers[0].summary = "  ".into()),
        &format!("content/careers/{0}.toml: {0}: summary is empty", content_from_files().careers[0].id),
    );
    assert_reported(
        &problems_after(|c| c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().related.push("astronaut".into())),
        "content/careers/nurse.toml: nurse: related names `astronaut`",
    );
    assert_reported(
        &problems_after(|c| c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().sources.push("a-blog".into())),
        "content/careers/nurse.toml: nurse: sources names `a-blog`",
    );
    assert_reported(
        &problems_after(|c| {
            c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().interests.levels.insert("social".into(), 9.0);
        }),
        "content/careers/nurse.toml: nurse: interests.levels.social is 9, outside 1..7",
    );
    assert_reported(
        &problems_after(|c| {
            c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().conditions.levels.remove("on_call");
        }),
        "content/careers/nurse.toml: nurse: conditions.levels has no `on_call`",
    );
    assert_reported(
        &problems_after(|c| c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().subjects.basis.clear()),
        "nurse: subjects.basis is empty",
    );
    assert_reported(
        &problems_after(|c| {
            c.questions[0].keys.insert("telepathy".into(), 1.0);
        }),
        "content/questions.toml: int_set_up_machines: keys names unknown trait `telepathy`",
    );
    assert_reported(
        &problems_after(|c| {
            c.questions[0].keys.insert("realistic".into(), 1.5);
        }),
        "weight of `realistic` is 1.5",
    );
    assert_reported(&problems_after(|c| c.questions[1].id = c.questions[0].id.clone()), "id is used twice");
    assert_reported(
        &problems_after(|c| c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().title = "Nurse / registered nurse".into()),
        "content/careers/nurse.toml: nurse: title has a slash",
    );
    assert_reported(
        &problems_after(|c| c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().tagline = "care ".repeat(15)),
        "content/careers/nurse.toml: nurse: tagline is 75 characters: keep it to 70",
    );
    assert_reported(
        &problems_after(|c| {
            let artistic = c.traits.iter_mut().find(|t| t.id == "artistic").unwrap();
            artistic.id = "arty".into();
            for career in &mut c.careers {
                let level = career.interests.levels.remove("artistic").unwrap();
                career.interests.levels.insert("arty".into(), level);
            }
            for q in &mut c.questions {
                if let Some(w) = q.keys.remove("artistic") {
                    q.keys.insert("arty".into(), w);
                }
            }
        }),
        "content/traits.toml: arty: kind: an interest area must be one of RIASEC's six",
    );
}

#[test]
fn a_missing_field_is_named_with_its_file() {
    let text = read("content/careers/nurse.toml").replace("hours = ", "# hours = ");
    let error = toml::from_str::<Career>(&text).unwrap_err().to_string();
    assert!(error.contains("missing field `hours`"), "{error}");
}

/// Where a profile says its numbers are O*NET's, they must be O*NET's, to the digit.
#[test]
fn onet_numbers_match_the_onet_files() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/onet");
    let table = |file: &str| -> Vec<BTreeMap<String, String>> {
        let text = fs::read_to_string(shared.join(file)).unwrap_or_else(|e| panic!("../shared/data/onet/{file}: {e}"));
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        lines.map(|line| header.iter().map(|h| h.to_string()).zip(line.split('\t').map(str::to_owned)).collect()).collect()
    };
    let interests = table("onet29_3_interests.tsv");
    let styles = table("onet29_3_work_styles.tsv");
    let legacy_styles = table("legacy_onet23x_29-2041_work_styles.tsv");
    // Two work-style traits stand for O*NET Skills (Speaking, Social Perceptiveness).
    let skills = table("onet29_3_skills.tsv");
    let legacy_skills = table("legacy_onet23x_29-2041_skills.tsv");
    let content = content_from_files();
    let onet_name: BTreeMap<&str, &str> = content.traits.iter().filter_map(|t| t.onet.as_deref().map(|o| (t.id.as_str(), o))).collect();
    let value = |rows: &[BTreeMap<String, String>], code: &str, element: &str, scale: &str| -> f64 {
        let row = rows
            .iter()
            .find(|r| r["O*NET-SOC Code"] == code && r["Element Name"] == element && r["Scale ID"] == scale)
            .unwrap_or_else(|| panic!("no O*NET row for {code} {element} {scale}"));
        row["Data Value"].parse().unwrap()
    };
    let mut checked = 0;
    for career in content.careers.iter().filter(|c| c.id != "perfusionist") {
        let code = career.onet.code.as_str();
        for (trait_id, level) in &career.interests.levels {
            assert_eq!(*level, value(&interests, code, onet_name[trait_id.as_str()], "OI"), "{} interests.{trait_id}", career.file);
            checked += 1;
        }
        let legacy = career.work_styles.basis.contains("29-2041.00");
        let code = if legacy { "29-2041.00" } else { code };
        for (trait_id, level) in &career.work_styles.levels {
            // A style O*NET does not rate is judged by the project, as its basis says.
            let Some(&element) = onet_name.get(trait_id.as_str()) else {
                assert!(career.work_styles.basis.contains(trait_id.as_str()), "{}: work_styles.basis says how {trait_id} was judged", career.file);
                continue;
            };
            let is_skill = ["Speaking", "Social Perceptiveness"].contains(&element);
            let rows = match (is_skill, legacy) {
                (false, false) => &styles,
                (false, true) => &legacy_styles,
                (true, false) => &skills,
                (true, true) => &legacy_skills,
            };
            // Older releases write "Self Control" without the hyphen.
            let element = if code == "29-2041.00" && element == "Self-Control" { "Self Control" } else { element };
            assert_eq!(*level, value(rows, code, element, "IM"), "{} work_styles.{trait_id}", career.file);
            checked += 1;
        }
    }
    assert!(checked >= 14 * 18, "checked {checked} numbers");
}

#[test]
fn the_perfusionist_profile_says_it_is_built_from_the_seeds() {
    let content = content_from_files();
    let p = content.careers.iter().find(|c| c.id == "perfusionist").unwrap();
    assert_eq!((p.onet.code.as_str(), p.onet.relation.as_str()), ("29-2031.00", "nearest"));
    for (_, levels, name) in p.blocks() {
        assert!(levels.basis.to_lowercase().contains("seed"), "perfusionist {name}.basis must name the seeds");
    }
    assert!(p.sources.iter().any(|s| s.starts_with("seed-")));
}

#[test]
fn career_page_facts_pay_and_routes_are_checked() {
    fn perfusionist(c: &mut Content) -> &mut career_quiz::content::Career {
        c.careers.iter_mut().find(|c| c.id == "perfusionist").unwrap()
    }
    const FILE: &str = "content/careers/perfusionist.toml: perfusionist";
    assert_reported(&problems_after(|c| perfusionist(c).facts[3].sources.clear()), &format!("{FILE}: facts[3]: the fact has no source"));
    assert_reported(
        &problems_after(|c| perfusionist(c).facts[0].sources.push("a-forum-post".into())),
        &format!("{FILE}: facts[0]: sources names `a-forum-post`, which is not in content/sources.toml"),
    );
    assert_reported(&problems_after(|c| perfusionist(c).facts[1].text = " ".into()), &format!("{FILE}: facts[1]: the text is empty"));
    assert_reported(&problems_after(|c| perfusionist(c).facts[2].topic = "gossip".into()), &format!("{FILE}: facts[2]: topic `gossip`"));
    assert_reported(&problems_after(|c| perfusionist(c).routes[0].sources.clear()), &format!("{FILE}: routes[0]: the fact has no source"));
    assert_reported(
        &problems_after(|c| {
            perfusionist(c).routes[4] =
                career_quiz::content::Route { region: "ireland".into(), sources: vec!["seed-scps-careers".into()], ..Default::default() }
        }),
        &format!("{FILE}: routes[4]: the text is empty"),
    );
    assert_reported(
        &problems_after(|c| perfusionist(c).outlook.as_mut().unwrap().sources.clear()),
        &format!("{FILE}: outlook: the fact has no source"),
    );
}

/// The checks of issue 17 fail the build: a pay figure without a year or a source, a fact that
/// cites only O*NET, a source without an address or publisher, a career not dated, and the
/// nations' tables; each message names the file, the entry and the field.
#[test]
fn pay_sources_and_dates_are_checked() {
    fn career<'c>(c: &'c mut Content, id: &str) -> &'c mut Career {
        c.careers.iter_mut().find(|c| c.id == id).unwrap()
    }
    const NURSE: &str = "content/careers/nurse.toml: nurse";
    // Pay
    assert_reported(&problems_after(|c| career(c, "nurse").pay[0].sources.clear()), &format!("{NURSE}: pay[0]: the fact has no source"));
    assert_reported(
        &problems_after(|c| career(c, "nurse").pay[0].year = "recently".into()),
        &format!("{NURSE}: pay[0]: year `recently` names no year: a pay figure needs the year it is for"),
    );
    assert_reported(&problems_after(|c| career(c, "nurse").pay[0].region = "atlantis".into()), &format!("{NURSE}: pay: region `atlantis`"));
    assert_reported(
        &problems_after(|c| career(c, "nurse").nhs_band.as_mut().unwrap().sources.clear()),
        &format!("{NURSE}: nhs_band: the fact has no source"),
    );
    assert_reported(
        &problems_after(|c| career(c, "nurse").nhs_band.as_mut().unwrap().band = "5a".into()),
        &format!("{NURSE}: nhs_band.band: band `5a` is not in content/nations.toml's england table for 2026/27"),
    );
    assert_reported(
        &problems_after(|c| career(c, "nurse").us_pay.as_mut().unwrap().sources.clear()),
        &format!("{NURSE}: us_pay: the fact has no source"),
    );
    assert_reported(
        &problems_after(|c| career(c, "nurse").us_pay.as_mut().unwrap().period = "May".into()),
        &format!("{NURSE}: us_pay.period `May` names no year"),
    );
    assert_reported(
        &problems_after(|c| career(c, "perfusionist").us_pay.as_mut().unwrap().relation = "parent".into()),
        "content/careers/perfusionist.toml: perfusionist: us_pay.relation is `parent`, not \"same\" or \"closest\"",
    );
    assert_reported(
        &problems_after(|c| career(c, "nurse").us_pay.as_mut().unwrap().sources = vec!["onet-29.3".into()]),
        &format!("{NURSE}: us_pay: cites only O*NET, which holds no pay"),
    );
    // O*NET alone
    assert_reported(
        &problems_after(|c| career(c, "nurse").routes[1].sources = vec!["onet-29.3".into()]),
        &format!("{NURSE}: routes[1]: cites only O*NET, which holds no routes or regulators"),
    );
    assert_reported(
        &problems_after(|c| career(c, "perfusionist").facts[0].sources = vec!["onet-29.3".into()]),
        "content/careers/perfusionist.toml: perfusionist: facts[0]: cites only O*NET",
    );
    // Sources
    fn source(c: &mut Content) -> &mut Source {
        c.sources.iter_mut().find(|s| s.id == "nhse_future_nurses").unwrap()
    }
    assert_reported(&problems_after(|c| source(c).url = None), "content/sources.toml: nhse_future_nurses: url is missing or not a web address");
    assert_reported(
        &problems_after(|c| source(c).url = Some("javascript:alert(1)".into())),
        "content/sources.toml: nhse_future_nurses: url is missing or not a web address",
    );
    assert_reported(&problems_after(|c| source(c).publisher = Some(" ".into())), "content/sources.toml: nhse_future_nurses: publisher is missing");
    assert_reported(&problems_after(|c| source(c).year = None), "content/sources.toml: nhse_future_nurses: year is missing");
    // Dates
    assert_reported(&problems_after(|c| career(c, "nurse").last_checked.clear()), &format!("{NURSE}: last_checked `` is not a month like 2026-12"));
    assert_reported(&problems_after(|c| career(c, "nurse").last_checked = "2026-13".into()), &format!("{NURSE}: last_checked `2026-13`"));
    // The nations
    assert_reported(&problems_after(|c| c.nations.pay_table[0].sources.clear()), "content/nations.toml: pay_table[0] (england): sources is empty");
    assert_reported(
        &problems_after(|c| c.nations.pay_table[1].period = "this year".into()),
        "content/nations.toml: pay_table[1] (scotland): period `this year` names no year",
    );
    assert_reported(
        &problems_after(|c| c.nations.pay_table[0].bands[0].points.reverse()),
        "content/nations.toml: pay_table[0] (england): bands: band `5`'s points must be pounds, lowest first",
    );
    assert_reported(
        &problems_after(|c| c.nations.pay_statement[0].sources = vec!["a-rumour".into()]),
        "content/nations.toml: pay_statement[0] (wales): sources names `a-rumour`, which is not in content/sources.toml",
    );
    assert_reported(
        &problems_after(|c| c.nations.pay_statement[1].short.clear()),
        "content/nations.toml: pay_statement[1] (northern_ireland): short is empty",
    );
    assert_reported(
        &problems_after(|c| c.nations.careers_service[1].source = "nowhere".into()),
        "content/nations.toml: careers_service[1] (wales): source `nowhere` is not in content/sources.toml",
    );
}

/// Every fact the seeds give about the perfusionist that is still true and sourced is on its
/// page, with the figures exactly as the seeds give them; those out of date or unsourced are not.
/// (Each entry's sources are checked above; here, that nothing is left out by mistake.)
#[test]
fn the_perfusionist_page_covers_the_seed_facts() {
    let content = content_from_files();
    let p = content.careers.iter().find(|c| c.id == "perfusionist").unwrap();
    let mut page: String = p.facts.iter().map(|f| format!("{}\n", f.text)).collect();
    for pay in &p.pay {
        page += &format!("{} {}\n", pay.region, pay.text);
    }
    for route in &p.routes {
        page += &format!("{} {}\n", route.region, route.steps().iter().map(|(_, s)| *s).collect::<Vec<_>>().join(" "));
        page += &route.bodies.join(" ");
    }
    page += &p.a_day;
    page += &p.where_they_work;
    page += &p.how_to_get_there;
    page += &p.outlook.as_ref().unwrap().text;
    page += &format!("Band {}", p.nhs_band.as_ref().unwrap().band);
    let must_say = [
        // the work
        "heart-lung machine",
        "cardiopulmonary bypass",
        "still",
        "blood gases",
        "blood chemistry",
        "drugs",
        "solutions",
        "temperature",
        "cell saver",
        "autotransfusion",
        "counter-pulsation",
        "assist devices",
        "ECMO",
        "intensive care",
        "isolated limb perfusion",
        "high doses",
        "raises the limb's temperature",
        "liver transplant",
        "5 to 15 hours",
        "any hour",
        "loses a lot of blood",
        "after the operation",
        "research",
        "teaching",
        "selling",
        "developing equipment",
        // scale and history
        "33,000",
        "forty",
        "six centres",
        "1953",
        // routes
        "bachelor's degree",
        "CAAHEP",
        "ABCP",
        "honours degree",
        "trainee",
        "MSc in Clinical Perfusion Science",
        "University of Bristol",
        "accreditation exam",
        "register",
        "College of Clinical Perfusion Scientists",
        "PVG",
        "Welsh",
        "Rehabilitation of Offenders Act",
        // pay and hours
        "Band 7",
        "37 hours",
        "evening",
        "weekend",
        "on-call",
        // qualities
        "calm",
        "detail",
        "Teamwork",
        "speak clearly",
        "private",
        "quick reactions",
        "responsibility",
        "keep your focus",
    ];
    let missing: Vec<&str> = must_say.iter().copied().filter(|s| !page.contains(s)).collect();
    assert!(missing.is_empty(), "content/careers/perfusionist.toml: perfusionist: the page does not say {missing:?}");
    // What the seeds gave that is out of date or has no source a student can open goes: the
    // 2019/20 Band 7 scale (the nations' current tables replace it), and the US pay, growth, exam
    // parts, yearly recertification, programme length and societies of the Wisconsin guide, which
    // gives no year and no address (the US route now rests on sources that do).
    let gone =
        ["£37,570", "£43,772", "$94,477", "12 percent", "two-part", "recertify every year", "1 to 2 year", "AmSECT", "AACP", "Institute of Biology)"];
    let kept: Vec<&str> = gone.iter().copied().filter(|s| page.contains(s)).collect();
    assert!(kept.is_empty(), "content/careers/perfusionist.toml: perfusionist: the page still says {kept:?}");
}

/// Each career's Job Zone is O*NET's for its occupation.
#[test]
fn job_zones_match_the_onet_file() {
    let path = format!("{}/../shared/data/onet/onet29_3_job_zones.tsv", env!("CARGO_MANIFEST_DIR"));
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let zones: std::collections::BTreeMap<&str, u8> = tsv
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Some((f[0], f.get(2)?.parse().ok()?))
        })
        .collect();
    for c in &content_from_files().careers {
        assert_eq!(c.onet.job_zone, zones.get(c.onet.code.as_str()).copied(), "content/careers/{}.toml: onet.job_zone", c.id);
    }
    assert_reported(
        &problems_after(|c| c.careers.iter_mut().find(|c| c.id == "nurse").unwrap().onet.job_zone = Some(9)),
        "content/careers/nurse.toml: nurse: onet.job_zone must be O*NET's Job Zone",
    );
}
