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
