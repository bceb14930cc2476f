//! The saved-progress format: what is kept in the browser's local storage after every answer.
//!
//! ```json
//! {"version":2,"answers":{"int_set_up_machines":4},"answered_at":{"int_set_up_machines":1764583200123},
//!  "current":"int_repair_equipment","screen":"quiz"}
//! ```
//! Answers are kept by question id, so a save survives questions being added, removed or
//! reordered. Decoding never panics: it keeps every answer that is still valid and counts the rest.
//!
//! Versions ever written, each with a fixture in `tests/fixtures/progress/` that must keep
//! decoding:
//! - 1: `version`, `answers`, `current`, `screen`;
//! - 2: adds `answered_at`, when each answer was given (milliseconds since 1970 by the browser's
//!   clock), so that two tabs answering at once agree on the newest answer. A version 1 save
//!   reads with every time unknown (0).
//! - 3: the same shape, for the question bank of issue 16. Two questions kept their meaning
//!   under a new id, so an older save's answers to them are read under the new one
//!   ([`RENAMED_IN_3`]); answers to questions that are gone are dropped and counted, as always.
//! - 4: adds `home`, where the student said they live (`region::Home`), when they have said,
//!   and `home_at`, when they said it.
//!
//! A later version adds a fixture and a step in `decode` that reads the older shape.

use crate::attempts;
use crate::compare;
use crate::content::Model;
use crate::json::{self, push_answer_times, push_answers, push_string, Value};
use crate::region::Home;
use crate::resume_code::Resumed;
use crate::scoring::in_scale;
use std::fmt;

/// The version this build writes. Bump it when the format changes, and migrate older ones.
pub const FORMAT_VERSION: u64 = 4;

/// Questions that ask the same thing under a new id since version 3: (old id, new id).
pub const RENAMED_IN_3: [(&str, &str); 2] = [("sub_english", "sub_first_language"), ("con_called_in", "con_on_call")];

/// Where the student is in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Quiz,
    Results,
    /// A career's page, by career index.
    Career(usize),
    /// What the quiz keeps, where, and how to delete it.
    Privacy,
    /// A teacher's class summary from students' share links.
    Teacher,
    /// Two or three careers side by side, by career index.
    Compare(Vec<usize>),
    /// An earlier attempt beside the answers now: 1 is the newest (`attempts`).
    Attempt(usize),
    /// Before the results: the questions the student skipped, offered back. Saved as `quiz`
    /// (the format is unchanged), so a reload without its address comes back to the last question.
    Skipped,
}

impl Screen {
    /// The screen as the page's address shows it after `#`, so that it can be linked to,
    /// reloaded and left with the browser's Back button: empty for the welcome page, `quiz`,
    /// `results`, `privacy`, or `career/ID`.
    pub fn address(&self, model: &Model) -> String {
        match self {
            Screen::Welcome => String::new(),
            Screen::Quiz => "quiz".to_owned(),
            Screen::Results => "results".to_owned(),
            Screen::Privacy => "privacy".to_owned(),
            Screen::Teacher => "teacher".to_owned(),
            Screen::Compare(careers) => format!("compare/{}", career_ids(model, careers)),
            Screen::Attempt(n) => format!("attempt/{n}"),
            Screen::Skipped => "skipped".to_owned(),
            Screen::Career(c) => format!("career/{}", model.content.careers[*c].id),
        }
    }

    /// The screen an address names; `None` for anything else, which the app ignores.
    pub fn from_address(address: &str, model: &Model) -> Option<Screen> {
        Some(match address {
            "" => Screen::Welcome,
            "quiz" => Screen::Quiz,
            "results" => Screen::Results,
            "privacy" => Screen::Privacy,
            "teacher" => Screen::Teacher,
            "skipped" => Screen::Skipped,
            other if other.starts_with("attempt/") => Screen::Attempt(attempt_number(&other[8..])?),
            other if other.starts_with("compare/") => Screen::Compare(compare::careers_named(model, other[8..].split(','))?),
            other => Screen::Career(model.career_index(other.strip_prefix("career/")?)?),
        })
    }

