//! What a school's copy of the quiz can be told (a storage namespace, a language, a region, a class) and what the
//! quiz tells the school's page when a student finishes: the completion event. The browser side
//! (`assets/frame.js`) posts the event only to the origin the school declared.

use crate::content::Model;
use crate::json::{push_answers, push_string};
use crate::language::LANGUAGES;
use crate::region::Home;
use crate::scoring::Outcome;

/// How many careers the completion event names.
pub const COMPLETION_TOP: usize = 5;

/// A storage namespace keeps one school's saved progress apart from another's on the same
/// quiz host: 1 to 32 lowercase letters, digits or hyphens.
pub fn storage_namespace(raw: &str) -> Result<&str, &'static str> {
    let ok = (1..=32).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(raw)
    } else {
        Err("storage: use 1 to 32 lowercase letters, digits or hyphens; ignored")
    }
}

/// The language a `lang` option asks for, if the quiz has it. Any other is ignored with a warning.
pub fn language(raw: &str) -> Result<&'static str, &'static str> {
    LANGUAGES.into_iter().find(|l| *l == raw).ok_or("lang: this language is not available; ignored")
}

/// Where a school's students live, from a `region` option: the nation whose pay and routes the
/// quiz shows first until a student says otherwise. Any other value is ignored with a warning.
pub fn region(raw: &str) -> Result<Home, &'static str> {
    Home::from_id(raw).ok_or("region: use england, wales, scotland, northern_ireland, ireland, us or elsewhere; ignored")
}

/// A class tag from a school's link or embed (`class=10B`): 1 to 16 letters, digits or hyphens.
/// It goes into the student's share link, so that a teacher's summary can group the class and
/// flag a link from another one. Any other value is ignored with a warning.
pub fn class_tag(raw: &str) -> Result<&str, &'static str> {
    let ok = (1..=16).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if ok {
        Ok(raw)
    } else {
        Err("class: use 1 to 16 letters, digits or hyphens; ignored")
    }
}

/// What a school's link or embed says about its students: where they live and their class tag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct School {
    pub home: Option<Home>,
    pub class: Option<String>,
}

/// The completion event as JSON, when the outcome ranks careers:
/// `{"type":"career-quiz:completed","top":[{"career":ID,"title":TITLE,"match":0..100},...]}`.
/// The student's answers (by question id) are added only when `answers` is given, which the
/// browser side does only when the school opted in.
pub fn completion_message(model: &Model, outcome: &Outcome, answers: Option<&[Option<u8>]>) -> Option<String> {
    let Outcome::Ranked { matches, .. } = outcome else { return None };
    let mut out = String::from("{\"type\":\"career-quiz:completed\",\"top\":[");
    for (n, m) in matches.iter().take(COMPLETION_TOP).enumerate() {
        let career = &model.content.careers[m.career];
        if n > 0 {
            out.push(',');
        }
        out.push_str("{\"career\":");
        push_string(&mut out, &career.id);
        out.push_str(",\"title\":");
        push_string(&mut out, &career.title);
        out.push_str(",\"match\":");
        out.push_str(&m.percent.to_string());
        out.push('}');
    }
    out.push(']');
    if let Some(answers) = answers {
        out.push_str(",\"answers\":");
        push_answers(&mut out, model, answers);
    }
    out.push('}');
    Some(out)
}
