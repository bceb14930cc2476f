//! The teacher's class register: named rows from every kind of labelled line, students merged
//! and said so, who is missing, class tags, sorting, the CSV of the table, and the same results
//! as the adviser's `score batch` on the same links.

use career_quiz::class::{labelled_link, missing, register, Merge, Status};
use career_quiz::content::Model;
use career_quiz::messages::{Messages, EN};
use career_quiz::report::{share_link_with, teacher_line, LinkTags};
use career_quiz::resume_code::encode;
use career_quiz::scoring::{score, Outcome};
use career_quiz::vm::class::{register_view, rows_csv, sort_rows, Asked, Column, Order};
use proptest::prelude::*;
use std::sync::OnceLock;

const QUIZ: &str = "https://school.example/quiz/";

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn welsh() -> &'static (Messages, Model) {
    static WELSH: OnceLock<(Messages, Model)> = OnceLock::new();
    WELSH.get_or_init(|| {
        let file = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/language.cy.json")).expect("the build writes the Welsh file");
        career_quiz::language::read_file("cy", &file).expect("the Welsh file reads")
    })
}

/// The `n`th student's answers: all given, varied, each set different and ranked.
fn student(n: usize) -> Vec<Option<u8>> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ (n as u64 + 1).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let answers: Vec<Option<u8>> = (0..model().questions.len())
        .map(|_| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            Some((state >> 33) as u8 % 5 + 1)
        })
        .collect();
    assert!(matches!(score(model(), &answers), Outcome::Ranked { .. }), "student {n} is ranked");
    answers
}

fn link(answers: &[Option<u8>], class: Option<&str>, finished: Option<&str>) -> String {
    let tags = LinkTags { home: None, class: class.map(str::to_owned), finished: finished.map(str::to_owned) };
    share_link_with(QUIZ, &encode(model(), answers, 0), &tags)
}

fn top_titles(answers: &[Option<u8>]) -> Vec<String> {
    match score(model(), answers) {
        Outcome::Ranked { matches, .. } => matches.iter().take(3).map(|m| model().content.careers[m.career].title.clone()).collect(),
        other => panic!("expected a ranking, got {other:?}"),
    }
}

#[test]
fn every_kind_of_labelled_line_gives_a_named_row() {
    let l = |n: usize| link(&student(n), None, None);
    let sent = teacher_line("  Cai \t ", &l(5)).expect("a name was typed");
    assert_eq!(sent, format!("Cai – {}", l(5)), "what Send to my teacher writes");
    let code6 = l(6).split("#shared/").nth(1).unwrap().to_owned();
    let pasted = [
        format!("Mia Jones, {}", l(0)),
        format!("Rhys Evans\t{}", l(1)),
        format!("Ffion: {}", l(2)),
        format!("\"Jones, Ben\",\"{}\"", l(3)),
        l(4),
        sent,
        format!("MJ;{code6}"),
    ]
    .join("\n");
    let read = register(model(), &pasted);
    let names: Vec<&str> = read.students.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Mia Jones", "Rhys Evans", "Ffion", "Jones, Ben", "", "Cai", "MJ"]);
    for (n, s) in read.students.iter().enumerate() {
        assert_eq!(s.line, n + 1);
        assert_eq!(s.status, Status::Ranked);
        assert_eq!(s.answered, model().questions.len());
        let titles: Vec<&str> = s.top.iter().map(|&c| model().content.careers[c].title.as_str()).collect();
        assert_eq!(titles, top_titles(&student(n)));
    }
    let view = register_view(model(), &EN, &read, &Asked::default());
    assert_eq!(view.rows[4].name, "No name (line 5)");
    assert!(!view.rows[4].named);
    assert_eq!(view.rows[0].answered, format!("{0}/{0}", model().questions.len()));
    assert_eq!(teacher_line(" \t ", &l(5)), None, "no name, no line");
}

