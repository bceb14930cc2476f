//! What a student keeps and a teacher reads: the share link round-trips any answers, the JSON and
//! CSV files hold the answers and the ranking, the chart shows the numbers its table gives, and a
//! class summary counts what it is pasted, never panicking on anything.

use career_quiz::class::{readable_file, register, summary_csv, FILE_LIMIT, REJECTED_LISTED};
use career_quiz::content::{Model, TraitKind};
use career_quiz::dates::minute_of;
use career_quiz::export::{self, Results};
use career_quiz::messages::EN;
use career_quiz::pay::{by_region, for_home};
use career_quiz::region::Home;
use career_quiz::report::{share_link, share_link_with, shared_parts, LinkTags};
use career_quiz::resume_code::{decode, CodeError};
use career_quiz::scoring::{score, CareerMatch, Outcome};
use career_quiz::vm::chart::{chart, WORK_STYLES};
use career_quiz::vm::class::class_view;
use career_quiz::vm::results::{results, Body, Ranked, ShownAt};
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn answers_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::of(1u8..=5), model().questions.len())
}

/// Answers that rank careers: every question answered, varied enough to rank.
fn ranked_answers_strategy() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(1u8..=5, model().questions.len())
        .prop_map(|a| a.into_iter().map(Some).collect::<Vec<_>>())
        .prop_filter("ranked", |a| matches!(score(model(), a), Outcome::Ranked { .. }))
}

fn ranked(answers: &[Option<u8>]) -> Vec<CareerMatch> {
    match score(model(), answers) {
        Outcome::Ranked { matches, .. } => matches,
        other => panic!("expected a ranking, got {other:?}"),
    }
}

const QUIZ: &str = "https://school.example/careers/quiz/?lang=en";

