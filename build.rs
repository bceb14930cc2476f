//! Turns the content files an adviser edits (TOML, under `content/`) into what the crate embeds:
//! one JSON bundle of traits, questions, careers and sources, and the message catalogue as Rust.
//! Parsing TOML here costs the browser nothing; the wasm only carries the compact JSON.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let content = root.join("content");
    println!("cargo:rerun-if-changed=content");

    let mut bundle = serde_json::Map::new();
    bundle.insert("traits".into(), array_of(&content, "traits.toml", "trait"));
    bundle.insert("questions".into(), array_of(&content, "questions.toml", "question"));
    bundle.insert("sources".into(), array_of(&content, "sources.toml", "source"));

    let mut career_files: Vec<PathBuf> = fs::read_dir(content.join("careers"))
        .expect("content/careers must exist")
        .map(|entry| entry.expect("readable content/careers").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    career_files.sort();
    let careers = career_files
        .iter()
        .map(|path| {
            let mut career = read_toml(&root, path);
            // Remember the file each career came from, so validation can name it.
            let file = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            career.as_object_mut().unwrap_or_else(|| panic!("{file}: not a table")).insert("file".into(), file.into());
            career
        })
        .collect();
    bundle.insert("careers".into(), serde_json::Value::Array(careers));

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out.join("content.json"), serde_json::to_string(&bundle).unwrap()).unwrap();
    fs::write(out.join("content-quiz.json"), serde_json::to_string(&for_the_quiz(bundle)).unwrap()).unwrap();
    let messages = messages_source(&root, &content.join("messages/en.toml"), "Messages", "EN", "the app");
    let page_messages = messages_source(&root, &content.join("messages/pages.en.toml"), "PageMessages", "PAGES_EN", "the static career pages");
    fs::write(out.join("messages.rs"), messages + "\n" + &page_messages).unwrap();
}

/// What the browser's quiz needs of the bundle: what only the career pages show (long texts,
/// related careers, sources) is left out, since the pages are built as static files
/// (`src/pages.rs`) and fetched when a student opens one. The comparison of careers keeps the
/// hours, the pay (without its sources, which the pages give), the US training step and O*NET's
/// Job Zone.
fn for_the_quiz(mut bundle: serde_json::Map<String, serde_json::Value>) -> serde_json::Map<String, serde_json::Value> {
    const PAGE_ONLY: [&str; 8] =
        ["also_known_as", "what_they_do", "where_they_work", "how_to_get_there", "sources", "file", "a_day", "outlook"];
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
        let us_training = career
            .get("routes")
            .and_then(|r| r.as_array())
            .and_then(|routes| routes.iter().find(|r| r["region"] == "us"))
            .and_then(|us| us.get("training").cloned());
        career.remove("routes");
        if let Some(training) = us_training {
            career.insert("routes".into(), serde_json::json!([{ "region": "us", "training": training }]));
        }
        for block in ["interests", "work_styles", "subjects", "conditions"] {
            if let Some(block) = career.get_mut(block).and_then(|b| b.as_object_mut()) {
                block.remove("basis");
            }
        }
    }
    bundle.remove("sources");
    bundle
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
    table
        .get(key)
        .cloned()
        .unwrap_or_else(|| panic!("content/{file}: no [[{key}]] entries"))
}

/// The catalogue becomes a struct with one `&'static str` field per key, so a missing or misspelt
/// key is a compile error, and a second language is one more static of the same struct.
fn messages_source(root: &Path, path: &Path, name: &str, english: &str, used_by: &str) -> String {
    let shown = path.strip_prefix(root).unwrap().display().to_string();
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{shown}: cannot read: {e}"));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{shown}: not valid TOML: {e}"));
    let mut fields = String::new();
    let mut values = String::new();
    for (key, value) in &table {
        assert!(
            !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{shown}: key `{key}` must be lowercase letters, digits and underscores"
        );
        let value = value.as_str().unwrap_or_else(|| panic!("{shown}: `{key}` must be a string"));
        writeln!(fields, "    pub {key}: &'static str,").unwrap();
        writeln!(values, "    {key}: {value:?},").unwrap();
    }
    format!(
        "/// Every string of {used_by}, one field per key of `{shown}`.\n\
         #[derive(Debug)]\npub struct {name} {{\n{fields}}}\n\n\
         /// English.\npub static {english}: {name} = {name} {{\n{values}}};\n"
    )
}
