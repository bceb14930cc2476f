//! The results' words: the sentence for each reason, a match as a percentage, the interest code,
//! pay in a line, and the share link. The screens' view-models (`vm`) put them together.

use crate::content::{Model, Section, TraitKind};
use crate::messages::{fill, Messages};
use crate::region::Home;
use crate::scoring::{interest_code, CareerMatch, Reason, ReasonKind};

/// Whose answers a reason speaks of: the student's own ("You chose…"), or, on results someone
/// shared, theirs ("They chose…").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Person {
    You,
    They,
}

/// The sentence for one reason: what sets this career apart on the trait, then the answer it
/// rests on. A working condition is one sentence about the answer. The question is quoted
/// without its closing full stop, so the quote never doubles it.
pub fn reason_sentence(model: &Model, text: &Messages, reason: &Reason) -> String {
    reason_sentence_as(model, text, reason, Person::You)
}

/// [`reason_sentence`], for the student's own results or someone else's.
pub fn reason_sentence_as(model: &Model, text: &Messages, reason: &Reason, person: Person) -> String {
    let question = &model.content.questions[reason.question];
    let quoted = question.text.trim_end_matches(['.', '?', '!']);
    let quoted = if question.section == Section::Conditions { fill(text.condition_quoted(), &[("question", quoted)]) } else { quoted.to_owned() };
    let they = person == Person::They;
    let said = if they { text.reason_answer_they() } else { text.reason_answer() };
    let answer = fill(said, &[("answer", text.scale_label(question.section, reason.answer)), ("question", &quoted)]);
    let values = [
        ("answer", text.scale_label(question.section, reason.answer)),
        ("question", quoted.as_str()),
        ("Topic", &capitalised(&model.content.traits[reason.trait_index].label)),
    ];
    let template = match (reason.kind, they) {
        (ReasonKind::NotAccepted, false) => text.reason_not_accepted(),
        (ReasonKind::NotAccepted, true) => text.reason_not_accepted_they(),
        (ReasonKind::DealBreaker, false) => text.reason_deal_breaker(),
        (ReasonKind::DealBreaker, true) => text.reason_deal_breaker_they(),
        (ReasonKind::SuitsYou, false) => text.reason_suits(),
        (ReasonKind::SuitsYou, true) => text.reason_suits_they(),
        _ => return format!("{} {answer}", short_reason_as(model, text, reason, person)),
    };
    fill(template, &values)
}

/// A reason in a few words, for a match card: what sets this career apart on the trait, without
/// the answer it rests on (the card's "Why?" gives that).
pub fn short_reason(model: &Model, text: &Messages, reason: &Reason) -> String {
    short_reason_as(model, text, reason, Person::You)
}

/// [`short_reason`], for the student's own results or someone else's.
pub fn short_reason_as(model: &Model, text: &Messages, reason: &Reason, person: Person) -> String {
    let claim = match (model.content.traits[reason.trait_index].kind, reason.kind) {
        (_, ReasonKind::NotAccepted | ReasonKind::DealBreaker) => return reason_sentence_as(model, text, reason, person),
        (_, ReasonKind::SuitsYou) if person == Person::They => text.reason_suits_short_they(),
        (_, ReasonKind::SuitsYou) => text.reason_suits_short(),
        (TraitKind::Interest, ReasonKind::MoreThanMost) => text.reason_interest_more(),
        (TraitKind::Interest, ReasonKind::LessThanMost) => text.reason_interest_less(),
        (TraitKind::WorkStyle, ReasonKind::MoreThanMost) => text.reason_style_more(),
        (TraitKind::WorkStyle, ReasonKind::LessThanMost) => text.reason_style_less(),
        (_, ReasonKind::MoreThanMost) => text.reason_subject_more(),
        (_, ReasonKind::LessThanMost) => text.reason_subject_less(),
    };
    fill(claim, &[("Topic", &capitalised(&model.content.traits[reason.trait_index].label))])
}

/// The text with its first letter in upper case, for a label that starts a sentence.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

pub fn percent_text(text: &Messages, m: &CareerMatch) -> String {
    fill(text.match_percent(), &[("percent", &m.percent.to_string())])
}

/// An interest area's RIASEC letter, from its O*NET name.
pub fn interest_letter(model: &Model, interest: usize) -> &str {
    model.content.traits[interest].onet.as_deref().and_then(|o| o.get(..1)).unwrap_or("?")
}

/// The student's interest code in RIASEC letters (`"RIC"`), when the interests give one.
pub fn interest_code_letters(model: &Model, answers: &[Option<u8>]) -> Option<String> {
    Some(interest_code(model, answers)?.iter().map(|&t| interest_letter(model, t)).collect())
}

