//! The message catalogue: every string the app shows, from `content/messages/en.toml`.
//! `build.rs` turns the file into the [`Messages`] struct, so the code names keys as fields.

use crate::content::Section;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Messages {
    /// The label of an answer on a section's scale.
    pub fn scale_label(&self, section: Section, answer: u8) -> &'static str {
        let labels = match section {
            Section::Interests => [self.scale_interests_1, self.scale_interests_2, self.scale_3, self.scale_interests_4, self.scale_interests_5],
            Section::WorkStyles => [self.scale_styles_1, self.scale_styles_2, self.scale_3, self.scale_styles_4, self.scale_styles_5],
            Section::Subjects => [self.scale_subjects_1, self.scale_subjects_2, self.scale_3, self.scale_subjects_4, self.scale_subjects_5],
            Section::Conditions => [self.scale_conditions_1, self.scale_conditions_2, self.scale_3, self.scale_conditions_4, self.scale_conditions_5],
        };
        labels[usize::from(answer.clamp(1, 5)) - 1]
    }

    /// The section's name and the question the student answers for each of its items.
    pub fn section(&self, section: Section) -> (&'static str, &'static str) {
        match section {
            Section::Interests => (self.section_interests, self.prompt_interests),
            Section::WorkStyles => (self.section_work_styles, self.prompt_work_styles),
            Section::Subjects => (self.section_subjects, self.prompt_subjects),
            Section::Conditions => (self.section_conditions, self.prompt_conditions),
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
