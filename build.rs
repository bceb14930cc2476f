//! Turns the content files an adviser edits (TOML, under `content/`) into what the crate embeds:
//! one JSON bundle of traits, questions, careers and sources, and the message catalogue as Rust.
//! Parsing TOML here costs the browser nothing; the wasm only carries the compact JSON.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

// The build reads months only; the rest of the file is the app's.
#[allow(dead_code)]
#[path = "src/dates.rs"]
mod dates;
#[path = "src/translation.rs"]
mod translation;

/// The languages besides English, each with its translated files under `content/LANG/` and
/// `content/messages/LANG.toml`.
const TRANSLATIONS: [&str; 1] = ["cy"];

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let content = root.join("content");
    println!("cargo:rerun-if-changed=content");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());

    let bundle = english_bundle(&root, &content);
    warn_of_stale_facts(&bundle);
    fs::write(out.join("content.json"), serde_json::to_string(&bundle).unwrap()).unwrap();
    let quiz = for_the_quiz(bundle.clone());
    fs::write(out.join("content-quiz.json"), serde_json::to_string(&quiz).unwrap()).unwrap();
    fs::write(out.join("content-quiz.txt"), quiz_fields(&quiz).join("\u{1f}")).unwrap();

    let english = catalogue(&root, &content.join("messages/en.toml"), None);
    let english_pages = catalogue(&root, &content.join("messages/pages.en.toml"), None);
    let mut messages = catalogue_struct(&english) + &page_messages_struct(&english_pages);
    messages += &catalogue_static("EN", "English", "en", &english);
    messages += &statics("PageMessages", "PAGES_EN", "English", "en", &english_pages);
    for lang in TRANSLATIONS {
        // A missing translation falls back to the English with a warning here, so the build still
        // runs, and `tests/translations.rs` fails naming every gap.
        let translated = catalogue(&root, &content.join(format!("messages/{lang}.toml")), Some(&english));
        let translated_pages = catalogue(&root, &content.join(format!("messages/pages.{lang}.toml")), Some(&english_pages));
        let upper = lang.to_uppercase();
        messages += &catalogue_static(&upper, lang, lang, &translated);
        messages += &statics("PageMessages", &format!("PAGES_{upper}"), lang, lang, &translated_pages);

        let (translated_bundle, problems) = translated_bundle(&root, &content, &bundle, lang);
        for problem in problems {
            println!("cargo:warning={problem}");
        }
        fs::write(out.join(format!("content.{lang}.json")), serde_json::to_string(&translated_bundle).unwrap()).unwrap();
        // What the browser fetches when a student picks the language: the messages (in en.toml's
        // key order, which `Messages::from_values` expects) and the quiz's content as fields.
        let values: Vec<serde_json::Value> = translated.iter().map(|(_, value)| value.to_json()).collect();
        let file = serde_json::json!({ "messages": values, "content": quiz_fields(&for_the_quiz(translated_bundle)) });
        fs::write(out.join(format!("language.{lang}.json")), serde_json::to_string(&file).unwrap()).unwrap();
    }
    fs::write(out.join("messages.rs"), messages).unwrap();
}

fn english_bundle(root: &Path, content: &Path) -> serde_json::Map<String, serde_json::Value> {
    let mut bundle = serde_json::Map::new();
    bundle.insert("traits".into(), array_of(content, "traits.toml", "trait"));
    bundle.insert("questions".into(), array_of(content, "questions.toml", "question"));
    bundle.insert("sources".into(), array_of(content, "sources.toml", "source"));
    bundle.insert("nations".into(), read_toml(root, &content.join("nations.toml")));
    let careers = career_files(&content.join("careers"))
        .iter()
        .map(|path| {
            let mut career = read_toml(root, path);
            // Remember the file each career came from, so validation can name it.
            let file = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            career.as_object_mut().unwrap_or_else(|| panic!("{file}: not a table")).insert("file".into(), file.into());
            career
        })
        .collect();
    bundle.insert("careers".into(), serde_json::Value::Array(careers));
    bundle
}