    /// The action that shows this screen.
    pub fn action(&self) -> Action {
        match self {
            Screen::Welcome => Action::Home,
            Screen::Quiz => Action::Start,
            Screen::Results => Action::ShowResults,
            Screen::Privacy => Action::ShowPrivacy,
            Screen::Teacher => Action::ShowTeacher,
            Screen::Compare(careers) => Action::Compare(careers[0], careers[1], careers.get(2).copied()),
            Screen::Attempt(n) => Action::OpenAttempt(*n),
            Screen::Career(c) => Action::OpenCareer(*c),
            Screen::Skipped => Action::ShowSkipped,
        }
    }
}

/// The whole of a student's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// One entry per question, in content order.
    pub answers: Vec<Option<u8>>,
    /// When each answer was given, in milliseconds since 1970 by the browser's clock; 0 when not
    /// known (a version 1 save, a question not answered). Another tab's answer replaces this
    /// tab's only if it is newer.
    pub answered_at: Vec<u64>,
    /// The question on screen, by index.
    pub current: usize,
    pub screen: Screen,
    /// Where the student lives, once they have said: whose pay and routes come first.
    pub home: Option<Home>,
    /// When they last said (or took it back), as `answered_at`: 0 when never. Two tabs settle
    /// on the newer choice.
    pub home_set_at: u64,
    /// The student came back for the questions they skipped: Next goes on to the next of those,
    /// not the next in order. Not saved; only for this visit to the quiz.
    pub reviewing: bool,
}

impl Progress {
    pub fn new(model: &Model) -> Progress {
        let n = model.questions.len();
        Progress {
            answers: vec![None; n],
            answered_at: vec![0; n],
            current: 0,
            screen: Screen::Welcome,
            home: None,
            home_set_at: 0,
            reviewing: false,
        }
    }

    /// Nothing worth keeping: not started, and no choice of where the student lives.
    pub fn is_blank(&self) -> bool {
        self.home_said().is_none() && !self.started()
    }

    /// What the student said about where they live: `Some(None)` when they chose "I would rather
    /// not say", `None` when they have not chosen (or took it back with Clear my data).
    pub fn home_said(&self) -> Option<Option<Home>> {
        (self.home.is_some() || self.home_set_at > 0).then_some(self.home)
    }

    /// Whether the student has begun: an answer, or a screen past the welcome page. (A teacher's
    /// class summary, with no answers of their own, is not a start.)
    pub fn started(&self) -> bool {
        self.answered() > 0 || !matches!(self.screen, Screen::Welcome | Screen::Teacher)
    }

    /// Takes in what another tab saved. Answers are shared, question by question, and the newer
    /// of the two answers wins: the later time, or for the same millisecond the higher answer,
    /// so that both tabs settle on the same one whichever hears the other first. Where to be in
    /// the quiz stays this tab's own. Where the student lives follows the newer choice too. (A
    /// fresh start in another tab removes the save instead, and the app starts afresh on hearing
    /// that.)
    pub fn merge_from_other_tab(&mut self, other: &Progress) -> Merged {
        let mut merged = Merged::default();
        let theirs = other.answers.iter().zip(&other.answered_at);
        for ((mine, my_time), (their_answer, their_time)) in self.answers.iter_mut().zip(self.answered_at.iter_mut()).zip(theirs) {
            let ours = mine.map(|a| (*my_time, a));
            let other = their_answer.map(|a| (*their_time, a));
            if other > ours {
                merged.changed |= *mine != *their_answer;
                *mine = *their_answer;
                *my_time = *their_time;
            } else if ours > other {
                merged.ours_newer = true;
            }
        }
        // Ties in the same millisecond go the same way in both tabs, as for answers.
        let choice = |p: &Progress| (p.home_set_at, p.home.map(Home::id));
        if choice(other) > choice(self) {
            merged.changed = true;
            self.home = other.home;
            self.home_set_at = other.home_set_at;
        } else if choice(self) > choice(other) {
            merged.ours_newer = true;
        }
        merged
    }

