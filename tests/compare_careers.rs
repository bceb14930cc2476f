//! Careers side by side: the comparison shows, per career, the student's match, the preparation,
//! the years of study, pay with its year, hours and working conditions, from the very bundle the
//! browser reads.

use career_quiz::compare::careers_named;
use career_quiz::content::{Model, QUIZ_JSON};
use career_quiz::messages::EN;
use career_quiz::pay::money;
use career_quiz::region::Home;
use career_quiz::scoring::{score, Outcome};
use career_quiz::vm::compare::comparison;
use career_quiz::vm::results::choices;

/// The model from the browser's bundle: what the quiz in the browser has to compare with.
fn quiz_model() -> Model {
    Model::from_bundle(QUIZ_JSON).unwrap_or_else(|e| panic!("the browser's bundle: {e}"))
}

/// The rows of a comparison of `careers`: (row heading, cells).
fn rows(model: &Model, careers: &[usize], matches: Option<&[career_quiz::scoring::CareerMatch]>, home: Option<Home>) -> Vec<(String, Vec<String>)> {
    comparison(model, &EN, careers, matches, home).rows.into_iter().map(|row| (row.heading, row.cells)).collect()
}

#[test]
fn three_careers_side_by_side_from_the_browsers_bundle() {
    let model = quiz_model();
    let careers = careers_named(&model, ["perfusionist", "nurse", "dietitian"]).unwrap();
    let answers: Vec<Option<u8>> = (0..model.questions.len()).map(|i| Some((i % 5) as u8 + 1)).collect();
    let Outcome::Ranked { matches, .. } = score(&model, &answers) else { panic!("ranked") };
    let shown = comparison(&model, &EN, &careers, Some(&matches), None);
    assert_eq!(shown.careers.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["perfusionist", "nurse", "dietitian"], "a link to each page");
    let rows = rows(&model, &careers, Some(&matches), None);
    let row = |name: &str| rows.iter().find(|(h, _)| h == name).unwrap_or_else(|| panic!("a row {name:?} in {rows:?}")).1.clone();
    assert!(rows.iter().all(|(_, cells)| cells.len() == 3), "{rows:?}");

    let percent = |id: &str| matches.iter().find(|m| model.content.careers[m.career].id == id).unwrap().percent;
    assert_eq!(row("Your match"), ["perfusionist", "nurse", "dietitian"].map(|id| format!("{}% match", percent(id))));
    // A student who has not said where they live: the first UK route's training and the US one.
    let training = row("Training");
    assert!(training[0].starts_with("Across the UK: Start with an honours degree"), "{training:?}");
    assert!(training[0].contains("\nUnited States: First get a bachelor"), "one region per line: {training:?}");
    assert!(training[1].starts_with("England: A university nursing degree takes three years."), "no UK-wide training: a nation's: {training:?}");
    assert!(training[2].starts_with("Across the UK: ") && training[2].contains("\nUnited States: "), "{training:?}");
    // And pay in every nation with something sourced, from the nations' tables, with the year.
    let pay = row("Pay");
    assert!(pay[0].starts_with(&format!("England: NHS Band 7, {} a year (2026/27).\n", band_range(&model, "england", "7"))), "{pay:?}");
    assert!(pay[0].contains(&format!("\nScotland: NHS Band 7, {} a year (2026/27).\n", band_range(&model, "scotland", "7"))), "{pay:?}");
    assert!(pay[0].contains("\nWales: NHS Band 7: rises as in England"), "Wales as the sources say, no table: {pay:?}");
    assert!(pay[0].contains("\nNorthern Ireland: NHS Band 7: a 3.6% rise for 2025/26"), "{pay:?}");
    assert!(
        pay[0].ends_with(
            "\nUnited States: a median of $74,310 a year for Cardiovascular Technologists and Technicians, the closest US group (May 2025)."
        ),
        "the closest group, said so: {pay:?}"
    );
    assert!(pay[1].starts_with(&format!("England: NHS Band 5, {} a year (2026/27).", band_range(&model, "england", "5"))), "{pay:?}");
    assert!(pay[2].starts_with("Across the UK: In a 2023 survey by the British Dietetic Association"), "no band of its own: its pay fact: {pay:?}");
    assert!(!pay.iter().any(|p| p.contains("37,570")), "not the 2019/20 scale: {pay:?}");

    // A student in Wales sees Wales (or the UK-wide route), and no other nation's pay.
    let wales = self::rows(&model, &careers, Some(&matches), Some(Home::Wales));
    let row_for = |rows: &[(String, Vec<String>)], name: &str| rows.iter().find(|(h, _)| h == name).unwrap().1.clone();
    let pay = row_for(&wales, "Pay");
    assert!(pay[0].starts_with("Wales: NHS Band 7: rises as in England") && !pay[0].contains('\n'), "{pay:?}");
    assert!(pay[1].starts_with("Wales: NHS Band 5: ") && !pay[1].contains("England:"), "{pay:?}");
    assert!(pay[2].starts_with("Across the UK: "), "{pay:?}");
    assert!(!row_for(&wales, "Training")[0].contains("United States"), "{wales:?}");
    // A student in the US sees the US.
    let us = self::rows(&model, &careers, Some(&matches), Some(Home::Us));
    let pay = row_for(&us, "Pay");
    assert!(pay[0].starts_with("United States: a median of $74,310") && !pay[0].contains('\n'), "{pay:?}");
    let training = row_for(&us, "Training");
    assert!(training[0].starts_with("United States: First get a bachelor") && !training[0].contains("Across the UK"), "{training:?}");
    let full = Model::embedded().unwrap();
    for (n, &c) in careers.iter().enumerate() {
        assert_eq!(row("Hours")[n], full.content.careers[c].hours, "the same hours as the career's page");
    }
    // Years of study and each working condition, as words and a level out of 5.
    let levels = |trait_id: &str| {
        let t = model.content.traits.iter().position(|t| t.id == trait_id).unwrap();
        careers.iter().map(|&c| EN.level_words(model.levels[c][t])).collect::<Vec<_>>()
    };
    assert_eq!(row("Years of study after school"), levels("long_study"));
    assert_eq!(row("Working in operating theatres"), levels("operating_theatre"));
    assert_eq!(row("Being on call for emergencies"), levels("on_call"));
    assert!(row("Years of study after school")[0].ends_with(" of 5)"));

    // Without a ranking there is no match row; the rest stays.
    let unranked: Vec<String> = self::rows(&model, &careers, None, None).into_iter().map(|(h, _)| h).collect();
    assert!(!unranked.contains(&"Your match".to_owned()));
    assert_eq!(unranked.len(), rows.len() - 1);
}