fn career_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{} must exist: {e}", folder.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

/// The English bundle with `content/LANG/`'s texts laid over it, and what is missing or stray.
fn translated_bundle(
    root: &Path,
    content: &Path,
    english: &serde_json::Map<String, serde_json::Value>,
    lang: &str,
) -> (serde_json::Map<String, serde_json::Value>, Vec<String>) {
    let folder = content.join(lang);
    let mut problems = Vec::new();
    let mut bundle = english.clone();
    let mut lay = |english: &serde_json::Value, path: &Path| -> serde_json::Value {
        let shown = path.strip_prefix(root).unwrap().display().to_string();
        let translated = if path.exists() { read_toml(root, path) } else { serde_json::json!({}) };
        let (merged, found) = translation::overlay(english, &translated, "");
        problems.extend(found.into_iter().map(|p| format!("{shown}: {p}")));
        merged
    };
    for (key, file, entry) in [("traits", "traits.toml", "trait"), ("questions", "questions.toml", "question")] {
        let merged = lay(&serde_json::json!({ entry: english[key] }), &folder.join(file));
        bundle.insert(key.into(), merged[entry].clone());
    }
    bundle.insert("nations".into(), lay(&english["nations"], &folder.join("nations.toml")));
    let careers = english["careers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|career| {
            let file = career["file"].as_str().unwrap().replace("content/", &format!("content/{lang}/"));
            let mut english = career.clone();
            english.as_object_mut().unwrap().remove("file");
            let mut merged = lay(&english, &root.join(&file));
            merged.as_object_mut().unwrap().insert("file".into(), file.into());
            merged
        })
        .collect();
    bundle.insert("careers".into(), serde_json::Value::Array(careers));
    (bundle, problems)
}

/// What the browser's quiz needs of the bundle: what only the career pages show (long texts,
/// related careers, sources) is left out, since the pages are built as static files
/// (`src/pages.rs`) and fetched when a student opens one. The comparison of careers keeps the
/// hours, the pay (without its sources, which the pages give), the US training step and O*NET's
/// Job Zone.
/// A career whose facts were last checked more than `dates::STALE_AFTER_MONTHS` ago is due a
/// check: a warning, not a failure, so that the build never breaks on a calendar date. (A
/// missing or malformed date fails the content tests instead.) `SOURCE_DATE_EPOCH`, when set,
/// stands for today.
fn warn_of_stale_facts(bundle: &serde_json::Map<String, serde_json::Value>) {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let now = env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs()));
    let today = dates::month_of(now);
    for career in bundle["careers"].as_array().into_iter().flatten() {
        let checked = career.get("last_checked").and_then(|c| c.as_str()).unwrap_or_default();
        if dates::is_stale(checked, &today) {
            let file = career.get("file").and_then(|f| f.as_str()).unwrap_or_default();
            let id = career.get("id").and_then(|i| i.as_str()).unwrap_or_default();
            println!(
                "cargo:warning={file}: {id}: last_checked {checked} is more than {} months before {today}: check its facts again",
                dates::STALE_AFTER_MONTHS
            );
        }
    }
}

