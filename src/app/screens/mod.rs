//! One component per screen, each drawing its view-model from `career_quiz::vm`.

pub mod attempt;
pub mod career;
pub mod compare;
pub mod privacy;
pub mod question;
pub mod results;
pub mod skipped;
pub mod teacher;
pub mod welcome;
