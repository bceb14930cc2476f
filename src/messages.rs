//! The message catalogue: every string the app shows, from `content/messages/en.toml` and its
//! Welsh twin `cy.toml`. `build.rs` turns the files into the [`Messages`] struct (one static per
//! language, each key an accessor), so a misspelt key is a compile error.

use crate::content::Section;
use crate::plural::Plural;
use crate::resume_code::CodeError;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A fetched language file's messages, in order, kept for the life of the page: each text, and
/// each counting message (an array of its six plural forms).
fn texts_and_plurals(values: &[crate::json::Value]) -> Option<(Vec<&'static str>, Vec<Plural>)> {
    use crate::json::Value;
    let leak = |value: &Value| match value {
        Value::String(text) => Some(&*text.clone().leak()),
        _ => None,
    };
    let (mut texts, mut plurals) = (Vec::new(), Vec::new());
    for value in values {
        match value {
            Value::Array(forms) => {
                let [zero, one, two, few, many, other] = forms.as_slice() else { return None };
                plurals.push(Plural { zero: leak(zero)?, one: leak(one)?, two: leak(two)?, few: leak(few)?, many: leak(many)?, other: leak(other)? });
            }
            text => texts.push(leak(text)?),
        }
    }
    Some((texts, plurals))
}

impl Messages {
    /// The form of a counting message for `n`, by this language's plural rules.
    pub fn count(&self, message: &Plural, n: usize) -> &'static str {
        message.pick(self.lang, n as u64)
    }

    /// The label of an answer on a section's scale.
    pub fn scale_label(&self, section: Section, answer: u8) -> &'static str {
        let labels = match section {
            Section::Interests => {
                [self.scale_interests_1(), self.scale_interests_2(), self.scale_3(), self.scale_interests_4(), self.scale_interests_5()]
            }
            Section::WorkStyles => [self.scale_styles_1(), self.scale_styles_2(), self.scale_3(), self.scale_styles_4(), self.scale_styles_5()],
            Section::Subjects => [self.scale_subjects_1(), self.scale_subjects_2(), self.scale_3(), self.scale_subjects_4(), self.scale_subjects_5()],
            Section::Conditions => {
                [self.scale_conditions_1(), self.scale_conditions_2(), self.scale_3(), self.scale_conditions_4(), self.scale_conditions_5()]
            }
        };
        labels[usize::from(answer.clamp(1, 5)) - 1]
    }

    /// What is wrong with a resume code or share link, for the student or teacher who typed it.
    pub fn code_problem(&self, error: CodeError) -> &'static str {
        match error {
            CodeError::BadCharacter => self.resume_code_bad_character(),
            CodeError::WrongLength => self.resume_code_wrong_length(),
            CodeError::Mistyped => self.resume_code_mistyped(),
            CodeError::OtherVersion => self.resume_code_other_version(),
        }
    }

    /// A region of a pay figure or an entry route, by its id in the content.
    pub fn region_name<'a>(&self, region: &'a str) -> &'a str {
        match region {
            "uk" => self.region_uk(),
            "england" => self.region_england(),
            "wales" => self.region_wales(),
            "scotland" => self.region_scotland(),
            "northern_ireland" => self.region_northern_ireland(),
            "ireland" => self.region_ireland(),
            "us" => self.region_us(),
            other => other,
        }
    }

    /// An interest area's everyday name ("Hands-on" for realistic), by its trait id: one of
    /// RIASEC's six, which the content check holds the interest traits to.
    pub fn interest_name(&self, area: &str) -> &'static str {
        match area {
            "realistic" => self.interest_realistic(),
            "investigative" => self.interest_investigative(),
            "artistic" => self.interest_artistic(),
            "social" => self.interest_social(),
            "enterprising" => self.interest_enterprising(),
            "conventional" => self.interest_conventional(),
            _ => "",
        }
    }

    /// What O*NET's Job Zone (1–5) says about the preparation a job needs.
    pub fn job_zone_meaning(&self, zone: u8) -> &'static str {
        match zone {
            0 | 1 => self.us_job_zone_1(),
            2 => self.us_job_zone_2(),
            3 => self.us_job_zone_3(),
            4 => self.us_job_zone_4(),
            _ => self.us_job_zone_5(),
        }
    }

    /// A level on a 1–5 profile scale, in words.
    pub fn level_words(&self, level: f64) -> String {
        let n = level.round().clamp(1.0, 5.0) as usize;
        let words = [self.compare_level_1(), self.compare_level_2(), self.compare_level_3(), self.compare_level_4(), self.compare_level_5()][n - 1];
        fill(self.compare_level(), &[("level", words), ("n", &n.to_string())])
    }

    /// The section's name and the question the student answers for each of its items.
    pub fn section(&self, section: Section) -> (&'static str, &'static str) {
        match section {
            Section::Interests => (self.section_interests(), self.prompt_interests()),
            Section::WorkStyles => (self.section_work_styles(), self.prompt_work_styles()),
            Section::Subjects => (self.section_subjects(), self.prompt_subjects()),
            Section::Conditions => (self.section_conditions(), self.prompt_conditions()),
        }
    }
}

/// Fills `{name}` placeholders in a message.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