/// The student's interest code as letters (`"RIC"`) and as the sentence that explains it.
pub fn interest_code_text(model: &Model, text: &Messages, answers: &[Option<u8>]) -> Option<(String, String)> {
    let areas = interest_code(model, answers)?;
    let traits = &model.content.traits;
    let letter = |t: usize| interest_letter(model, t).to_owned();
    let code: String = areas.iter().map(|&t| letter(t)).collect();
    let named = |t: usize| format!("{} ({})", traits[t].label, letter(t));
    let [a, b, c] = areas;
    let sentence = fill(text.interest_code(), &[("code", &code), ("first", &named(a)), ("second", &named(b)), ("third", &named(c))]);
    Some((code, sentence))
}

/// A career's pay in one line, for a student who lives in `home`: the first thing the sources
/// say for their own nation (or, without a home, for the first nation that has anything), with
/// its nation. `None` when there is nothing.
pub fn pay_line(model: &Model, text: &Messages, career: usize, home: Option<Home>) -> Option<String> {
    let by_region = crate::pay::by_region(&model.content, career);
    let own = crate::pay::for_home(&by_region, home);
    let region = own.first()?;
    let said = pay_short(text, region.lines.first()?)?;
    Some(fill(text.pay_in(), &[("region", text.region_name(region.region)), ("pay", &said)]))
}

/// One pay line in a few words, for a match card and the comparison; `None` for a trainee's
/// band, which only the career's page gives.
pub fn pay_short(text: &Messages, line: &crate::pay::PayLine) -> Option<String> {
    use crate::pay::{money, PayLine};
    Some(match line {
        PayLine::Band { band, trainee: false, period, low, high, .. } => {
            fill(text.pay_band_short(), &[("band", band), ("period", period), ("low", &money('£', *low)), ("high", &money('£', *high))])
        }
        PayLine::Band { .. } => return None,
        PayLine::Statement { band, short, .. } => fill(text.pay_statement_short(), &[("band", band), ("said", short)]),
        PayLine::Us(us) => {
            let template = if us.relation == "same" { text.pay_us_short() } else { text.pay_us_short_closest() };
            fill(template, &[("occupation", &us.occupation), ("median", &money('$', us.median)), ("period", &us.period)])
        }
        PayLine::Fact(pay) => format!("{} {}", pay.text, fill(text.compare_pay_year(), &[("year", &pay.year)])),
    })
}

/// The address that shows these answers' results to whoever opens it: the quiz's address with
/// `#shared/` and the answers' code. The `#` part never leaves the browser, so no server sees it.
pub fn share_link(model: &Model, answers: &[Option<u8>], quiz_address: &str, home: Option<Home>) -> String {
    share_link_with(quiz_address, &crate::resume_code::encode(model, answers, 0), &LinkTags { home, ..LinkTags::default() })
}

/// What a share link may say after its code, each part only when known: where the student
/// lives (`/wales`), the class tag of the school's link (`/class=10B`), and when the student
/// finished (`/done=2026-12-02T10:15`, only in the link a student sends their teacher).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkTags {
    pub home: Option<Home>,
    pub class: Option<String>,
    pub finished: Option<String>,
}

/// `QUIZ#shared/CODE`, then each of the `tags` there are.
pub fn share_link_with(quiz_address: &str, code: &str, tags: &LinkTags) -> String {
    let mut link = format!("{quiz_address}#{SHARED_PREFIX}{code}");
    if let Some(home) = tags.home {
        link.push('/');
        link.push_str(home.id());
    }
    for (key, value) in [(CLASS_KEY, &tags.class), (FINISHED_KEY, &tags.finished)] {
        if let Some(value) = value {
            link.push_str(&format!("/{key}={value}"));
        }
    }
    link
}

const CLASS_KEY: &str = "class";
const FINISHED_KEY: &str = "done";

/// What follows `#shared/` in a share link: the answers' code, and the tags after it. A part
/// that is unknown or not well formed is left out, as if the link had none.
pub fn shared_parts(after_prefix: &str) -> (&str, LinkTags) {
    let mut parts = after_prefix.split('/');
    let code = parts.next().unwrap_or_default();
    let mut tags = LinkTags::default();
    for part in parts {
        match part.split_once('=') {
            Some((CLASS_KEY, class)) => tags.class = crate::embed::class_tag(class).ok().map(str::to_owned),
            Some((FINISHED_KEY, at)) => tags.finished = crate::dates::is_minute(at).then(|| at.to_owned()),
            Some(_) => {}
            None => tags.home = tags.home.or(Home::from_id(part)),
        }
    }
    (code, tags)
}

/// The line a student sends their teacher: their first name as they typed it (spaces and
/// control characters tidied), a dash, and the link. `None` when no name was typed.
pub fn teacher_line(name: &str, link: &str) -> Option<String> {
    let name: Vec<&str> = name.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
    (!name.is_empty()).then(|| format!("{} – {link}", name.join(" ")))
}

/// The `#` part of a share link starts with this, and the answers' code follows.
pub const SHARED_PREFIX: &str = "shared/";