    /// Takes the answers and place from a resume code, replacing what was here, and goes on to
    /// the question it was made at.
    /// `at` is the time now: the code's answers count as given then.
    pub fn resume_from(&mut self, resumed: Resumed, model: &Model, at: u64) {
        if resumed.answers.len() == model.questions.len() {
            self.answered_at = resumed.answers.iter().map(|a| if a.is_some() { at } else { 0 }).collect();
            self.answers = resumed.answers;
            self.current = resumed.current.min(model.questions.len().saturating_sub(1));
            self.screen = Screen::Quiz;
        }
    }

    /// The first question with no answer, if any.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    /// When the last answer still given was given (milliseconds since 1970), if any says.
    pub fn finished_at(&self) -> Option<u64> {
        self.answers.iter().zip(&self.answered_at).filter(|(a, _)| a.is_some()).map(|(_, &at)| at).max().filter(|&at| at > 0)
    }

    /// The questions with no answer, by index.
    pub fn skipped(&self) -> Vec<usize> {
        (0..self.answers.len()).filter(|&i| self.answers[i].is_none()).collect()
    }

    /// The question Next leads to, `None` when it leads out of the quiz: the next one in order,
    /// or when reviewing, the next one still unanswered.
    pub fn next_question(&self) -> Option<usize> {
        let after = self.current + 1..self.answers.len();
        if self.reviewing {
            after.into_iter().find(|&i| self.answers[i].is_none())
        } else {
            after.into_iter().next()
        }
    }

    pub fn encode(&self, model: &Model) -> String {
        // Written by hand (see `json`): the shape is fixed and small.
        let questions = &model.content.questions;
        let mut saved = format!("{{\"version\":{FORMAT_VERSION},\"answers\":");
        push_answers(&mut saved, model, &self.answers);
        saved.push_str(",\"answered_at\":");
        push_answer_times(&mut saved, model, &self.answers, &self.answered_at);
        if let Some(q) = questions.get(self.current) {
            saved.push_str(",\"current\":");
            push_string(&mut saved, &q.id);
        }
        saved.push_str(",\"screen\":");
        match &self.screen {
            Screen::Welcome => saved.push_str("\"welcome\""),
            Screen::Quiz => saved.push_str("\"quiz\""),
            Screen::Results => saved.push_str("\"results\""),
            Screen::Career(c) => push_string(&mut saved, &format!("career:{}", model.content.careers[*c].id)),
            Screen::Privacy => saved.push_str("\"privacy\""),
            Screen::Teacher => saved.push_str("\"teacher\""),
            Screen::Compare(careers) => push_string(&mut saved, &format!("compare:{}", career_ids(model, careers))),
            Screen::Attempt(n) => push_string(&mut saved, &format!("attempt:{n}")),
            Screen::Skipped => saved.push_str("\"quiz\""),
        }
        if let Some(home) = self.home {
            saved.push_str(",\"home\":");
            push_string(&mut saved, home.id());
        }
        if self.home_set_at > 0 {
            saved.push_str(",\"home_at\":");
            saved.push_str(&self.home_set_at.to_string());
        }
        saved.push('}');
        saved
    }

