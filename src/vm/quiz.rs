//! The question screen's parts beside the question: the progress bar in its four sections, the
//! "halfway" moment after the interest items, and the offer of skipped questions before the
//! results.

use crate::content::{Model, Section};
use crate::messages::{fill, Messages};
use crate::scoring::{interest_code, interest_scores};

/// One of the progress bar's four parts: where its questions start, how many it has and how
/// many of them are behind the student (the one on screen counts). The section's name is said
/// above the bar.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Segment {
    /// The index of its first question.
    pub start: usize,
    pub questions: usize,
    pub done: usize,
}

/// The progress bar's sections, in the order the questions come, with question `current` on
/// screen.
pub fn segments(model: &Model, current: usize) -> Vec<Segment> {
    let questions = &model.content.questions;
    Section::ALL
        .iter()
        .map(|&section| {
            let start = questions.iter().position(|q| q.section == section).unwrap_or(0);
            let count = questions.iter().filter(|q| q.section == section).count();
            Segment { start, questions: count, done: (current + 1).saturating_sub(start).min(count) }
        })
        .filter(|s| s.questions > 0)
        .collect()
}

/// Said on the first question after the interest items, when the answers so far lean one way:
/// "So far you lean towards Helping and Investigating."
pub fn halfway(model: &Model, text: &Messages, current: usize, answers: &[Option<u8>]) -> Option<String> {
    let questions = &model.content.questions;
    let first_after = current > 0 && questions[current - 1].section == Section::Interests && questions[current].section != Section::Interests;
    if !first_after {
        return None;
    }
    let [first, second, _] = interest_code(model, answers)?;
    let ids = |t: usize| model.content.traits[t].id.as_str();
    Some(fill(text.halfway(), &[("first", text.interest_name(ids(first))), ("second", text.interest_name(ids(second)))]))
}

/// The six interest areas under their everyday names, each with the student's score as 0–100
/// (`None` when no question on it was answered), strongest first.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InterestBar {
    pub trait_id: String,
    pub name: &'static str,
    pub percent: Option<u8>,
}

pub fn interest_bars(model: &Model, text: &Messages, answers: &[Option<u8>]) -> Vec<InterestBar> {
    let traits = &model.content.traits;
    let mut bars: Vec<InterestBar> = interest_scores(model, answers)
        .into_iter()
        .enumerate()
        .map(|(t, score)| InterestBar {
            trait_id: traits[t].id.clone(),
            name: text.interest_name(&traits[t].id),
            // −1..1 onto 0–100.
            percent: score.map(|s| ((s + 1.0) * 50.0).round().clamp(0.0, 100.0) as u8),
        })
        .collect();
    bars.sort_by_key(|b| std::cmp::Reverse(b.percent));
    bars
}

/// The offer before the results: each skipped question's number and text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SkippedQuestion {
    pub index: usize,
    pub label: String,
}

pub fn skipped(model: &Model, text: &Messages, answers: &[Option<u8>]) -> Vec<SkippedQuestion> {
    (0..answers.len().min(model.questions.len()))
        .filter(|&i| answers[i].is_none())
        .map(|i| SkippedQuestion {
            index: i,
            label: fill(text.skipped_item(), &[("n", &(i + 1).to_string()), ("question", &question_text(model, i))]),
        })
        .collect()
}

/// A question as the student reads it on its own: a working condition is the end of the
/// sentence "Would you be happy in a job where you…", so it starts with an ellipsis.
pub fn question_text(model: &Model, index: usize) -> String {
    let question = &model.content.questions[index];
    if question.section == Section::Conditions {
        format!("…{}?", question.text)
    } else {
        question.text.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Model;
    use crate::messages::EN;

    fn model() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn the_bar_has_four_sections_that_fill_in_order() {
        let m = model();
        let at_start = segments(m, 0);
        assert_eq!(at_start.len(), 4);
        assert_eq!(at_start.iter().map(|s| s.questions).sum::<usize>(), m.questions.len());
        assert_eq!(at_start.iter().map(|s| s.done).collect::<Vec<_>>(), [1, 0, 0, 0]);
        let last = segments(m, m.questions.len() - 1);
        assert!(last.iter().all(|s| s.done == s.questions), "{last:?}");
        let interests = at_start[0].questions;
        assert_eq!(segments(m, interests).iter().map(|s| s.done).collect::<Vec<_>>()[..2], [interests, 1]);
    }

    #[test]
    fn halfway_names_the_two_strongest_interest_areas_once_the_interest_items_are_done() {
        let m = model();
        let interests = m.content.questions.iter().filter(|q| q.section == Section::Interests).count();
        let social = m.content.traits.iter().position(|t| t.id == "social").unwrap();
        let investigative = m.content.traits.iter().position(|t| t.id == "investigative").unwrap();
        let answers: Vec<Option<u8>> = m
            .content
            .questions
            .iter()
            .map(|q| {
                let t = m.content.traits.iter().position(|t| q.keys.contains_key(&t.id)).unwrap();
                match (q.section, t) {
                    (Section::Interests, t) if t == social => Some(5),
                    (Section::Interests, t) if t == investigative => Some(4),
                    (Section::Interests, _) => Some(2),
                    _ => None,
                }
            })
            .collect();
        assert_eq!(halfway(m, &EN, interests, &answers).as_deref(), Some("So far you lean towards Helping and Investigating."));
        assert_eq!(halfway(m, &EN, interests - 1, &answers), None, "not before the interest items are done");
        assert_eq!(halfway(m, &EN, interests + 1, &answers), None, "only on the first question after them");
        assert_eq!(halfway(m, &EN, interests, &vec![None; m.questions.len()]), None, "not with no interests answered");
    }

    #[test]
    fn the_interest_bars_use_everyday_names_strongest_first() {
        let m = model();
        let bars = interest_bars(m, &EN, &vec![Some(3); m.questions.len()]);
        let mut names: Vec<_> = bars.iter().map(|b| b.name).collect();
        names.sort();
        assert_eq!(names, ["Creating", "Hands-on", "Helping", "Investigating", "Organising", "Persuading"]);
        assert!(bars.iter().all(|b| b.percent == Some(50)), "{bars:?}");
        assert!(interest_bars(m, &EN, &vec![None; m.questions.len()]).iter().all(|b| b.percent.is_none()));
    }

    #[test]
    fn the_offer_lists_each_skipped_question_by_number() {
        let m = model();
        let mut answers = vec![Some(3); m.questions.len()];
        answers[1] = None;
        answers[m.questions.len() - 1] = None;
        let offer = skipped(m, &EN, &answers);
        assert_eq!(offer.iter().map(|s| s.index).collect::<Vec<_>>(), [1, m.questions.len() - 1]);
        assert!(offer[0].label.starts_with("2. "), "{}", offer[0].label);
        let last = format!("{}. …", m.questions.len());
        assert!(offer[1].label.starts_with(&last), "{} should start {last}", offer[1].label);
    }
}
