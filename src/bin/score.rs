//! Scores quiz answers in bulk with the same engine as the browser app.
//!
//! ```text
//! score FILE          score the answers in FILE ('-' reads standard input)
//! score batch [--format jsonl|csv] FILE
//!                     score one student a line: {"id": …, "answers": {…}}, {"id": …, "code": …},
//!                     or a share link or code, with a name before it if the line has one
//! score --questions   print the question bank
//! ```
//! Input: `{"answers": {"QUESTION_ID": 1..5, ...}}`, at most [`INPUT_LIMIT`] bytes, with no key
//! given twice. Output: the ranking with reasons, and the `share_code` a share link or a teacher's
//! class summary takes. Bad input gets one line on stderr and exit 2; what it quotes of the input
//! is escaped and cut short, so a file cannot write control codes to the adviser's terminal.

use career_quiz::class::{labelled_code, Status};
use career_quiz::content::Model;
use career_quiz::export::{push_csv_field, push_csv_line};
use career_quiz::messages::EN;
use career_quiz::progress::answer_from;
use career_quiz::report::interest_code_letters;
use career_quiz::resume_code;
use career_quiz::scoring::{self, Detail, Outcome, Reason, ReasonKind};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{json, Map, Value};
use std::io::{BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: score FILE | score - | score batch [--format jsonl|csv] FILE | score --questions";
/// The longest line `score batch` reads: one student's answers as JSON take under 4 KB.
const LINE_LIMIT: usize = 64 << 10;
/// How many careers a row of `score batch --format csv` names.
const CSV_CAREERS: usize = 5;
/// One student's answers take under 4 KB: anything over this is not a file of answers.
const INPUT_LIMIT: u64 = 1 << 20;
/// How much of a question id an error message quotes.
const QUOTED_CHARS: usize = 80;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "batch") {
        return match batch(&args[1..]) {
            Ok(all_read) => ExitCode::from(if all_read { 0 } else { 1 }),
            Err(message) => {
                eprintln!("score batch: {message}");
                ExitCode::from(2)
            }
        };
    }
    match run(args) {
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
    answers_in(given, model)
}

/// The answers by question id, indexed like the question bank.
fn answers_in(given: &Map<String, Value>, model: &Model) -> Result<Vec<Option<u8>>, String> {
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

/// Output of `score batch`: a JSON line per student, or a CSV row.
#[derive(Clone, Copy, PartialEq)]
enum Format {
    Jsonl,
    Csv,
}

/// `score batch`: one student a line, scored and written as it is read, so memory stays flat and
/// the first results appear before the input ends. A line that cannot be scored gets a record of
/// its own, with its number and why; the rest are still scored. Returns whether every line was.
fn batch(args: &[String]) -> Result<bool, String> {
    let usage = "usage: score batch [--format jsonl|csv] FILE (- reads standard input)";
    let (format, path) = match args {
        [path] => (Format::Jsonl, path),
        [flag, format, path] if flag == "--format" => match format.as_str() {
            "jsonl" => (Format::Jsonl, path),
            "csv" => (Format::Csv, path),
            other => return Err(format!("unknown format {}: jsonl or csv", quoted(other))),
        },
        _ => return Err(usage.into()),
    };
    let model = Model::embedded().map_err(|e| format!("the built-in content is broken: {e}"))?;
    let (input, name): (Box<dyn Read>, String) = if path == "-" {
        (Box::new(std::io::stdin().lock()), "standard input".into())
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", quoted(path)))?;
        (Box::new(file), quoted(path))
    };
    let mut input = std::io::BufReader::with_capacity(1 << 16, input);
    let mut output = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = |result: std::io::Result<()>| result.map_err(|e| format!("cannot write the results: {e}"));
    let mut out = String::new();
    if format == Format::Csv {
        let mut header = vec!["id".to_owned(), "status".to_owned()];
        for n in 1..=CSV_CAREERS {
            header.extend([format!("career_{n}"), format!("match_{n}")]);
        }
        header.extend(["interest_code".to_owned(), "answered".to_owned(), "error".to_owned()]);
        push_csv_line(&mut out, <[&str; 2 * CSV_CAREERS + 5]>::try_from(header.iter().map(String::as_str).collect::<Vec<_>>()).unwrap());
    }
    let mut line = Vec::new();
    let (mut number, mut all_read) = (0usize, true);
    loop {
        line.clear();
        let Some(too_long) = read_line(&mut input, &mut line, LINE_LIMIT).map_err(|e| format!("cannot read {name}: {e}"))? else { break };
        number += 1;
        let student = match (too_long, std::str::from_utf8(&line)) {
            (true, _) => Err((Value::from(number), format!("line longer than {} KB", LINE_LIMIT >> 10))),
            (false, Err(_)) => Err((Value::from(number), "not UTF-8 text".to_owned())),
            (false, Ok(text)) if text.trim().is_empty() => continue,
            (false, Ok(text)) => student_in(text.trim(), number, &model),
        };
        all_read &= student.is_ok();
        match format {
            Format::Jsonl => {
                let record = match student {
                    Ok((id, answers)) => {
                        let Value::Object(mut record) = results_json(&model, &answers) else { unreachable!("results are an object") };
                        record.insert("id".into(), id);
                        record.insert("line".into(), number.into());
                        Value::Object(record)
                    }
                    Err((id, error)) => json!({"id": id, "line": number, "status": "error", "error": error}),
                };
                out.push_str(&record.to_string());
                out.push('\n');
            }
            Format::Csv => push_csv_row(&mut out, &model, student),
        }
        written(output.write_all(out.as_bytes()))?;
        out.clear();
        // Before waiting for more input, what is scored goes out.
        if input.buffer().is_empty() {
            written(output.flush())?;
        }
    }
    written(output.flush())?;
    Ok(all_read)
}

/// Reads one line (without its end) into `line`, keeping at most `limit` bytes of it. `None` at
/// the end of the input; `Some(true)` when the line was longer than `limit`.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>, limit: usize) -> std::io::Result<Option<bool>> {
    let (mut any, mut too_long) = (false, false);
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(any.then_some(too_long));
        }
        any = true;
        let (part, ends) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..at], Some(at + 1)),
            None => (buffer, None),
        };
        let room = limit.saturating_sub(line.len());
        too_long |= part.len() > room;
        line.extend_from_slice(&part[..part.len().min(room)]);
        let used = ends.unwrap_or(buffer.len());
        input.consume(used);
        if ends.is_some() {
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(Some(too_long));
        }
    }
}

