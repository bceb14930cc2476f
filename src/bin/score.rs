//! Scores quiz answers in bulk with the same engine as the browser app.
//!
//! ```text
//! score FILE          score the answers in FILE ('-' reads standard input)
//! score --questions   print the question bank
//! ```
//! Input: `{"answers": {"QUESTION_ID": 1..5, ...}}`. Output: the ranking with reasons, and the
//! `share_code` a share link or a teacher's class summary takes. Bad input gets one line on stderr and exit 2.

use career_quiz::content::Model;
use career_quiz::progress::answer_from;
use career_quiz::resume_code;
use career_quiz::scoring::{self, Outcome, Reason, ReasonKind};
use serde_json::{json, Map, Value};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: score FILE | score - | score --questions";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("score: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let model = Model::embedded().map_err(|e| format!("the built-in content is broken: {e}"))?;
    let [arg] = args.as_slice() else { return Err(USAGE.into()) };
    if arg == "--questions" {
        return Ok(questions_json(&model).to_string());
    }
    if arg == "--help" || arg == "-h" {
        return Ok(USAGE.into());
    }
    let text = if arg == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
        text
    } else {
        std::fs::read_to_string(arg).map_err(|e| format!("cannot read {arg}: {e}"))?
    };
    let answers = parse_answers(&text, &model)?;
    Ok(results_json(&model, &answers).to_string())
}

fn questions_json(model: &Model) -> Value {
    model
        .content
        .questions
        .iter()
        .map(|q| json!({"id": q.id, "section": q.section.id(), "text": q.text, "keys": q.keys}))
        .collect()
}

/// The answers of `{"answers": {...}}`, indexed like the question bank. Anything off is an error.
fn parse_answers(text: &str, model: &Model) -> Result<Vec<Option<u8>>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    let Some(Value::Object(given)) = value.get("answers") else {
        return Err(r#"expected an object {"answers": {"QUESTION_ID": 1..5, ...}}"#.into());
    };
    let mut answers = vec![None; model.questions.len()];
    for (id, value) in given {
        let index = model.question_index(id).ok_or_else(|| format!("unknown question id `{id}`"))?;
        let answer =
            answer_from(value.as_u64()).ok_or_else(|| format!("answer to `{id}` is {value}, not a whole number from 1 to 5"))?;
        answers[index] = Some(answer);
    }
    Ok(answers)
}

fn results_json(model: &Model, answers: &[Option<u8>]) -> Value {
    let reasons = |reasons: &[Reason]| -> Value {
        reasons
            .iter()
            .map(|r| {
                json!({
                    "question": model.content.questions[r.question].id,
                    "text": model.content.questions[r.question].text,
                    "answer": r.answer,
                    "trait": model.content.traits[r.trait_index].id,
                    "kind": match r.kind {
                        ReasonKind::Fits => "fits",
                        ReasonKind::JobNeedsMore => "job_needs_more",
                        ReasonKind::JobHasLittle => "job_has_little",
                    },
                })
            })
            .collect()
    };
    let mut out = Map::new();
    // The code a share link carries (`#shared/CODE`): a teacher's class summary reads these.
    out.insert("share_code".into(), resume_code::encode(model, answers, 0).into());
    match scoring::score(model, answers) {
        Outcome::Ranked { matches, interests_flat } => {
            out.insert("status".into(), "ranked".into());
            out.insert("interests_flat".into(), interests_flat.into());
            let results: Vec<Value> = matches
                .iter()
                .map(|m| {
                    let career = &model.content.careers[m.career];
                    json!({
                        "career": career.id,
                        "title": career.title,
                        "match": m.percent,
                        "interest_agreement": m.interest_agreement,
                        "fit": m.fit,
                        "because": reasons(&m.because),
                        "gaps": reasons(&m.gaps),
                    })
                })
                .collect();
            out.insert("results".into(), results.into());
        }
        Outcome::TooFewAnswers { answered, needed } => {
            out.insert("status".into(), "too_few_answers".into());
            out.insert("answered".into(), answered.into());
            out.insert("needed".into(), needed.into());
            out.insert("results".into(), Value::Array(vec![]));
        }
        Outcome::FlatPattern => {
            out.insert("status".into(), "flat_pattern".into());
            out.insert("results".into(), Value::Array(vec![]));
        }
    }
    Value::Object(out)
}