#[test]
fn the_same_student_twice_is_merged_and_said() {
    let (a, b, c) = (student(0), student(1), student(2));
    let pasted = [
        format!("Mia, {}", link(&a, None, Some("2026-12-01T10:00"))),
        format!("Rhys, {}", link(&b, None, None)),
        link(&b, None, None),
        format!("mia, {}", link(&c, None, Some("2026-12-01T09:00"))),
        format!("Sam, {}", link(&c, None, None)),
    ]
    .join("\n");
    let read = register(model(), &pasted);
    // Line 3 is Rhys's link again; line 4 is Mia's earlier attempt (it finished first), so line 1
    // stays; line 5 has the answers of line 4, which were Mia's.
    assert_eq!(read.students.len(), 2);
    assert_eq!(read.students[0].name, "Mia");
    assert_eq!(read.students[0].answers, a, "the result that finished last is kept");
    assert_eq!(read.summary.repeated, 3);
    assert_eq!(read.merged[0], Merge::SameAnswers { line: 3, first: 2 });
    assert_eq!(read.merged[1], Merge::SameName { name: "mia".into(), lines: vec![1, 4], kept: 1 });
    assert_eq!(read.merged[2], Merge::SameAnswers { line: 5, first: 1 });
    let view = register_view(model(), &EN, &read, &Asked::default());
    assert_eq!(view.merged[0], "Line 3 repeats line 2, so it was counted once.");
    assert_eq!(view.merged[1], "mia is on lines 1, 4 with different answers: line 1 is shown, as the latest.");

    // Without times, the line furthest down wins; a third line joins the same notice.
    let pasted =
        [format!("Mia, {}", link(&a, None, None)), format!("Mia, {}", link(&b, None, None)), format!("Mia, {}", link(&c, None, None))].join("\n");
    let read = register(model(), &pasted);
    assert_eq!(read.students.len(), 1);
    assert_eq!(read.students[0].answers, c);
    assert_eq!(read.merged, [Merge::SameName { name: "Mia".into(), lines: vec![1, 2, 3], kept: 3 }]);
    assert_eq!(read.summary.students, 1);
}

#[test]
fn who_is_missing() {
    let pasted = [
        format!("Mia, {}", link(&student(0), None, None)),
        format!("Evans Rhys, {}", link(&student(1), None, None)),
        format!("Zed, {}", link(&student(2), None, None)),
        link(&student(3), None, None),
        format!("Sam, {}", link(&student(4), None, None)),
    ]
    .join("\n");
    let read = register(model(), &pasted);
    let list = "Jones, Mia\nRhys Evans\n\n  Sam Lee  \nSam Khan\nOwen Price\n";
    let found = missing(list, &read.students);
    // "Mia" is the one Mia; "Evans Rhys" has Rhys Evans's words; "Sam" could be either Sam.
    assert_eq!(found.missing, ["Sam Lee", "Sam Khan", "Owen Price"]);
    assert_eq!(found.not_on_register, ["Zed", "Sam"]);
    assert_eq!(found.unnamed, 1);
    let view = register_view(model(), &EN, &read, &Asked { list: list.into(), class: String::new() });
    let shown = view.missing.expect("a list was given");
    assert_eq!(shown.count, "Names on your list with no result: 3 of 5.");
    assert_eq!(shown.not_on_list.as_deref(), Some("Names that are not on your list: Zed, Sam."));
    assert_eq!(shown.unnamed.as_deref(), Some("Results with no name, which cannot be matched to your list: 1."));
    let everyone = register_view(model(), &EN, &read, &Asked { list: "Mia\nZed".into(), class: String::new() });
    assert_eq!(everyone.missing.unwrap().count, "Everyone on your list has a result here.");
    assert_eq!(register_view(model(), &EN, &read, &Asked::default()).missing, None, "no list, no missing section");
}

#[test]
fn class_tags_group_the_class_and_flag_another() {
    let pasted = [
        format!("A, {}", link(&student(0), Some("10B"), None)),
        format!("B, {}", link(&student(1), Some("10B"), None)),
        format!("C, {}", link(&student(2), Some("10C"), None)),
        format!("D, {}", link(&student(3), None, None)),
    ]
    .join("\n");
    let read = register(model(), &pasted);
    assert_eq!(read.usual_class.as_deref(), Some("10B"));
    assert_eq!(read.classes, [("10B".to_owned(), 2), ("10C".to_owned(), 1)]);
    let view = register_view(model(), &EN, &read, &Asked::default());
    assert_eq!(view.classes.as_deref(), Some("The classes these links come from: 10B (2), 10C (1). Links from a class other than 10B are marked."));
    let flagged: Vec<bool> = view.rows.iter().map(|r| r.other_class.is_some()).collect();
    assert_eq!(flagged, [false, false, true, false]);
    // The teacher says their class is 10C: now 10B is the other class.
    let theirs = register_view(model(), &EN, &read, &Asked { list: String::new(), class: " 10C ".into() });
    assert!(theirs.classes.as_deref().is_some_and(|said| said.ends_with("Links from a class other than 10C are marked.")));
    assert_eq!(theirs.rows.iter().map(|r| r.other_class.is_some()).collect::<Vec<_>>(), [true, true, false, false]);
    // A tag that is not one is said, and the links' own usual class used.
    let bad = register_view(model(), &EN, &read, &Asked { list: String::new(), class: "10 B!".into() });
    assert_eq!(bad.classes.as_deref(), Some(EN.class_tag_bad()));
    assert_eq!(bad.rows.iter().map(|r| r.other_class.is_some()).collect::<Vec<_>>(), flagged);
    // One class only: nothing to say, nothing flagged; unless it is not the teacher's.
    let one = register(model(), &format!("A, {}", link(&student(0), Some("10B"), None)));
    let mine = register_view(model(), &EN, &one, &Asked::default());
    assert_eq!((mine.classes, mine.rows[0].other_class.clone()), (None, None));
    let not_mine = register_view(model(), &EN, &one, &Asked { list: String::new(), class: "11A".into() });
    assert_eq!(not_mine.classes.as_deref(), Some("The classes these links come from: 10B (1). Links from a class other than 11A are marked."));
    assert!(not_mine.rows[0].other_class.is_some());
    // A tag not well formed in a link is left out, as if the link had none.
    let odd = format!("{QUIZ}#shared/ABCD/class=10B!/done=yesterday");
    let odd = labelled_link(&odd);
    assert_eq!((odd.code, odd.tags), ("ABCD", LinkTags::default()));
}

