//! A career's screen in the quiz: the student's match and reasons (when there is a ranking), their
//! answers on the career's top skills, the chart of their profile beside the career's, then the
//! career's page as fetched, with the pay and routes of where the student lives first.

use super::chart::{chart, Chart};
use crate::content::Model;
use crate::messages::Messages;
use crate::pages::{own_region_first, TOP_SKILLS};
use crate::region::Home;
use crate::report::{percent_text, reason_sentence};
use crate::scoring::CareerMatch;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Career {
    pub id: String,
    pub title: String,
    /// The student's match and every reason for it, when there is a ranking.
    pub matched: Option<(String, Vec<String>)>,
    pub skills: Vec<Skill>,
    /// Shown once the student has answered anything.
    pub chart: Option<Chart>,
}

/// One of the career's top work styles, and what the student answered on each question about it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Skill {
    pub trait_id: String,
    pub label: String,
    /// Each question's text and the student's answer (or that it was not answered).
    pub answers: Vec<(String, &'static str)>,
}

pub fn career(model: &Model, text: &Messages, career: usize, matched: Option<&CareerMatch>, answers: &[Option<u8>]) -> Career {
    let c = &model.content.careers[career];
    let skill = |t: usize| Skill {
        trait_id: model.content.traits[t].id.clone(),
        label: model.content.traits[t].label.clone(),
        answers: model
            .questions_on(t)
            .into_iter()
            .map(|q| {
                let question = &model.content.questions[q];
                let answer = answers.get(q).copied().flatten().map_or(text.skills_not_answered(), |a| text.scale_label(question.section, a));
                // Its closing full stop would run into the ": " before the answer.
                (question.text.trim_end_matches(['.', '?', '!']).to_owned(), answer)
            })
            .collect(),
    };
    Career {
        id: c.id.clone(),
        title: c.title.clone(),
        matched: matched.map(|m| (percent_text(text, m), m.because.iter().chain(&m.gaps).map(|r| reason_sentence(model, text, r)).collect())),
        skills: model.top_work_styles(career, TOP_SKILLS).into_iter().map(skill).collect(),
        chart: answers.iter().any(Option::is_some).then(|| chart(model, text, career, answers)),
    }
}

/// The career's page as it stands: being fetched, not to be had (offline), or its fragment,
/// written at build time by `pages`, with the student's own nation first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Loading,
    Offline,
    Html(String),
}

/// `fetched` is `None` while loading, then the fragment or `None` if it could not be had.
pub fn page(text: &Messages, fetched: Option<Option<&str>>, home: Option<Home>) -> Page {
    match fetched {
        None => Page::Loading,
        Some(None) => Page::Offline,
        Some(Some(fragment)) => Page::Html(own_region_first(fragment, home, text.other_regions())),
    }
}