fn for_the_quiz(mut bundle: serde_json::Map<String, serde_json::Value>) -> serde_json::Map<String, serde_json::Value> {
    const PAGE_ONLY: [&str; 8] = ["what_they_do", "where_they_work", "how_to_get_there", "sources", "file", "a_day", "outlook", "last_checked"];
    const PAGE_ONLY_TABLES: [&str; 2] = ["facts", "related"];
    for career in bundle["careers"].as_array_mut().unwrap() {
        let career = career.as_object_mut().unwrap();
        for field in PAGE_ONLY.iter().chain(&PAGE_ONLY_TABLES) {
            career.remove(*field);
        }
        let job_zone = career.get("onet").and_then(|o| o.get("job_zone")).cloned();
        career.insert("onet".into(), serde_json::json!({ "job_zone": job_zone }));
        if let Some(pay) = career.get_mut("pay").and_then(|p| p.as_array_mut()) {
            for entry in pay.iter_mut().filter_map(|e| e.as_object_mut()) {
                entry.remove("sources");
            }
        }
        // Of the routes, each region's training, for the comparison, and its professional bodies,
        // for the results' next steps: the page has the rest.
        let filled = |r: &serde_json::Value, key: &str| match &r[key] {
            serde_json::Value::String(t) => !t.is_empty(),
            serde_json::Value::Array(a) => !a.is_empty(),
            _ => false,
        };
        let trained: Vec<serde_json::Value> = career
            .get("routes")
            .and_then(|r| r.as_array())
            .into_iter()
            .flatten()
            .filter(|r| filled(r, "training") || filled(r, "bodies"))
            .map(|r| {
                let training = if filled(r, "training") { r["training"].clone() } else { serde_json::json!("") };
                let bodies = if filled(r, "bodies") { r["bodies"].clone() } else { serde_json::json!([]) };
                serde_json::json!({ "region": r["region"], "training": training, "bodies": bodies })
            })
            .collect();
        career.insert("routes".into(), serde_json::Value::Array(trained));
        for block in ["interests", "work_styles", "subjects", "conditions"] {
            if let Some(block) = career.get_mut(block).and_then(|b| b.as_object_mut()) {
                block.remove("basis");
            }
        }
    }
    // The careers services' websites are all the browser needs of the sources.
    let sources = bundle.remove("sources").unwrap_or_default();
    if let Some(services) = bundle.get_mut("nations").and_then(|n| n.get_mut("careers_service")).and_then(|s| s.as_array_mut()) {
        for service in services.iter_mut().filter_map(|s| s.as_object_mut()) {
            let url =
                sources.as_array().and_then(|all| all.iter().find(|s| s.get("id") == service.get("source"))).and_then(|s| s.get("url").cloned());
            service.insert("source".into(), url.unwrap_or_default());
        }
    }
    for table in ["pay_table", "pay_statement"] {
        if let Some(entries) = bundle.get_mut("nations").and_then(|n| n.get_mut(table)).and_then(|t| t.as_array_mut()) {
            for entry in entries.iter_mut().filter_map(|e| e.as_object_mut()) {
                entry.remove("sources");
            }
        }
    }
    for career in bundle["careers"].as_array_mut().unwrap() {
        for table in ["nhs_band", "us_pay"] {
            if let Some(entry) = career.get_mut(table).and_then(|t| t.as_object_mut()) {
                entry.remove("sources");
            }
        }
    }
    bundle
}

