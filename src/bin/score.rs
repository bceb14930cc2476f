//! Scores quiz answers in bulk with the same engine as the browser app.
//!
//! ```text
//! score FILE          score the answers in FILE ('-' reads standard input)
//! score --questions   print the question bank
//! ```
//! Input: `{"answers": {"QUESTION_ID": 1..5, ...}}`, at most [`INPUT_LIMIT`] bytes, with no key
//! given twice. Output: the ranking with reasons, and the `share_code` a share link or a teacher's
//! class summary takes. Bad input gets one line on stderr and exit 2; what it quotes of the input
//! is escaped and cut short, so a file cannot write control codes to the adviser's terminal.

use career_quiz::content::Model;
use career_quiz::progress::answer_from;
use career_quiz::resume_code;
use career_quiz::scoring::{self, Outcome, Reason, ReasonKind};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{json, Map, Value};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: score FILE | score - | score --questions";
/// One student's answers take under 4 KB: anything over this is not a file of answers.
const INPUT_LIMIT: u64 = 1 << 20;
/// How much of a question id an error message quotes.
const QUOTED_CHARS: usize = 80;

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
    let (input, name): (Box<dyn Read>, String) = if arg == "-" {
        (Box::new(std::io::stdin()), "standard input".into())
    } else {
        let file = std::fs::File::open(arg).map_err(|e| format!("cannot read {}: {e}", quoted(arg)))?;
        (Box::new(file), quoted(arg))
    };
    let mut text = String::new();
    input.take(INPUT_LIMIT + 1).read_to_string(&mut text).map_err(|e| format!("cannot read {name}: {e}"))?;
    if text.len() as u64 > INPUT_LIMIT {
        return Err(format!("{name} is larger than {} KB: one student's answers take a few KB", INPUT_LIMIT / 1024));
    }
    let answers = parse_answers(&text, &model)?;
    Ok(results_json(&model, &answers).to_string())
}

fn questions_json(model: &Model) -> Value {
    model.content.questions.iter().map(|q| json!({"id": q.id, "section": q.section.id(), "text": q.text, "keys": q.keys})).collect()
}

/// `text` for an error message: characters other than printable ASCII escaped, at most
/// [`QUOTED_CHARS`] of them, so nothing read from a file acts on the terminal.
fn quoted(text: &str) -> String {
    let mut out = String::new();
    for (n, c) in text.chars().enumerate() {
        if n == QUOTED_CHARS {
            out.push('…');
            break;
        }
        match c {
            ' '..='~' => out.push(c),
            c => out.extend(c.escape_default()),
        }
    }
    out
}

/// A JSON value read as `serde_json` reads it, except that an object with a key given twice is
/// an error: with the last one winning, a second `"answers": {}` would quietly empty a file.
struct UniqueKeys(Value);

impl<'de> Deserialize<'de> for UniqueKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueKeysVisitor).map(UniqueKeys)
    }
}

struct UniqueKeysVisitor;

impl<'de> Visitor<'de> for UniqueKeysVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(b.into())
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(n.into())
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(n.into())
    }
    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        Ok(n.into())
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(s.into())
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(UniqueKeys(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let UniqueKeys(value) = map.next_value()?;
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!("the key `{}` is given twice", quoted(&key))));
            }
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// The answers of `{"answers": {...}}`, indexed like the question bank. Anything off is an error.
fn parse_answers(text: &str, model: &Model) -> Result<Vec<Option<u8>>, String> {
    let UniqueKeys(value) = serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    let Some(Value::Object(given)) = value.get("answers") else {
        return Err(r#"expected an object {"answers": {"QUESTION_ID": 1..5, ...}}"#.into());
    };
    let mut answers = vec![None; model.questions.len()];
    for (id, value) in given {
        let index = model.question_index(id).ok_or_else(|| format!("unknown question id `{}`", quoted(id)))?;
        let answer = answer_from(value.as_u64())
            .ok_or_else(|| format!("answer to `{id}` is {}, not a whole number from 1 to 5", quoted(&value.to_string())))?;
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
                        ReasonKind::MoreThanMost => "more_than_most",
                        ReasonKind::LessThanMost => "less_than_most",
                        ReasonKind::NotAccepted => "not_accepted",
                        ReasonKind::DealBreaker => "deal_breaker",
                        ReasonKind::SuitsYou => "suits_you",
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
                        "work_styles": m.work_styles,
                        "subjects": m.subjects,
                        "conditions_cost": m.conditions_cost,
                        "deal_breaker": m.has_deal_breaker(),
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
        Outcome::MostlyNotSure { leaning, needed } => {
            out.insert("status".into(), "mostly_not_sure".into());
            out.insert("leaning".into(), leaning.into());
            out.insert("needed".into(), needed.into());
            out.insert("results".into(), Value::Array(vec![]));
        }
    }
    Value::Object(out)
}