/// A minimal RFC 4180 reader for the files under test: quoted fields may hold commas, quotes
/// and line breaks.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted, mut chars) = (Vec::new(), String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the file ends with a line break");
    rows
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// The share link carries exactly the answers, under `#shared/`, after the quiz's address, and
    /// where the student lives when they have said.
    #[test]
    fn share_links_round_trip(
        answers in answers_strategy(),
        home in prop::option::of(prop::sample::select(Home::ALL.to_vec())),
        class in prop::option::of("[0-9A-Za-z-]{1,16}"),
        finished in prop::option::of((0u64..4_000_000_000_000, -720i64..=840).prop_map(|(at, offset)| minute_of(at, offset))),
    ) {
        let tags = LinkTags { home, class, finished };
        let code = career_quiz::resume_code::encode(model(), &answers, 0);
        let link = share_link_with(QUIZ, &code, &tags);
        if tags.class.is_none() && tags.finished.is_none() {
            prop_assert_eq!(&link, &share_link(model(), &answers, QUIZ, home));
        }
        let after = link.strip_prefix(QUIZ).and_then(|rest| rest.strip_prefix("#shared/"));
        prop_assert!(after.is_some(), "{link}");
        let (code, read) = shared_parts(after.unwrap());
        prop_assert_eq!(read, tags);
        prop_assert!(after.unwrap().chars().all(|c| c.is_ascii_alphanumeric() || "-/_=:".contains(c)), "only characters safe in an address: {link}");
        prop_assert_eq!(decode(code, model()).map(|r| r.answers), Ok(answers));
    }

    /// A tampered or truncated share link is refused with a reason, never read as other answers.
    #[test]
    fn tampered_share_links_are_refused(answers in answers_strategy(), cut in 1usize..30, at in any::<prop::sample::Index>()) {
        let link = share_link(model(), &answers, QUIZ, None);
        let code = &link[link.find("#shared/").unwrap() + 8..];
        let truncated = &code[..code.len() - cut.min(code.len())];
        prop_assert!(decode(truncated, model()).is_err());
        let mut chars: Vec<char> = code.chars().collect();
        let i = at.index(chars.len());
        chars[i] = if chars[i] == 'Z' { 'Y' } else if chars[i] == '-' { 'Q' } else { 'Z' };
        let tampered: String = chars.into_iter().collect();
        if let Ok(read) = decode(&tampered, model()) {
            // Only a hyphen's position may change without changing what it means.
            prop_assert_eq!(read.answers, answers);
        }
    }

    /// The JSON file parses and holds the answers by question id, the whole ranking in order, the
    /// date and the share code.
    #[test]
    fn json_export_holds_answers_and_ranking(answers in ranked_answers_strategy()) {
        let matches = ranked(&answers);
        let json = export::json(&Results::new(model(), &answers, &matches, "2026-11-22"));
        let value: Value = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&value["format"], "career-quiz-results");
        prop_assert_eq!(&value["date"], "2026-11-22");
        let code = value["share_code"].as_str().unwrap();
        prop_assert_eq!(decode(code, model()).unwrap().answers, answers.clone());
        for (question, answer) in model().content.questions.iter().zip(&answers) {
            prop_assert_eq!(value["answers"][&question.id].as_u64(), answer.map(u64::from));
        }
        let listed = value["matches"].as_array().unwrap();
        prop_assert_eq!(listed.len(), matches.len());
        for (n, (entry, m)) in listed.iter().zip(&matches).enumerate() {
            prop_assert_eq!(entry["rank"].as_u64(), Some(n as u64 + 1));
            prop_assert_eq!(entry["career"].as_str(), Some(model().content.careers[m.career].id.as_str()));
            prop_assert_eq!(entry["match"].as_u64(), Some(u64::from(m.percent)));
        }
    }

    /// The CSV file has five fields on every line, a `match` line per career in rank order and an
    /// `answer` line per answer, with the question's text intact.
    #[test]
    fn csv_export_holds_answers_and_ranking(answers in ranked_answers_strategy()) {
        let matches = ranked(&answers);
        let csv = export::csv(&Results::new(model(), &answers, &matches, "2026-11-22"), &EN);
        let rows = read_csv(&csv);
        prop_assert_eq!(&rows[0], &["record", "rank", "id", "text", "value"].map(String::from).to_vec());
        prop_assert!(rows.iter().all(|r| r.len() == 5));
        let careers: Vec<&str> = rows.iter().filter(|r| r[0] == "match").map(|r| r[2].as_str()).collect();
        let expected: Vec<&str> = matches.iter().map(|m| model().content.careers[m.career].id.as_str()).collect();
        prop_assert_eq!(careers, expected);
        let answered: Vec<(String, String, String)> =
            rows.iter().filter(|r| r[0] == "answer").map(|r| (r[2].clone(), r[3].clone(), r[4].clone())).collect();
        let given: Vec<(String, String, String)> = model().content.questions.iter().zip(&answers)
            .filter_map(|(q, a)| a.map(|a| (q.id.clone(), q.text.clone(), a.to_string())))
            .collect();
        prop_assert_eq!(answered, given);
    }

    /// A class summary never panics, whatever is pasted, and counts every non-blank line once:
    /// as a student, a repeat or a line it could not read.
    #[test]
    fn class_summary_reads_anything(pasted in any::<String>()) {
        let summary = register(model(), &pasted).summary;
        let lines = pasted.lines().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(summary.students + summary.repeated + summary.rejected_count, lines);
        prop_assert_eq!(summary.rejected.len(), summary.rejected_count.min(career_quiz::class::REJECTED_LISTED));
        let _ = class_view(model(), &EN, &summary);
    }
}