/// One line's student: its id (the one given, else the label before a link, else the line
/// number) and answers, or its id and why it cannot be scored.
type Student = Result<(Value, Vec<Option<u8>>), (Value, String)>;

fn student_in(text: &str, number: usize, model: &Model) -> Student {
    let line_id = Value::from(number);
    let from_code = |code: &str| resume_code::decode(code, model).map(|r| r.answers).map_err(|e| EN.code_problem(e).to_owned());
    if !text.starts_with('{') {
        let (label, code) = labelled_code(text);
        let id = if label.is_empty() { line_id } else { label.into() };
        return from_code(code).map(|answers| (id.clone(), answers)).map_err(|error| (id, error));
    }
    let UniqueKeys(value) = serde_json::from_str(text).map_err(|e| (line_id.clone(), format!("malformed JSON: {e}")))?;
    let id = match value.get("id") {
        Some(Value::String(id)) => Value::from(id.as_str()),
        Some(Value::Number(id)) => Value::from(id.to_string()),
        None => line_id,
        Some(_) => return Err((line_id, "the id is neither text nor a number".into())),
    };
    let answers = match (value.get("answers"), value.get("code")) {
        (Some(Value::Object(given)), None) => answers_in(given, model),
        (None, Some(Value::String(code))) => from_code(labelled_code(code).1),
        _ => Err(r#"expected {"id": …, "answers": {"QUESTION_ID": 1..5, …}} or {"id": …, "code": "SHARE_CODE_OR_LINK"}"#.into()),
    };
    match answers {
        Ok(answers) => Ok((id, answers)),
        Err(error) => Err((id, error)),
    }
}

/// A CSV row: id, status, the top careers with their match, the interest code, how many
/// questions were answered, and why a line could not be scored. Written field by field into
/// `out`: career ids, numbers and codes never need quoting, so only the id and the error go
/// through the quoting and the formula guard.
fn push_csv_row(out: &mut String, model: &Model, student: Student) {
    use std::fmt::Write as _;
    // A label from the file, with no control code to act on a terminal the CSV is shown in.
    let id_text =
        |id: &Value| id.as_str().map_or_else(|| id.to_string(), |id| id.chars().map(|c| if c.is_control() { '\u{FFFD}' } else { c }).collect());
    match student {
        Ok((id, answers)) => {
            push_csv_field(out, &id_text(&id));
            // The table shows no reasons, so they are not worked out.
            let outcome = scoring::score_with(model, &answers, Detail::Ranking);
            let matches = match &outcome {
                Outcome::Ranked { matches, .. } => matches.as_slice(),
                _ => &[],
            };
            out.push(',');
            out.push_str(Status::of(&outcome).id());
            for n in 0..CSV_CAREERS {
                out.push(',');
                if let Some(m) = matches.get(n) {
                    out.push_str(&model.content.careers[m.career].id);
                    let _ = write!(out, ",{}", m.percent);
                } else {
                    out.push(',');
                }
            }
            out.push(',');
            out.push_str(&interest_code_letters(model, &answers).unwrap_or_default());
            let _ = write!(out, ",{},\r\n", answers.iter().flatten().count());
        }
        Err((id, error)) => {
            push_csv_field(out, &id_text(&id));
            out.push_str(",error");
            out.push_str(&",".repeat(2 * CSV_CAREERS + 3));
            push_csv_field(out, &error);
            out.push_str("\r\n");
        }
    }
}
