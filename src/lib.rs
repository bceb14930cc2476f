//! The career quiz's domain: content (traits, questions, careers, sources), scoring, the
//! saved-progress format and the message catalogue. Plain Rust with no web dependency, so it is
//! tested natively and shared by the browser app and the `score` command.

pub mod attempts;
pub mod class;
pub mod compare;
pub mod content;
pub mod dates;
pub mod embed;
pub mod export;
pub mod html;
mod json;
pub mod language;
pub mod messages;
pub mod pages;
pub mod pay;
pub mod plural;
pub mod progress;
pub mod region;
pub mod report;
pub mod resume_code;
pub mod scoring;
pub mod translation;
pub mod validity;
pub mod vm;

pub use content::{Content, Model};