#[test]
fn a_class_of_three_is_counted_and_averaged() {
    let n = model().questions.len();
    let traits = &model().content.traits;
    // Three students: one says 5 to most things and 4 to the rest, one 1 and 2, one varies.
    let high: Vec<Option<u8>> = (0..n).map(|i| Some(if i % 4 == 0 { 4 } else { 5 })).collect();
    let low: Vec<Option<u8>> = (0..n).map(|i| Some(if i % 4 == 0 { 2 } else { 1 })).collect();
    let varied: Vec<Option<u8>> = (0..n).map(|i| Some((i % 5) as u8 + 1)).collect();
    let links: Vec<String> = [&high, &low, &varied].iter().map(|a| share_link(model(), a, QUIZ, None)).collect();
    // Links, a bare code, a repeat, a blank line and two lines that are not codes.
    let bare_code = links[2].split("#shared/").nth(1).unwrap().to_owned();
    let pasted = format!("{}\n  {}  \n\n{}\n{}\nhello\nhttps://school.example/#shared/ZZZZ\n", links[0], links[1], bare_code, links[0]);
    let summary = register(model(), &pasted).summary;
    assert_eq!(summary.students, 3);
    assert_eq!(summary.repeated, 1);
    assert_eq!(summary.rejected.iter().map(|(line, _)| *line).collect::<Vec<_>>(), [6, 7]);
    assert!(summary.rejected.iter().all(|(_, e)| matches!(e, CodeError::BadCharacter | CodeError::WrongLength)));

    let mut top = vec![0; model().content.careers.len()];
    let mut top_three = top.clone();
    for answers in [&high, &low, &varied] {
        let matches = ranked(answers);
        top[matches[0].career] += 1;
        for m in &matches[..3] {
            top_three[m.career] += 1;
        }
    }
    assert_eq!(summary.top_match, top);
    assert_eq!(summary.top_three, top_three);
    assert_eq!(summary.unranked, 0);

    // A trait with one question keyed positively: 100 from the student at 5, 0 from the one at 1.
    let expected = |t: usize| -> f64 {
        let scores = [&high, &low, &varied].map(|a| career_quiz::scoring::trait_scores(model(), a)[t].unwrap());
        scores.iter().map(|s| (s + 1.0) * 50.0).sum::<f64>() / 3.0
    };
    for (t, average) in summary.averages.iter().enumerate() {
        let (mean, count) = average.unwrap_or_else(|| panic!("trait {} has answers", traits[t].id));
        assert_eq!(count, 3);
        assert!((mean - expected(t)).abs() < 1e-9, "{}: {mean} vs {}", traits[t].id, expected(t));
    }

    let csv = read_csv(&summary_csv(model(), &EN, &summary));
    assert!(csv.iter().all(|r| r.len() == 4));
    assert!(csv.contains(&["class", "students", "Students", "3"].map(String::from).to_vec()));
    assert!(csv.contains(&["class", "not_read", "Lines not read", "2"].map(String::from).to_vec()));
    let top_career = &model().content.careers[ranked(&high)[0].career];
    let listed: usize = csv.iter().filter(|r| r[0] == "top_match").map(|r| r[3].parse::<usize>().unwrap()).sum();
    assert_eq!(listed, 3, "every student's top match is listed once");
    assert!(csv.iter().any(|r| r[0] == "top_match" && r[1] == top_career.id && r[3] != "0"));

    let shown = class_view(model(), &EN, &summary);
    assert_eq!(shown.students, "Students counted: 3.");
    assert!(shown.rejected[0].starts_with("Line 6: "), "{:?}", shown.rejected);
    assert_eq!(shown.top.iter().map(|r| r.top_match).sum::<usize>(), 3);
    assert_eq!(shown.averages.iter().map(|(_, rows)| rows.len()).sum::<usize>(), traits.len(), "every trait under its kind");
    assert!(shown.csv.as_deref().is_some_and(|csv| csv.starts_with("data:text/csv")));
    assert_eq!(class_view(model(), &EN, &register(model(), "hello").summary).csv, None, "no download without students");
}