/// The quiz's bundle as the flat list of fields `Content::from_fields` reads (its comment gives the
/// order). The browser then needs no JSON reader for its content: the English list is built in,
/// joined by U+001F, and a language file carries its own as a JSON array of strings.
fn quiz_fields(bundle: &serde_json::Map<String, serde_json::Value>) -> Vec<String> {
    use serde_json::Value;
    let mut fields: Vec<String> = Vec::new();
    let text = |v: &Value, key: &str| -> String {
        let text = v.get(key).and_then(Value::as_str).unwrap_or_default();
        assert!(!text.contains('\u{1f}'), "{key}: contains U+001F, which the build uses as a separator: {text}");
        text.to_owned()
    };
    // Numbers as their shortest decimal, which the browser reads exactly without a float parser.
    // What is missing or not a number is written empty: the browser would refuse the fields, but
    // the content tests name the file and the entry first (`Content::problems`).
    let number = |v: Option<&Value>, what: &str| -> String {
        let Some(n) = v.and_then(Value::as_f64) else { return String::new() };
        let written = n.to_string();
        assert!(!written.contains('e') && written.len() <= 17, "{what}: {n} has too many digits for the browser's reader");
        written
    };
    fn list(v: Option<&Value>) -> &[Value] {
        v.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
    }
    let traits = list(bundle.get("traits"));
    fields.push(traits.len().to_string());
    for t in traits {
        fields.extend([text(t, "id"), text(t, "kind"), text(t, "label"), text(t, "onet")]);
    }
    let questions = list(bundle.get("questions"));
    fields.push(questions.len().to_string());
    for q in questions {
        let keys = q.get("keys").and_then(Value::as_object).cloned().unwrap_or_default();
        fields.extend([text(q, "id"), text(q, "section"), text(q, "text"), keys.len().to_string()]);
        for (id, weight) in &keys {
            fields.extend([id.clone(), number(Some(weight), id)]);
        }
    }
    let careers = list(bundle.get("careers"));
    fields.push(careers.len().to_string());
    for c in careers {
        let id = text(c, "id");
        let job_zone = c["onet"].get("job_zone").filter(|z| !z.is_null()).map(|z| number(Some(z), &id)).unwrap_or_default();
        fields.extend([id.clone(), text(c, "title"), text(c, "summary"), text(c, "tagline"), text(c, "hours"), job_zone]);
        let also = list(c.get("also_known_as"));
        fields.push(also.len().to_string());
        fields.extend(also.iter().map(|name| name.as_str().unwrap_or_default().to_owned()));
        // Levels in the traits' order, each from the block of its kind.
        for t in traits {
            let block = match t["kind"].as_str().unwrap_or_default() {
                "interest" => "interests",
                "work_style" => "work_styles",
                "subject" => "subjects",
                _ => "conditions",
            };
            let level = c[block]["levels"].get(t["id"].as_str().unwrap_or_default());
            fields.push(number(level, &id));
        }
        let pay = list(c.get("pay"));
        fields.push(pay.len().to_string());
        for p in pay {
            fields.extend([text(p, "region"), text(p, "text"), text(p, "year")]);
        }
        let routes = list(c.get("routes"));
        fields.push(routes.len().to_string());
        for r in routes {
            fields.extend([text(r, "region"), text(r, "training")]);
            let bodies = list(r.get("bodies"));
            fields.push(bodies.len().to_string());
            fields.extend(bodies.iter().map(|b| b.as_str().unwrap_or_default().to_owned()));
        }
        let no_table = Value::Null;
        let band = c.get("nhs_band").unwrap_or(&no_table);
        fields.extend([text(band, "band"), text(band, "trainee_band")]);
        let us = c.get("us_pay").unwrap_or(&no_table);
        fields.extend([text(us, "soc"), text(us, "occupation"), number(us.get("median"), &id), text(us, "period"), text(us, "relation")]);
    }
    let nations = bundle.get("nations").cloned().unwrap_or_default();
    let tables = list(nations.get("pay_table"));
    fields.push(tables.len().to_string());
    for t in tables {
        let bands = list(t.get("bands"));
        fields.extend([text(t, "nation"), text(t, "period"), bands.len().to_string()]);
        for b in bands {
            let points = list(b.get("points"));
            fields.extend([text(b, "band"), points.len().to_string()]);
            fields.extend(points.iter().map(|p| number(Some(p), "a pay point")));
        }
    }
    let statements = list(nations.get("pay_statement"));
    fields.push(statements.len().to_string());
    for s in statements {
        fields.extend([text(s, "nation"), text(s, "period"), text(s, "text"), text(s, "short")]);
    }
    // A careers service's website in place of its source (`for_the_quiz` puts it there).
    let services = list(nations.get("careers_service"));
    fields.push(services.len().to_string());
    for service in services {
        fields.extend([text(service, "nation"), text(service, "label"), text(service, "source")]);
    }
    fields
}

fn read_toml(root: &Path, path: &Path) -> serde_json::Value {
    let shown = path.strip_prefix(root).unwrap_or(path).display().to_string();
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{shown}: cannot read: {e}"));
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{shown}: not valid TOML: {e}"));
    serde_json::to_value(value).unwrap()
}

fn array_of(content: &Path, file: &str, key: &str) -> serde_json::Value {
    let root = content.parent().unwrap();
    let table = read_toml(root, &content.join(file));
    table.get(key).cloned().unwrap_or_else(|| panic!("content/{file}: no [[{key}]] entries"))
}