    /// Reads a save. Unknown question ids and answers off the scale are dropped and counted;
    /// the rest is kept.
    pub fn decode(text: &str, model: &Model) -> Result<Restored, DecodeError> {
        let value = json::parse(text).ok_or(DecodeError::NotJson)?;
        let Value::Object(saved) = value else { return Err(DecodeError::WrongShape("not an object")) };
        let version = match saved.get("version") {
            Some(Value::Number(n)) => n.ok_or(DecodeError::WrongShape("version is not a whole number"))?,
            _ => return Err(DecodeError::WrongShape("no version")),
        };
        if version > FORMAT_VERSION {
            return Err(DecodeError::NewerVersion(version));
        }
        if version < 1 {
            return Err(DecodeError::WrongShape("version 0 was never written"));
        }
        let Some(Value::Object(answers)) = saved.get("answers") else {
            return Err(DecodeError::WrongShape("no answers"));
        };
        let mut progress = Progress::new(model);
        let mut dropped = 0;
        let current_id = |id: &str| -> Option<usize> {
            let renamed = RENAMED_IN_3.iter().find(|(old, _)| version < 3 && *old == id).map(|(_, new)| *new);
            model.question_index(renamed.unwrap_or(id))
        };
        for (id, value) in answers {
            match (current_id(id), answer_from(value.as_u64())) {
                (Some(q), Some(a)) => progress.answers[q] = Some(a),
                _ => dropped += 1,
            }
        }
        // Version 1 kept no times: every one reads as unknown.
        if let Some(Value::Object(times)) = saved.get("answered_at") {
            for (id, time) in times {
                if let (Some(q), Some(time)) = (current_id(id), time.as_u64()) {
                    if progress.answers[q].is_some() {
                        progress.answered_at[q] = time;
                    }
                }
            }
        }
        let current = saved.get("current").and_then(Value::as_str).and_then(current_id);
        // A save whose current question was removed resumes at the first unanswered one.
        progress.current = current.or_else(|| progress.first_unanswered()).unwrap_or(0);
        progress.screen = match saved.get("screen").and_then(Value::as_str) {
            Some("welcome") => Screen::Welcome,
            Some("quiz") => Screen::Quiz,
            Some("results") => Screen::Results,
            Some("privacy") => Screen::Privacy,
            Some("teacher") => Screen::Teacher,
            Some(s) if s.starts_with("attempt:") => attempt_number(&s[8..]).map_or(Screen::Results, Screen::Attempt),
            Some(s) if s.starts_with("compare:") => match compare::careers_named(model, s[8..].split(',')) {
                Some(careers) => Screen::Compare(careers),
                None => Screen::Results,
            },
            Some(s) => match s.strip_prefix("career:").and_then(|id| model.career_index(id)) {
                Some(c) => Screen::Career(c),
                None if progress.answered() > 0 => Screen::Quiz,
                None => Screen::Welcome,
            },
            None if progress.answered() > 0 => Screen::Quiz,
            None => Screen::Welcome,
        };
        // Where the student lives: kept if it is one the quiz knows, else as if never said.
        progress.home = saved.get("home").and_then(Value::as_str).and_then(Home::from_id);
        progress.home_set_at = saved.get("home_at").and_then(Value::as_u64).unwrap_or(0);
        Ok(Restored { progress, dropped })
    }
}

/// An earlier attempt's number in an address or a save: 1 to `attempts::KEPT`.
fn attempt_number(text: &str) -> Option<usize> {
    text.parse().ok().filter(|n| (1..=attempts::KEPT).contains(n))
}

/// Careers' ids joined by commas, as a comparison's address and save name them.
fn career_ids(model: &Model, careers: &[usize]) -> String {
    let ids: Vec<&str> = careers.iter().map(|&c| model.content.careers[c].id.as_str()).collect();
    ids.join(",")
}

/// An answer as JSON gives it (its `as_u64`): a whole number on the quiz's scale, or `None`.
pub fn answer_from(number: Option<u64>) -> Option<u8> {
    number.and_then(|a| u8::try_from(a).ok()).filter(|a| in_scale(*a))
}

/// What taking in another tab's save did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// An answer here changed.
    pub changed: bool,
    /// This tab holds an answer newer than the other tab's save (or one it lacks), so that save
    /// is behind and this tab should write the merged answers back.
    pub ours_newer: bool,
}