#[test]
fn the_table_sorts_by_any_column() {
    let few: Vec<Option<u8>> = student(3).into_iter().enumerate().map(|(i, a)| if i < 5 { a } else { None }).collect();
    let pasted = [
        format!("rhys, {}", link(&student(0), Some("10B"), Some("2026-12-02T10:15"))),
        link(&student(1), None, Some("2026-12-02T09:00")),
        format!("Anna, {}", link(&few, Some("10A"), None)),
        format!("Mia, {}", link(&student(2), None, Some("2026-12-01T16:40"))),
    ]
    .join("\n");
    let view = register_view(model(), &EN, &register(model(), &pasted), &Asked::default());
    let order = |by: Order| {
        let mut rows = view.rows.clone();
        sort_rows(&mut rows, by);
        rows.iter().map(|r| r.line).collect::<Vec<_>>()
    };
    assert_eq!(order(Order::AsPasted), [1, 2, 3, 4]);
    assert_eq!(order(Order::Up(Column::Name)), [3, 4, 1, 2], "by name, any case; no name last");
    assert_eq!(order(Order::Down(Column::Name)), [1, 4, 3, 2], "no name last either way");
    assert_eq!(order(Order::Up(Column::Finished)), [4, 2, 1, 3]);
    assert_eq!(order(Order::Down(Column::Answered))[3], 3, "five answers is the fewest");
    assert_eq!(order(Order::Up(Column::Class)), [3, 1, 2, 4]);
    assert_eq!(order(Order::Up(Column::Careers)).last(), Some(&3), "no ranking last");
    assert_eq!(view.rows[2].careers, ["No ranking: too few answers"]);
    assert_eq!(view.rows[0].finished, "2026-12-02 10:15");
    assert_eq!(Order::AsPasted.picked(Column::Name), Order::Up(Column::Name));
    assert_eq!(Order::Up(Column::Name).picked(Column::Name), Order::Down(Column::Name));
    assert_eq!(Order::Down(Column::Name).picked(Column::Class), Order::Up(Column::Class));
}

#[test]
fn the_tables_csv_has_the_tables_columns() {
    let pasted = [format!("=Mia, {}", link(&student(0), Some("10B"), Some("2026-12-02T10:15"))), link(&student(1), None, None)].join("\n");
    let view = register_view(model(), &EN, &register(model(), &pasted), &Asked::default());
    let n = model().questions.len();
    let csv = rows_csv(&EN, n, &view.rows);
    assert_eq!(view.rows_csv, Some(career_quiz::export::data_url("text/csv", &csv)), "the download is this CSV");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], format!("Name,Class,Career 1,Career 2,Career 3,Interest code,Answers given (/{n}),Finished"));
    let first = &view.rows[0];
    let careers = top_titles(&student(0));
    assert_eq!(lines[1], format!("'=Mia,10B,{},{},{},{},{n},2026-12-02 10:15", careers[0], careers[1], careers[2], first.interest_code));
    assert!(lines[2].starts_with(",,"), "no name is an empty name: {}", lines[2]);
    assert_eq!(lines.len(), 3);
}