#[test]
fn the_chart_compares_interests_and_the_top_work_styles() {
    let n = model().questions.len();
    let all_five = vec![Some(5); n];
    let career = model().career_index("perfusionist").unwrap();
    let shown = chart(model(), &EN, career, &all_five);
    let traits = &model().content.traits;
    let index = |id: &str| traits.iter().position(|t| t.id == id).unwrap();
    let [(_, interests), (_, styles)] = &shown.groups[..] else { panic!("two groups: {shown:?}") };
    assert_eq!(interests.len(), 6);
    assert!(interests.iter().all(|r| traits[index(&r.trait_id)].kind == TraitKind::Interest));
    assert_eq!(styles.iter().map(|r| index(&r.trait_id)).collect::<Vec<_>>(), model().top_work_styles(career, WORK_STYLES));
    for row in interests.iter().chain(styles) {
        let t = index(&row.trait_id);
        let (low, high) = traits[t].kind.scale();
        let level = model().levels[career][t];
        assert_eq!(f64::from(row.job), ((level - low) / (high - low) * 100.0).round(), "{}", row.trait_id);
        // Every question keyed one way answered 5: the top of the scale, unless some question on
        // the trait is keyed the other way.
        let reversed = model().questions.iter().any(|q| q.keys.iter().any(|(k, w)| *k == t && *w < 0.0));
        if !reversed {
            assert_eq!(row.you, Some(100), "{}", row.trait_id);
        }
    }
    assert!(shown.heading.contains(&model().content.careers[career].title));
    let none = chart(model(), &EN, career, &vec![None; n]);
    assert!(none.groups.iter().flat_map(|(_, rows)| rows).all(|r| r.you.is_none()));
}

/// The ranking's part of the results, for `answers` shown at `at`.
fn ranked_part(answers: &[Option<u8>], at: &ShownAt, shared: bool) -> Ranked {
    let outcome = career_quiz::scoring::score(model(), answers);
    match results(model(), &EN, &outcome, answers, at, shared, &[]).body {
        Body::Ranked(ranked) => *ranked,
        Body::Unranked(why) => panic!("ranked: {why}"),
    }
}

#[test]
fn the_report_links_every_career_and_offers_keeping_only_for_its_own_answers() {
    let answers: Vec<Option<u8>> = (0..model().questions.len()).map(|i| Some((i * 7 % 5) as u8 + 1)).collect();
    let matches = ranked(&answers);
    let at = ShownAt { quiz: QUIZ.to_owned(), date: "2026-11-22".to_owned(), home: None, class: None, finished: None };
    let own = ranked_part(&answers, &at, false);
    let linked: Vec<&str> = own.cards.iter().map(|c| c.about.id.as_str()).chain(own.others.iter().map(|o| o.link.id.as_str())).collect();
    assert_eq!(linked, matches.iter().map(|m| model().content.careers[m.career].id.as_str()).collect::<Vec<_>>(), "a link to every career, in order");
    let keep = own.keep.as_ref().expect("its own results can be kept");
    assert_eq!(keep.link, share_link(model(), &answers, QUIZ, None), "the share link is offered");
    assert_eq!(keep.files.iter().map(|f| f.file_name.as_str()).collect::<Vec<_>>(), ["career-quiz-2026-11-22.json", "career-quiz-2026-11-22.csv"]);
    assert_eq!(own.date, "Results from 2026-11-22.");
    assert_eq!(own.choices.len(), matches.len(), "every career can be compared");
    let shared = ranked_part(&answers, &at, true);
    assert!(shared.keep.is_none() && shared.choices.is_empty(), "someone else's results offer no link, file or comparison of their own");
    assert!(shared.chart.is_some());
}