/// One message: a text, or a text per CLDR plural category (zero, one, two, few, many, other).
#[derive(Clone)]
enum Message {
    Text(String),
    Plural([String; 6]),
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

impl Message {
    fn to_json(&self) -> serde_json::Value {
        match self {
            Message::Text(text) => text.clone().into(),
            Message::Plural(forms) => forms.iter().cloned().collect(),
        }
    }
}

/// A catalogue's messages, in key order. With `english`, the file is a translation: it follows
/// the English keys, and a missing or malformed message falls back to the
/// English with a warning (the tests name it).
fn catalogue(root: &Path, path: &Path, english: Option<&[(String, Message)]>) -> Vec<(String, Message)> {
    let shown = path.strip_prefix(root).unwrap().display().to_string();
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{shown}: cannot read: {e}"));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{shown}: not valid TOML: {e}"));
    let read = |key: &str, value: &toml::Value| -> Result<Message, String> {
        match value {
            toml::Value::String(text) => Ok(Message::Text(text.clone())),
            toml::Value::Table(forms) => {
                // English needs only `one` and `other`; the others repeat `other`.
                let required: &[&str] = if english.is_some() { &CATEGORIES } else { &["one", "other"] };
                if let Some(stray) = forms.keys().find(|k| !CATEGORIES.contains(&k.as_str())) {
                    return Err(format!("{shown}: `{key}` has `{stray}`, which is not a CLDR plural category"));
                }
                let form = |name: &str| forms.get(name).and_then(toml::Value::as_str).map(str::to_owned);
                if let Some(missing) = required.iter().find(|name| form(name).is_none()) {
                    return Err(format!("{shown}: `{key}` lacks its `{missing}` plural form"));
                }
                let other = form("other").unwrap();
                Ok(Message::Plural(CATEGORIES.map(|name| form(name).unwrap_or_else(|| other.clone()))))
            }
            _ => Err(format!("{shown}: `{key}` must be a text or a table of plural forms")),
        }
    };
    let Some(english) = english else {
        return table
            .iter()
            .map(|(key, value)| {
                assert!(
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                    "{shown}: key `{key}` must be lowercase letters, digits and underscores"
                );
                (key.clone(), read(key, value).unwrap_or_else(|problem| panic!("{problem}")))
            })
            .collect();
    };
    english
        .iter()
        .map(|(key, english_message)| {
            let message = match table.get(key).map(|value| read(key, value)) {
                Some(Ok(message)) if std::mem::discriminant(&message) == std::mem::discriminant(english_message) => message,
                found => {
                    let why = match found {
                        None => format!("{shown}: `{key}` is missing"),
                        Some(Err(problem)) => problem,
                        Some(Ok(_)) => format!(
                            "{shown}: `{key}` must be a {} as in English",
                            if matches!(english_message, Message::Text(_)) { "text" } else { "table of plural forms" }
                        ),
                    };
                    println!("cargo:warning={why}; the English is used");
                    english_message.clone()
                }
            };
            (key.clone(), message)
        })
        .collect()
}

/// The static career pages' catalogue becomes a struct with one field per key, so a misspelt key
/// is a compile error, and each language is one more static of the same struct. (The app's
/// catalogue, which the browser also reads from a fetched file, is `catalogue_struct`.)
fn messages_struct(name: &str, used_by: &str, messages: &[(String, Message)]) -> String {
    let mut fields = String::new();
    for (key, message) in messages {
        let kind = if matches!(message, Message::Text(_)) { "&'static str" } else { "crate::plural::Plural" };
        writeln!(fields, "    pub {key}: {kind},").unwrap();
    }
    format!(
        "/// Every string of {used_by}, one field per key of `content/messages/en.toml`.\n\
         #[derive(Debug, PartialEq)]\npub struct {name} {{\n    /// The language, as an ISO 639-1 code.\n    pub lang: &'static str,\n{fields}}}\n\n"
    )
}

