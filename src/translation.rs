//! Laying a translation over the English content. A translated file (`content/cy/...`) holds only
//! the words a student reads, in the same shape as its English file; every number, id and source
//! stays in the English. `build.rs` uses this to make each language's bundle, and the tests use
//! it to report every missing or stray text, so it depends on nothing but `serde_json`.

use serde_json::Value;

/// Keys whose values are words a student reads, and so are translated.
pub const TEXT_KEYS: [&str; 24] = [
    "title",
    "also_known_as",
    "summary",
    "tagline",
    "what_they_do",
    "where_they_work",
    "hours",
    "how_to_get_there",
    "a_day",
    "note",
    "basis",
    "text",
    "label",
    "year",
    "school_subjects",
    "training",
    "postgraduate",
    "exams",
    "registration",
    "recertification",
    "bodies",
    "notes",
    "short",
    "period",
];

/// Keys a translated entry repeats from the English so a reader can see which entry it is; they
/// must match the English exactly.
pub const ANCHOR_KEYS: [&str; 3] = ["id", "region", "topic"];

/// Where a text key is data after all: O*NET's own name for an occupation is quoted, not translated.
fn is_text(path: &str, key: &str) -> bool {
    TEXT_KEYS.contains(&key) && !(path == "onet" && key == "title")
}

/// Whether a text value has words to translate: a pay year (`2026/27`) has none, so a
/// translation may leave it out and the English stands.
fn has_words(value: &Value) -> bool {
    match value {
        Value::String(text) => text.chars().any(char::is_alphabetic),
        _ => true,
    }
}

/// The English value with every text replaced by the translation's, and the problems found: a text
/// the translation lacks (the English one is kept), a key the English lacks, an entry out of order.
/// `path` names where in the file the values are, for the problems ("" at the top).
pub fn overlay(english: &Value, translated: &Value, path: &str) -> (Value, Vec<String>) {
    let mut problems = Vec::new();
    let merged = overlay_at(english, Some(translated), path, &mut problems);
    (merged, problems)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn overlay_at(english: &Value, translated: Option<&Value>, path: &str, problems: &mut Vec<String>) -> Value {
    let Value::Object(english) = english else { return english.clone() };
    let empty = serde_json::Map::new();
    let translated = match translated {
        Some(Value::Object(t)) => t,
        Some(_) => {
            problems.push(format!("{}: should be a table", if path.is_empty() { "the file" } else { path }));
            &empty
        }
        None => &empty,
    };
    let mut merged = english.clone();
    for (key, value) in english {
        let here = join(path, key);
        let theirs = translated.get(key);
        if ANCHOR_KEYS.contains(&key.as_str()) {
            if let Some(theirs) = theirs.filter(|t| *t != value) {
                problems.push(format!("{here}: is {theirs} but the English entry here is {value}: keep the entries in the English order"));
            }
        } else if is_text(path, key) && (has_words(value) || theirs.is_some()) {
            match (value, theirs) {
                (Value::String(_), Some(Value::String(t))) if !t.trim().is_empty() => {
                    merged.insert(key.clone(), Value::String(t.clone()));
                }
                (Value::Array(_), Some(Value::Array(t))) if t.iter().all(|x| x.as_str().is_some_and(|x| !x.trim().is_empty())) => {
                    merged.insert(key.clone(), Value::Array(t.clone()));
                }
                (_, None) => problems.push(format!("{here}: missing (the English has it)")),
                (Value::Array(_), Some(_)) => problems.push(format!("{here}: should be a list of texts, none empty")),
                (_, Some(_)) => problems.push(format!("{here}: should be a text, not empty")),
            }
        } else if value.is_object() && has_text(value, key) {
            merged.insert(key.clone(), overlay_at(value, theirs, &here, problems));
        } else if let Some(entries) = value.as_array().filter(|_| is_table_array(value) && holds_text(value, key)) {
            let theirs_entries = theirs.and_then(Value::as_array);
            if theirs_entries.map(Vec::len) != Some(entries.len()) {
                problems.push(format!(
                    "{here}: needs {} [[{key}]] entries, as in the English, not {}",
                    entries.len(),
                    theirs_entries.map_or(0, Vec::len)
                ));
            }
            let out = entries
                .iter()
                .enumerate()
                .map(|(n, entry)| overlay_at(entry, theirs_entries.and_then(|t| t.get(n)), &format!("{here}[{}]", n + 1), problems))
                .collect();
            merged.insert(key.clone(), Value::Array(out));
        } else if theirs.is_some() {
            // Numbers, ids, levels, sources: the English file's alone.
            problems.push(format!("{here}: is data, which stays in the English file only"));
        }
    }
    for key in translated.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{}: not in the English file", join(path, key)));
    }
    Value::Object(merged)
}

/// Whether a value is an array of tables (`[[facts]]`, say), whose entries are laid over by place.
fn is_table_array(value: &Value) -> bool {
    value.as_array().is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_object))
}

/// Whether a value holds any text to translate at any depth: a list of pay tables holds only
/// numbers, so a translation leaves it out.
fn holds_text(value: &Value, name: &str) -> bool {
    match value {
        Value::Object(table) => table.iter().any(|(k, v)| (is_text(name, k) && has_words(v)) || holds_text(v, k)),
        Value::Array(entries) => entries.iter().any(|e| holds_text(e, name)),
        _ => false,
    }
}

/// Whether a table holds any text to translate (a profile's `basis`, say, but not its levels).
fn has_text(value: &Value, name: &str) -> bool {
    value.as_object().is_some_and(|table| table.keys().any(|k| is_text(name, k)))
}
