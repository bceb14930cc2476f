//! An earlier attempt beside the answers now: the matches then and now for every career in either
//! top five, and the interest code then and now.

use crate::attempts::{ranking, Attempt};
use crate::content::Model;
use crate::messages::{fill, Messages};
use crate::report::interest_code_text;
use crate::scoring::CareerMatch;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThenAndNow {
    pub intro: String,
    /// "Interest code then: … now: …".
    pub codes: String,
    pub caption: String,
    /// The earlier attempt's date, the heading of its column.
    pub date: String,
    pub rows: Vec<Change>,
}

/// One career: its match then and now, and the change.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Change {
    pub id: String,
    pub title: String,
    pub then: String,
    pub now: String,
    pub change: String,
}

/// `attempt` is `None` when the address names one that is not on this device: so is the result.
pub fn then_and_now(model: &Model, text: &Messages, attempt: Option<&Attempt>, now: &[Option<u8>]) -> Option<ThenAndNow> {
    let attempt = attempt?;
    let code = |answers: &[Option<u8>]| interest_code_text(model, text, answers).map_or_else(|| "–".to_owned(), |(code, _)| code);
    let (then, now_ranked) = (ranking(model, &attempt.answers).unwrap_or_default(), ranking(model, now).unwrap_or_default());
    // Every career in either top five, in today's order, then those only the earlier one had.
    let mut careers: Vec<usize> = now_ranked.iter().take(5).map(|m| m.career).collect();
    for m in then.iter().take(5) {
        if !careers.contains(&m.career) {
            careers.push(m.career);
        }
    }
    let percent = |ranking: &[CareerMatch], c: usize| ranking.iter().find(|m| m.career == c).map(|m| m.percent);
    let shown =
        |p: Option<u8>| p.map_or_else(|| text.attempt_not_ranked().to_owned(), |p| fill(text.match_percent(), &[("percent", &p.to_string())]));
    let rows = careers
        .into_iter()
        .map(|c| {
            let (before, after) = (percent(&then, c), percent(&now_ranked, c));
            let change = match (before, after) {
                (Some(b), Some(a)) if a > b => fill(text.attempt_up(), &[("points", &(a - b).to_string())]),
                (Some(b), Some(a)) if a < b => fill(text.attempt_down(), &[("points", &(b - a).to_string())]),
                (Some(_), Some(_)) => text.attempt_same().to_owned(),
                _ => String::new(),
            };
            let career = &model.content.careers[c];
            Change { id: career.id.clone(), title: career.title.clone(), then: shown(before), now: shown(after), change }
        })
        .collect();
    Some(ThenAndNow {
        intro: fill(text.attempt_intro(), &[("date", &attempt.date)]),
        codes: fill(text.attempt_codes(), &[("then", &code(&attempt.answers)), ("now", &code(now))]),
        caption: fill(text.attempt_caption(), &[("date", &attempt.date)]),
        date: attempt.date.clone(),
        rows,
    })
}