fn page_messages_struct(messages: &[(String, Message)]) -> String {
    messages_struct("PageMessages", "the static career pages", messages).replace("messages/en.toml", "messages/pages.en.toml")
}

fn statics(name: &str, constant: &str, language_name: &str, lang: &str, messages: &[(String, Message)]) -> String {
    let mut values = String::new();
    for (key, message) in messages {
        match message {
            Message::Text(text) => writeln!(values, "    {key}: {text:?},").unwrap(),
            Message::Plural(forms) => {
                let [zero, one, two, few, many, other] = forms;
                writeln!(values, "    {key}: crate::plural::Plural {{ zero: {zero:?}, one: {one:?}, two: {two:?}, few: {few:?}, many: {many:?}, other: {other:?} }},").unwrap()
            }
        }
    }
    format!("/// {language_name}.\npub static {constant}: {name} = {name} {{\n    lang: {lang:?},\n{values}}};\n\n")
}

/// The app's catalogue, `Messages`: its texts and its counting messages in two arrays, in
/// `en.toml`'s key order, with one accessor per key, so a misspelt key is a compile error. Arrays
/// rather than a field per key, so that `from_values` fills it from a fetched language file
/// with two plain copies, in safe code (a per-field read of the JSON cost the wasm 8.9 KB, a
/// per-field copy of an array 2.0 KB).
fn catalogue_struct(messages: &[(String, Message)]) -> String {
    let (mut texts, mut plurals) = (0, 0);
    let mut accessors = String::new();
    for (key, message) in messages {
        match message {
            Message::Text(_) => {
                writeln!(accessors, "    pub fn {key}(&self) -> &'static str {{ self.texts[{texts}] }}").unwrap();
                texts += 1;
            }
            Message::Plural(_) => {
                writeln!(accessors, "    pub fn {key}(&self) -> &crate::plural::Plural {{ &self.plurals[{plurals}] }}").unwrap();
                plurals += 1;
            }
        }
    }
    format!(
        "/// Every string of the app, one accessor per key of `content/messages/en.toml`.\n\
         #[derive(Debug, PartialEq)]\npub struct Messages {{\n    /// The language, as an ISO 639-1 code.\n    pub lang: &'static str,\n    \
         texts: [&'static str; {texts}],\n    plurals: [crate::plural::Plural; {plurals}],\n}}\n\n\
         #[rustfmt::skip]\nimpl Messages {{\n{accessors}\n    \
         /// A catalogue from a language file's values, in `en.toml`'s key order (as `build.rs` writes\n    \
         /// them); `None` if they do not fit. The strings live as long as the page.\n    \
         pub fn from_values(lang: &'static str, values: &[crate::json::Value]) -> Option<Messages> {{\n        \
         let (texts, plurals) = texts_and_plurals(values)?;\n        \
         Some(Messages {{ lang, texts: texts.try_into().ok()?, plurals: plurals.try_into().ok()? }})\n    }}\n}}\n\n"
    )
}

/// One language's catalogue as a static `Messages`.
fn catalogue_static(constant: &str, language_name: &str, lang: &str, messages: &[(String, Message)]) -> String {
    let (mut texts, mut plurals) = (String::new(), String::new());
    for (key, message) in messages {
        match message {
            Message::Text(text) => writeln!(texts, "        {text:?}, // {key}").unwrap(),
            Message::Plural(forms) => {
                let [zero, one, two, few, many, other] = forms;
                let forms = format!("zero: {zero:?}, one: {one:?}, two: {two:?}, few: {few:?}, many: {many:?}, other: {other:?}");
                writeln!(plurals, "        crate::plural::Plural {{ {forms} }}, // {key}").unwrap()
            }
        }
    }
    format!("/// {language_name}.\npub static {constant}: Messages = Messages {{\n    lang: {lang:?},\n    texts: [\n{texts}    ],\n    plurals: [\n{plurals}    ],\n}};\n\n")
}
