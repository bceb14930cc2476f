//! What each screen shows, as plain data: texts, numbers and enums, built from the domain and
//! compared by value in tests. The browser app's components draw them (`src/app/screens/`); no
//! markup, CSS class, id or ARIA role is named here.

pub mod attempt;
pub mod career;
pub mod chart;
pub mod class;
pub mod compare;
pub mod qr;
pub mod quiz;
pub mod results;
pub mod welcome;

/// A link to another screen of the quiz: the career's id for `#career/ID`, and its words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CareerLink {
    pub id: String,
    pub label: String,
}