/// `£LOW to £HIGH`: the lowest and the top pay point of `band` in `nation`'s table.
fn band_range(model: &Model, nation: &str, band: &str) -> String {
    let table = model.content.nations.pay_table.iter().find(|t| t.nation == nation).unwrap();
    let points = &table.bands.iter().find(|b| b.band == band).unwrap().points;
    format!("{} to {}", money('£', points[0]), money('£', *points.last().unwrap()))
}

#[test]
fn the_form_offers_every_career_in_ranked_order_with_its_match() {
    let model = quiz_model();
    let answers: Vec<Option<u8>> = (0..model.questions.len()).map(|i| Some((i * 3 % 5) as u8 + 1)).collect();
    let Outcome::Ranked { matches, .. } = score(&model, &answers) else { panic!("ranked") };
    let offered = choices(&model, &EN, &matches);
    let ranked: Vec<&str> = matches.iter().map(|m| model.content.careers[m.career].id.as_str()).collect();
    assert_eq!(offered.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ranked);
    let top = &model.content.careers[matches[0].career];
    assert_eq!(offered[0].label, format!("{} ({}% match)", top.title, matches[0].percent));
    assert!(offered.iter().zip(&matches).all(|(choice, m)| choice.career == m.career));
}

#[test]
fn only_two_or_three_different_known_careers_make_a_comparison() {
    let model = quiz_model();
    assert!(careers_named(&model, ["nurse", "dietitian"]).is_some());
    for bad in [vec![], vec!["nurse"], vec!["nurse", "nurse"], vec!["nurse", "astronaut"], vec!["nurse", "dietitian", "audiologist", "paramedic"]] {
        assert_eq!(careers_named(&model, bad.iter().copied()), None, "{bad:?}");
    }
}