/// A decoded save and how many of its entries could not be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub progress: Progress,
    pub dropped: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    NotJson,
    WrongShape(&'static str),
    /// Written by a newer version of the app; left untouched.
    NewerVersion(u64),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson => write!(f, "the saved progress is not JSON"),
            DecodeError::WrongShape(why) => write!(f, "the saved progress has the wrong shape: {why}"),
            DecodeError::NewerVersion(v) => write!(f, "the saved progress is from a newer version ({v}) of the quiz"),
        }
    }
}

/// What a student can do. Components dispatch these; the state changes only here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the welcome page for the question on record.
    Start,
    /// Answer the question on screen (1..5; anything else is ignored), at a time in milliseconds
    /// since 1970.
    Answer(u8, u64),
    /// On to the next question, answered or skipped; after the last one, to the results.
    Next,
    /// Back to the previous question; from the first one, to the welcome page.
    Back,
    /// Jump to a question, by index.
    GoTo(usize),
    /// Jump to a skipped question, by index, from the offer before the results; Next then goes
    /// on to the next skipped one.
    AnswerSkipped(usize),
    /// The questions the student skipped, offered back before the results.
    ShowSkipped,
    ShowResults,
    OpenCareer(usize),
    ShowPrivacy,
    ShowTeacher,
    /// Two careers side by side, or three, by index.
    Compare(usize, usize, Option<usize>),
    /// An earlier attempt beside the answers now, 1 the newest.
    OpenAttempt(usize),
    /// Back to the welcome page, answers kept.
    Home,
    /// Clear every answer and go back to the welcome page.
    StartAgain,
    /// Where the student lives, or that they would rather not say, and when they said.
    SetHome(Option<Home>, u64),
}

impl Progress {
    pub fn apply(&mut self, action: Action, model: &Model) {
        let last = model.questions.len().saturating_sub(1);
        match action {
            Action::Start => self.screen = Screen::Quiz,
            Action::Answer(answer, at) if in_scale(answer) && self.current < self.answers.len() => {
                self.answers[self.current] = Some(answer);
                self.answered_at[self.current] = at;
            }
            Action::Answer(..) => {}
            Action::Next => match self.next_question() {
                Some(next) => self.current = next,
                None => {
                    self.reviewing = false;
                    self.screen = if self.answered() < self.answers.len() { Screen::Skipped } else { Screen::Results };
                }
            },
            Action::Back if self.current == 0 => self.screen = Screen::Welcome,
            Action::Back => self.current -= 1,
            Action::GoTo(question) => {
                self.current = question.min(last);
                self.screen = Screen::Quiz;
                self.reviewing = false;
            }
            Action::AnswerSkipped(question) => {
                self.current = question.min(last);
                self.screen = Screen::Quiz;
                self.reviewing = true;
            }
            // Nothing skipped (an old link, another tab's answers): nothing to offer.
            Action::ShowSkipped if self.answered() == self.answers.len() => self.screen = Screen::Results,
            Action::ShowSkipped => self.screen = Screen::Skipped,
            Action::ShowResults => self.screen = Screen::Results,
            Action::ShowPrivacy => self.screen = Screen::Privacy,
            Action::ShowTeacher => self.screen = Screen::Teacher,
            Action::OpenAttempt(n) if (1..=attempts::KEPT).contains(&n) => self.screen = Screen::Attempt(n),
            Action::OpenAttempt(_) => {}
            Action::Compare(a, b, c) => {
                if let Some(careers) = compare::careers_picked(model, [Some(a), Some(b), c].into_iter().flatten().collect()) {
                    self.screen = Screen::Compare(careers);
                }
            }
            Action::Home => self.screen = Screen::Welcome,
            Action::OpenCareer(career) if career < model.content.careers.len() => self.screen = Screen::Career(career),
            Action::OpenCareer(_) => {}
            // Where they live is about the student, not the attempt: it stays.
            Action::StartAgain => *self = Progress { home: self.home, home_set_at: self.home_set_at, ..Progress::new(model) },
            Action::SetHome(home, at) => {
                self.home = home;
                self.home_set_at = at;
            }
        }
    }
}
