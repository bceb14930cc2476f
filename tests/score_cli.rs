//! The `score` command: ranked JSON for good input, one line and exit code 2 for bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn score(args: &[&str], stdin: &str) -> Output {
    let mut child =
        Command::new(env!("CARGO_BIN_EXE_score")).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A command that refuses its input may stop reading before the end of it.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn questions() -> Vec<serde_json::Value> {
    let out = score(&["--questions"], "");
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn answers_json(value: impl Fn(usize) -> u64) -> String {
    let answers: serde_json::Map<String, serde_json::Value> =
        questions().iter().enumerate().map(|(i, q)| (q["id"].as_str().unwrap().to_owned(), value(i).into())).collect();
    serde_json::json!({ "answers": answers }).to_string()
}

#[test]
fn questions_list_id_section_text_and_keys() {
    let bank = questions();
    assert!(bank.len() >= 40);
    for q in &bank {
        assert!(q["id"].is_string() && q["section"].is_string() && q["text"].is_string(), "{q}");
        for (_, weight) in q["keys"].as_object().unwrap() {
            assert!((-1.0..=1.0).contains(&weight.as_f64().unwrap()));
        }
    }
}

#[test]
fn answers_on_stdin_and_in_a_file_give_the_same_ranking() {
    let input = answers_json(|i| 1 + (i * 7 % 5) as u64);
    let from_stdin = score(&["-"], &input);
    assert!(from_stdin.status.success(), "{}", String::from_utf8_lossy(&from_stdin.stderr));
    let path = std::env::temp_dir().join(format!("score-cli-{}.json", std::process::id()));
    std::fs::write(&path, &input).unwrap();
    let from_file = score(&[path.to_str().unwrap()], "");
    std::fs::remove_file(&path).unwrap();
    assert_eq!(from_stdin.stdout, from_file.stdout);

    let out: serde_json::Value = serde_json::from_slice(&from_stdin.stdout).unwrap();
    assert_eq!(out["status"], "ranked");
    let results = out["results"].as_array().unwrap();
    assert!(results.len() >= 13);
    let mut previous = 101;
    for r in results {
        let m = r["match"].as_u64().unwrap();
        assert!(m <= previous, "ranked best first");
        previous = m;
        assert!(r["career"].is_string() && r["title"].is_string());
        assert!(r["because"].is_array() && r["gaps"].is_array());
        assert!(!r["because"].as_array().unwrap().is_empty() || !r["gaps"].as_array().unwrap().is_empty());
    }
}

#[test]
fn a_flat_pattern_is_reported_not_ranked() {
    let out = score(&["-"], &answers_json(|_| 3));
    let out: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out["status"], "flat_pattern");
    assert_eq!(out["results"], serde_json::json!([]));
}

