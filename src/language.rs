//! Which language the quiz speaks, and the file that brings a language other than English. English
//! is built into the wasm; a translation (`lang/LANG.json`, written at build time by the `pages`
//! command) is fetched only by a student who picks it, so English readers pay nothing for it.

use crate::content::{Content, Model};
use crate::json::{self, Value};
use crate::messages::Messages;

/// The languages the quiz can show, English first.
pub const LANGUAGES: [&str; 2] = ["en", "cy"];

/// Each language's name, in that language: what the switch to it says.
pub fn own_name(lang: &str) -> &'static str {
    match lang {
        "cy" => "Cymraeg",
        _ => "English",
    }
}

/// The Welsh language file, as the browser fetches it.
pub const FILE_CY: &str = include_str!(concat!(env!("OUT_DIR"), "/language.cy.json"));

/// Where a language's file is, relative to the quiz's folder.
pub fn file_path(lang: &str) -> String {
    format!("lang/{lang}.json")
}

/// The language to show: the page address's `lang` if the quiz has it (a school's setting, or a
/// student's click on the switch), else the one this browser remembers, else English.
pub fn chosen(from_address: Option<&str>, remembered: Option<&str>) -> &'static str {
    let known = |lang: Option<&str>| LANGUAGES.into_iter().find(|l| Some(*l) == lang);
    known(from_address).or(known(remembered)).unwrap_or(LANGUAGES[0])
}

/// The other language, for the switch (the quiz has two).
pub fn other(lang: &str) -> &'static str {
    if lang == LANGUAGES[0] {
        LANGUAGES[1]
    } else {
        LANGUAGES[0]
    }
}

/// A language file's messages and content, or `None` if the file is not one this build wrote
/// (cut short, say, or from another version of the quiz).
pub fn read_file(lang: &'static str, json: &str) -> Option<(Messages, Model)> {
    let file = json::parse(json)?;
    let values = file.get("messages")?.as_array()?;
    let messages = Messages::from_values(lang, values)?;
    let fields = file.get("content")?.as_array()?.iter().map(Value::as_str);
    let fields: Vec<&str> = fields.collect::<Option<_>>()?;
    let model = Model::from_content(Content::from_fields(&fields)?).ok()?;
    Some((messages, model))
}