#[test]
fn the_student_says_where_they_live_and_each_card_gives_that_nation_s_pay() {
    let answers: Vec<Option<u8>> = (0..model().questions.len()).map(|i| Some((i * 7 % 5) as u8 + 1)).collect();
    let at = |home| ShownAt { quiz: QUIZ.to_owned(), date: "2026-11-22".to_owned(), home, class: None, finished: None };
    for home in [Home::Wales, Home::Scotland, Home::Us] {
        let shown = ranked_part(&answers, &at(Some(home)), false);
        assert_eq!(shown.keep.as_ref().unwrap().link, share_link(model(), &answers, QUIZ, Some(home)), "the share link carries it");
        let name = EN.region_name(home.id());
        let mut with_pay = 0;
        for card in &shown.cards {
            // Every career with pay for that nation says it, for that nation; none says another's.
            let career = model().content.careers.iter().position(|c| c.id == card.id).unwrap();
            let has = for_home(&by_region(&model().content, career), Some(home)).first().map(|r| r.region);
            match (&card.pay, has) {
                (Some(pay), Some(region)) => {
                    let named = EN.region_name(region);
                    assert!(pay.starts_with(&format!("Pay ({named}): ")) && (region == home.id() || region == "uk"), "{home:?}: {pay}");
                    with_pay += 1;
                }
                (None, None) => {}
                (pay, has) => panic!("{home:?} ({name}), {}: card says {pay:?}, the content has pay for {has:?}", card.id),
            }
        }
        assert!(with_pay >= 1, "{home:?}: some top career has pay for it");
    }
    let scotland = ranked_part(&answers, &at(Some(Home::Scotland)), false);
    assert!(scotland.cards.iter().filter_map(|c| c.pay.as_deref()).any(|p| p.contains("NHS Band") && p.contains("(2026/27).")), "{scotland:?}");
}

#[test]
fn data_urls_encode_every_byte_that_could_end_or_break_them() {
    let url = export::data_url("text/csv", "a,b \"c\"\r\n#%é");
    assert_eq!(url, "data:text/csv;charset=utf-8,a%2Cb%20%22c%22%0D%0A%23%25%C3%A9");
}

/// A large paste: lines not read are listed up to a limit and counted beyond it, and a class's
/// links pasted many times over are counted once each (checked by a hash set, not a list).
#[test]
fn a_large_paste_lists_twenty_bad_lines_and_counts_the_rest() {
    let n = model().questions.len();
    let links: Vec<String> = (0..40)
        .map(|s| {
            // Forty students differing in their first three answers.
            let answers: Vec<Option<u8>> =
                (0..n).map(|i| Some(if i < 3 { (s / 5usize.pow(i as u32) % 5) as u8 + 1 } else { (i % 5) as u8 + 1 })).collect();
            // Some say where the student lives: the class summary reads those links too.
            share_link(model(), &answers, QUIZ, (s % 3 == 0).then_some(Home::Scotland))
        })
        .collect();
    let mut pasted = String::new();
    for round in 0..500 {
        for link in &links {
            pasted.push_str(link);
            pasted.push('\n');
        }
        pasted.push_str(&format!("not a link {round}\n"));
    }
    let summary = register(model(), &pasted).summary;
    assert_eq!(summary.students, 40);
    assert_eq!(summary.repeated, 40 * 499);
    assert_eq!(summary.rejected_count, 500);
    assert_eq!(summary.rejected.len(), REJECTED_LISTED);
    assert_eq!(summary.rejected[0].0, 41, "the first bad line, by its number");
    let shown = class_view(model(), &EN, &summary);
    assert_eq!(shown.rejected.len(), REJECTED_LISTED);
    assert_eq!(shown.rejected_more.as_deref(), Some("More lines that could not be read, not listed here: 480."));
}

/// A chosen file is read only if it can be a list of links.
#[test]
fn a_file_too_large_or_not_text_is_refused() {
    let link = share_link(model(), &vec![Some(3); model().questions.len()], QUIZ, Some(Home::Wales));
    assert!(readable_file(link.len() as u64, &link));
    assert!(readable_file(FILE_LIMIT, "a\nb"));
    assert!(!readable_file(FILE_LIMIT + 1, "a\nb"), "over the limit");
    assert!(!readable_file(10, "\u{89}PNG\r\n\u{1a}\n\0\0"), "a NUL");
    assert!(!readable_file(10, "caf\u{FFFD}"), "bytes that are not UTF-8, as the browser reads them");
}