fn assert_bad_input(stdin: &str, expected: &str) {
    let out = score(&["-"], stdin);
    assert_eq!(out.status.code(), Some(2), "exit code for {stdin}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains(expected), "{stderr:?} should contain {expected:?}");
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_input_gets_one_line_and_exit_code_2() {
    assert_bad_input("{not json", "malformed JSON");
    assert_bad_input(r#"{"answers": {"no_such_question": 3}}"#, "unknown question id `no_such_question`");
    let id = questions()[0]["id"].as_str().unwrap().to_owned();
    assert_bad_input(&format!(r#"{{"answers": {{"{id}": 6}}}}"#), &format!("answer to `{id}` is 6"));
    assert_bad_input(&format!(r#"{{"answers": {{"{id}": 0}}}}"#), "not a whole number from 1 to 5");
    assert_bad_input(&format!(r#"{{"answers": {{"{id}": "4"}}}}"#), "not a whole number from 1 to 5");
    assert_bad_input(r#"{"answer": {}}"#, "expected an object");
    let missing = score(&["/no/such/file.json"], "");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /no/such/file.json"));
    assert_eq!(score(&[], "").status.code(), Some(2));
}

/// What an error quotes of the input cannot act on the adviser's terminal: control codes are
/// escaped and a long id is cut short. A key given twice is refused rather than the last one
/// winning, and a file far larger than any set of answers is refused before it is read whole.
#[test]
fn hostile_input_cannot_reach_the_terminal_or_go_unnoticed() {
    // OSC 52 (set the clipboard), clear the screen, a carriage return and a fake verdict.
    let hostile = "\u{1b}]52;c;ZWNobyBoaQ==\u{7}\u{1b}[2J\rOK \u{202e}";
    let out = score(&["-"], &serde_json::json!({ "answers": { hostile: 3 } }).to_string());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.chars().all(|c| c == '\n' || (' '..='~').contains(&c) || c == '…'), "{stderr:?}");
    assert!(stderr.contains(r"unknown question id `\u{1b}]52;c;ZWNobyBoaQ==\u{7}\u{1b}[2J\rOK \u{202e}`"), "{stderr:?}");

    let long = "x".repeat(5000);
    let out = score(&["-"], &serde_json::json!({ "answers": { &long: 3 } }).to_string());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.len() < 200, "cut short: {} bytes", stderr.len());
    assert!(stderr.contains(&format!("`{}…`", "x".repeat(80))), "{stderr}");

    let id = questions()[0]["id"].as_str().unwrap().to_owned();
    assert_bad_input(&format!(r#"{{"answers": {{"{id}": 4}}, "answers": {{}}}}"#), "the key `answers` is given twice");
    assert_bad_input(&format!(r#"{{"answers": {{"{id}": 4, "{id}": 5}}}}"#), &format!("the key `{id}` is given twice"));

    let padded = format!(r#"{{"answers": {{"{id}": 4}}, "padding": "{}"}}"#, " ".repeat(2 << 20));
    assert_bad_input(&padded, "larger than 1024 KB");
}

mod batch {
    use super::{answers_json, questions, score};
    use career_quiz::content::Model;
    use career_quiz::report::share_link;
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};

    const QUIZ: &str = "https://school.example/quiz/";

    fn model() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model::embedded().unwrap())
    }

    fn lines(out: &[u8]) -> Vec<serde_json::Value> {
        String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
    }

    /// Three students' answers, varied enough to rank.
    fn students() -> Vec<Vec<Option<u8>>> {
        let n = model().questions.len();
        (0..3).map(|s| (0..n).map(|i| Some(((i * (s + 2) + s) % 5) as u8 + 1)).collect()).collect()
    }

    #[test]
    fn one_student_a_line_in_each_kind_scored_in_order_with_its_id() {
        let [a, b, c] = <[_; 3]>::try_from(students()).unwrap();
        let id = questions()[0]["id"].as_str().unwrap().to_owned();
        let code = |answers: &[Option<u8>]| share_link(model(), answers, QUIZ, None).split("#shared/").nth(1).unwrap().to_owned();
        let input = [
            format!(r#"{{"id": "s-1", {}"#, &answers_json(|i| u64::from(a[i].unwrap()))[1..]),
            format!(r#"{{"id": 2, "code": "{}"}}"#, share_link(model(), &b, QUIZ, None)),
            String::new(),
            format!("Rhys Evans\t{}", share_link(model(), &c, QUIZ, None)),
            format!("\"Jones, Mia\",{}", code(&a)),
            code(&b),
            "{not json".to_owned(),
            format!(r#"{{"id": "s-8", "answers": {{"{id}": 9}}}}"#),
            "Sam: ABCD-EFGH".to_owned(),
        ]
        .join("\n");
        let out = score(&["batch", "-"], &input);
        assert_eq!(out.status.code(), Some(1), "some lines failed: {}", String::from_utf8_lossy(&out.stderr));
        let records = lines(&out.stdout);
        let ids: Vec<String> = records.iter().map(|r| r["id"].to_string()).collect();
        assert_eq!(
            ids,
            [r#""s-1""#, r#""2""#, r#""Rhys Evans""#, r#""Jones, Mia""#, "6", "7", r#""s-8""#, r#""Sam""#],
            "input order; blank lines skipped"
        );
        let numbers: Vec<u64> = records.iter().map(|r| r["line"].as_u64().unwrap()).collect();
        assert_eq!(numbers, [1, 2, 4, 5, 6, 7, 8, 9]);
        for r in &records[..5] {
            assert_eq!(r["status"], "ranked", "{r}");
        }
        // The same answers give the same record, whichever way they came in.
        let same = |x: &serde_json::Value, y: &serde_json::Value| x["results"] == y["results"] && x["share_code"] == y["share_code"];
        assert!(same(&records[0], &records[3]) && same(&records[1], &records[4]));
        let single = lines(&score(&["-"], &answers_json(|i| u64::from(c[i].unwrap()))).stdout);
        assert!(same(&records[2], &single[0]), "the shape and figures of `score FILE`");
        // Each bad line says why, and the rest were still scored.
        let error = |n: usize| (records[n]["status"].as_str().unwrap(), records[n]["error"].as_str().unwrap().to_owned());
        assert!(error(5).0 == "error" && error(5).1.starts_with("malformed JSON"), "{:?}", error(5));
        assert_eq!(error(6), ("error", format!("answer to `{id}` is 9, not a whole number from 1 to 5")));
        assert!(error(7).1.starts_with("That code is too short or too long"), "{:?}", error(7));

        let fine = score(&["batch", "-"], &code(&a));
        assert_eq!(fine.status.code(), Some(0), "every line scored");
    }

    #[test]
    fn csv_has_a_header_and_a_row_a_student_with_its_top_five() {
        let students = students();
        let input: String =
            students.iter().enumerate().map(|(n, a)| format!("Student {n}, {}\n", share_link(model(), a, QUIZ, None))).collect::<String>() + "oops\n";
        let out = score(&["batch", "--format", "csv", "-"], &input);
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split(',').collect()).collect();
        assert_eq!(rows[0][..4], ["id", "status", "career_1", "match_1"]);
        assert_eq!(rows[0][12..], ["interest_code", "answered", "error"]);
        assert_eq!(rows.len(), 5);
        for (row, answers) in rows[1..4].iter().zip(&students) {
            let career_quiz::scoring::Outcome::Ranked { matches, .. } = career_quiz::scoring::score(model(), answers) else { panic!("ranked") };
            assert_eq!(row[1], "ranked");
            for n in 0..5 {
                assert_eq!(
                    (row[2 + 2 * n], row[3 + 2 * n]),
                    (model().content.careers[matches[n].career].id.as_str(), &*matches[n].percent.to_string())
                );
            }
            assert_eq!(row[12].len(), 3, "an interest code of three letters: {row:?}");
            assert_eq!(row[13], model().questions.len().to_string());
        }
        assert_eq!(rows[1][0], "Student 0");
        assert_eq!((rows[4][0], rows[4][1]), ("4", "error"), "a bad line by its number: {:?}", rows[4]);
    }

    /// A teacher's class summary and an adviser's CSV read the same lines the same way.
    #[test]
    fn the_class_summary_and_the_batch_agree_on_the_same_links() {
        let students = students();
        let pasted: String = students.iter().enumerate().map(|(n, a)| format!("Pupil {n}: {}\n", share_link(model(), a, QUIZ, None))).collect();
        let summary = career_quiz::class::register(model(), &pasted).summary;
        assert_eq!(summary.students, 3);
        let out = score(&["batch", "--format", "csv", "-"], &pasted);
        let text = String::from_utf8(out.stdout).unwrap();
        let mut top = vec![0; model().content.careers.len()];
        for row in text.lines().skip(1) {
            let career = row.split(',').nth(2).unwrap();
            top[model().career_index(career).unwrap()] += 1;
        }
        assert_eq!(top, summary.top_match);
    }

    /// Results come out as lines go in: the first is written before the input ends.
    #[test]
    fn it_streams() {
        let mut child = Command::new(env!("CARGO_BIN_EXE_score"))
            .args(["batch", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let line = share_link(model(), &students()[0], QUIZ, None);
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        let record: serde_json::Value = serde_json::from_str(&first).unwrap();
        assert_eq!(record["status"], "ranked", "the first result, with the input still open");
        drop(stdin);
        assert!(child.wait().unwrap().success());
    }

    #[test]
    fn a_line_too_long_or_not_text_is_named_and_the_rest_scored() {
        let good = share_link(model(), &students()[0], QUIZ, None);
        let mut input = format!("{}\n", "x".repeat(100 << 10)).into_bytes();
        input.extend_from_slice(b"caf\xe9\n");
        input.extend_from_slice(good.as_bytes());
        let mut child = Command::new(env!("CARGO_BIN_EXE_score")).args(["batch", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all(&input).unwrap();
        let out = child.wait_with_output().unwrap();
        let records = lines(&out.stdout);
        assert_eq!(records[0]["error"], "line longer than 64 KB");
        assert_eq!(records[1]["error"], "not UTF-8 text");
        assert_eq!((records[2]["line"].as_u64(), records[2]["status"].as_str()), (Some(3), Some("ranked")));
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(score(&["batch", "--format", "xml", "-"], "").status.code(), Some(2), "an unknown format is a usage error");
        let hostile = score(&["batch", "--format", "csv", "-"], &format!("\u{1b}[2JMia\u{7}, {good}"));
        let text = String::from_utf8(hostile.stdout).unwrap();
        assert!(!text.contains(['\u{1b}', '\u{7}']) && text.contains("\u{FFFD}[2JMia\u{FFFD},ranked"), "{text:?}");
    }

    /// A name a spreadsheet would run as a formula opens as text: `'` in front of it.
    #[test]
    fn a_name_that_looks_like_a_formula_is_written_as_text() {
        let good = share_link(model(), &students()[0], QUIZ, None);
        let input = format!("=HYPERLINK(\"http://x.example\"), {good}\n+1 Mia\t{good}\n@Sam: {good}\n-Rhys, {good}\n");
        let text = String::from_utf8(score(&["batch", "--format", "csv", "-"], &input).stdout).unwrap();
        let ids: Vec<&str> = text.lines().skip(1).map(|l| l.rsplitn(2, ",ranked,").last().unwrap()).collect();
        assert_eq!(ids, [r#""'=HYPERLINK(""http://x.example"")""#, "'+1 Mia", "'@Sam", "'-Rhys"]);
    }

    /// A million lines through standard input: memory stays flat, at what the first lines took.
    #[test]
    fn a_million_lines_in_flat_memory() {
        let mut child = Command::new(env!("CARGO_BIN_EXE_score"))
            .args(["batch", "--format", "csv", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let pid = child.id();
        // The peak resident memory so far, in KB (Linux's /proc).
        let peak = move || {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
            let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap().to_owned();
            line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap()
        };
        let codes: Vec<String> = (0..50)
            .map(|s| {
                let answers: Vec<Option<u8>> = (0..model().questions.len()).map(|i| Some(((i * (s + 3) + s / 5) % 5) as u8 + 1)).collect();
                share_link(model(), &answers, QUIZ, None)
            })
            .collect();
        const LINES: usize = 1_000_000;
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            let mut input = std::io::BufWriter::new(&mut stdin);
            for n in 0..LINES {
                writeln!(input, "Student {n}, {}", codes[n % codes.len()]).unwrap();
            }
            input.flush().unwrap();
            drop(input);
            stdin
        });
        let mut output = BufReader::new(child.stdout.take().unwrap());
        let (mut row, mut rows, mut early) = (String::new(), 0, 0);
        while rows <= LINES {
            row.clear();
            assert!(output.read_line(&mut row).unwrap() > 0, "the output ended after {rows} rows");
            rows += 1;
            if rows == 100_001 {
                early = peak();
            }
        }
        // Every row out, with the input still open: the peak so far is the whole run's.
        let late = peak();
        drop(writer.join().unwrap());
        assert!(child.wait().unwrap().success());
        assert!(late <= early + 1024, "peak memory grew from {early} KB after 100,000 lines to {late} KB after {LINES}");
    }
}