#[test]
fn the_register_says_everything_in_welsh() {
    let (text, model) = welsh();
    let a: Vec<Option<u8>> = (0..model.questions.len()).map(|i| Some((i % 5) as u8 + 1)).collect();
    let b: Vec<Option<u8>> = (0..model.questions.len()).map(|i| Some(((i * 3 + 1) % 5) as u8 + 1)).collect();
    let l = |answers: &[Option<u8>], class: &str| {
        share_link_with(QUIZ, &encode(model, answers, 0), &LinkTags { class: Some(class.into()), ..LinkTags::default() })
    };
    let pasted = format!("Mali, {}\n{}\nMali, {}\noops", l(&a, "10B"), l(&b, "10C"), l(&a, "10B"));
    let view = register_view(model, text, &register(model, &pasted), &Asked { list: "Mali\nOwain".into(), class: String::new() });
    assert_eq!(view.merged, ["Mae llinell 3 yn ailadrodd llinell 1, felly cafodd ei chyfrif unwaith."]);
    assert_eq!(view.rows[1].name, "Dim enw (llinell 2)");
    assert_eq!(view.rows[1].other_class.as_deref(), Some("dosbarth arall"));
    assert_eq!(view.missing.unwrap().count, "Enwau ar eich rhestr heb ganlyniad: 1 o 2.");
    assert!(view.classes.unwrap().starts_with("Dosbarthiadau’r dolenni hyn: 10B (1), 10C (1)."));
    assert!(view.rows_csv.is_some());
}

/// The teacher's register and the adviser's `score batch --format csv` give each student the
/// same careers, interest code and answers given: the same parser and the same engine.
#[test]
fn the_register_and_score_batch_agree() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let few: Vec<Option<u8>> = student(9).into_iter().enumerate().map(|(i, a)| if i < 5 { a } else { None }).collect();
    let mut lines: Vec<String> = (0..12).map(|n| format!("Student {n} – {}", link(&student(n), Some("10B"), Some("2026-12-02T10:15")))).collect();
    lines.push(format!("Few: {}", link(&few, None, None)));
    lines.push("not a link".into());
    let pasted = lines.join("\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_score"))
        .args(["batch", "--format", "csv", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(pasted.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = csv.lines().skip(1).map(|l| l.split(',').collect()).collect();
    let read = register(model(), &pasted);
    assert_eq!(read.students.len() + read.summary.rejected_count, rows.len());
    assert_eq!(read.summary.rejected.iter().map(|r| r.0).collect::<Vec<_>>(), [14]);
    for (student, row) in read.students.iter().zip(&rows) {
        assert_eq!(row[0], student.name, "the same label");
        assert_eq!(row[1], student.status.id());
        let careers: Vec<&str> = [row[2], row[4], row[6]].into_iter().filter(|c| !c.is_empty()).collect();
        let ids: Vec<&str> = student.top.iter().map(|&c| model().content.careers[c].id.as_str()).collect();
        assert_eq!(careers, ids, "{}: the same top three", student.name);
        let tail = &row[row.len() - 3..];
        assert_eq!(tail[0], student.interest_code.as_deref().unwrap_or_default(), "{}: the same interest code", student.name);
        assert_eq!(tail[1], student.answered.to_string(), "{}: the same answers given", student.name);
    }
    assert_eq!(read.students[12].status, Status::TooFewAnswers);
}

proptest! {
    /// Whatever is pasted, as links and as the teacher's list, every non-blank line is a student,
    /// a line merged into one or a line not read, and nothing panics.
    #[test]
    fn the_register_reads_anything(pasted in any::<String>(), list in any::<String>(), class in any::<String>()) {
        let read = register(model(), &pasted);
        let lines = pasted.lines().filter(|l| !l.trim().is_empty()).count();
        prop_assert_eq!(read.students.len() + read.summary.repeated + read.summary.rejected_count, lines);
        let view = register_view(model(), &EN, &read, &Asked { list, class });
        prop_assert_eq!(view.rows.len(), read.students.len());
    }

    /// Links with names, some repeated: each student once, no two with the same name or the
    /// same answers, and each name and answers from one of the lines.
    #[test]
    fn named_links_are_read_back(picks in prop::collection::vec((0usize..6, 0usize..4), 1..20)) {
        let names = ["Mia", "Rhys", "Ffion", "Cai"];
        let pasted: Vec<String> = picks.iter().map(|&(s, n)| format!("{}, {}", names[n], link(&student(s), None, None))).collect();
        let read = register(model(), &pasted.join("\n"));
        for (i, s) in read.students.iter().enumerate() {
            prop_assert!(picks.iter().any(|&(p, n)| student(p) == s.answers && names[n] == s.name), "line {} as read", s.line);
            for other in &read.students[i + 1..] {
                prop_assert!(other.name != s.name && other.answers != s.answers);
            }
        }
        prop_assert_eq!(read.students.len() + read.summary.repeated, picks.len());
    }
}
