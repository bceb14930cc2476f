//! The quiz content as data: traits, questions, careers and sources, read from the JSON bundle that
//! `build.rs` makes out of the TOML files under `content/`, then checked and compiled into a
//! [`Model`] that scoring can index without string look-ups.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The bundle of `content/*.toml`, as JSON, made by `build.rs`.
pub const FULL_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));
/// The bundle without what only the career pages need (they are static files, `pages`).
pub const QUIZ_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content-quiz.json"));
/// The Welsh bundle: the English one with `content/cy/`'s texts laid over it.
pub const FULL_JSON_CY: &str = include_str!(concat!(env!("OUT_DIR"), "/content.cy.json"));
/// The quiz's bundle as the fields `Content::from_fields` reads, joined by U+001F: what the
/// browser builds its model from, with no JSON to parse.
pub const QUIZ_FIELDS: &str = include_str!(concat!(env!("OUT_DIR"), "/content-quiz.txt"));
/// What `Model::embedded` reads natively: all of it, for the career pages. The browser reads
/// only the quiz's part, from `QUIZ_FIELDS`.
pub const EMBEDDED_JSON: &str = FULL_JSON;

/// The lowest and highest answer on the quiz's scale.
pub const ANSWER_MIN: u8 = 1;
pub const ANSWER_MAX: u8 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TraitKind {
    Interest,
    WorkStyle,
    Subject,
    Condition,
}

impl TraitKind {
    /// The scale careers are rated on for this kind of trait: O*NET's 1–7 interests, 1–5 otherwise.
    pub fn scale(self) -> (f64, f64) {
        match self {
            TraitKind::Interest => (1.0, 7.0),
            _ => (1.0, 5.0),
        }
    }
}

/// The longest a career's tagline may be, in characters.
pub const TAGLINE_MAX: usize = 70;

/// The six interest areas (Holland's RIASEC, as O*NET names them), by trait id.
pub const RIASEC: [&str; 6] = ["realistic", "investigative", "artistic", "social", "enterprising", "conventional"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Interests,
    WorkStyles,
    Subjects,
    Conditions,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Interests, Section::WorkStyles, Section::Subjects, Section::Conditions];

    pub fn id(self) -> &'static str {
        match self {
            Section::Interests => "interests",
            Section::WorkStyles => "work_styles",
            Section::Subjects => "subjects",
            Section::Conditions => "conditions",
        }
    }

    /// The kind of trait this section's questions may key.
    pub fn trait_kind(self) -> TraitKind {
        match self {
            Section::Interests => TraitKind::Interest,
            Section::WorkStyles => TraitKind::WorkStyle,
            Section::Subjects => TraitKind::Subject,
            Section::Conditions => TraitKind::Condition,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Trait {
    pub id: String,
    pub kind: TraitKind,
    pub label: String,
    #[serde(default)]
    pub onet: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub section: Section,
    pub text: String,
    /// Trait id → weight in −1..1; negative when agreeing means less of the trait.
    pub keys: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OnetRef {
    pub code: String,
    pub title: String,
    pub version: String,
    /// "same" when the O*NET occupation is this career, "nearest" when it is only the closest one.
    #[serde(rename = "match")]
    pub relation: String,
    pub note: String,
    /// O*NET's Job Zone (1–5) for the occupation: how much preparation it needs.
    #[serde(default)]
    pub job_zone: Option<u8>,
}

/// One block of a career's profile: the levels per trait and where they come from.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Levels {
    pub basis: String,
    pub levels: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Career {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub also_known_as: Vec<String>,
    pub summary: String,
    /// The summary in a few words, one line on a phone: for the results' cards.
    pub tagline: String,
    pub what_they_do: String,
    pub where_they_work: String,
    pub hours: String,
    pub how_to_get_there: String,
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<String>,
    pub onet: OnetRef,
    pub interests: Levels,
    pub work_styles: Levels,
    pub subjects: Levels,
    pub conditions: Levels,
    /// A day at work, for the career's page.
    #[serde(default)]
    pub a_day: String,
    #[serde(default)]
    pub outlook: Option<Sourced>,
    /// Facts for the career's page, each with its sources.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Pay, by country or nation.
    #[serde(default)]
    pub pay: Vec<Pay>,
    /// How to get there, by country or nation.
    #[serde(default)]
    pub routes: Vec<Route>,
    /// The NHS band a newly qualified person starts on, where a source gives it.
    #[serde(default)]
    pub nhs_band: Option<NhsBand>,
    /// US pay, where the BLS counts the career on its own or within its closest occupation.
    #[serde(default)]
    pub us_pay: Option<UsPay>,
    /// When the career's facts were last checked against their sources, `YYYY-MM`.
    #[serde(default)]
    pub last_checked: String,
    /// The file the career was read from (added by `build.rs`), for error messages.
    #[serde(default, skip_serializing)]
    pub file: String,
}

/// A text and the sources it comes from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sourced {
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// What a fact on a career's page is about; each has its own heading.
pub const FACT_TOPICS: [&str; 6] = ["work", "scale", "history", "later_options", "qualities", "checks"];

/// Where pay and routes apply. `uk` is all four UK nations; a nation has its own entry only where
/// it differs.
pub const REGIONS: [&str; 7] = ["uk", "england", "wales", "scotland", "northern_ireland", "ireland", "us"];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub topic: String,
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Pay {
    pub region: String,
    pub text: String,
    /// The year the figure is for, as the source gives it (or that it gives none).
    pub year: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Route {
    pub region: String,
    #[serde(default)]
    pub school_subjects: String,
    /// The degree or training post.
    #[serde(default)]
    pub training: String,
    #[serde(default)]
    pub postgraduate: String,
    #[serde(default)]
    pub exams: String,
    #[serde(default)]
    pub registration: String,
    #[serde(default)]
    pub recertification: String,
    #[serde(default)]
    pub bodies: Vec<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Route {
    /// The route's steps, named by their field, in the order a student meets them.
    pub fn steps(&self) -> [(&'static str, &str); 7] {
        [
            ("school_subjects", &self.school_subjects),
            ("training", &self.training),
            ("postgraduate", &self.postgraduate),
            ("exams", &self.exams),
            ("registration", &self.registration),
            ("recertification", &self.recertification),
            ("notes", &self.notes),
        ]
    }
}

impl Career {
    pub fn blocks(&self) -> [(TraitKind, &Levels, &'static str); 4] {
        [
            (TraitKind::Interest, &self.interests, "interests"),
            (TraitKind::WorkStyle, &self.work_styles, "work_styles"),
            (TraitKind::Subject, &self.subjects, "subjects"),
            (TraitKind::Condition, &self.conditions, "conditions"),
        ]
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// The year or date the source gives for itself or its figures, or "undated".
    #[serde(default)]
    pub year: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Content {
    pub traits: Vec<Trait>,
    pub questions: Vec<Question>,
    pub careers: Vec<Career>,
    pub sources: Vec<Source>,
    /// What applies to a nation whatever the career (`content/nations.toml`).
    #[serde(default)]
    pub nations: Nations,
}

/// What applies to a nation whatever the career: the NHS Agenda for Change pay scales, what the
/// nations without a table of their own say about pay, and each nation's official careers service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Nations {
    #[serde(default)]
    pub pay_table: Vec<PayTable>,
    #[serde(default)]
    pub pay_statement: Vec<PayStatement>,
    #[serde(default)]
    pub careers_service: Vec<CareersService>,
}

/// One nation's Agenda for Change pay for one year: each band's pay points, lowest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PayTable {
    pub nation: String,
    /// The pay year, `2026/27`: from April of the first year to March of the next.
    pub period: String,
    pub bands: Vec<BandPay>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BandPay {
    pub band: String,
    /// A year's pay at each point of the band, in pounds, lowest first.
    pub points: Vec<u32>,
}

/// What a source says of a nation's NHS pay where there is no table of its own (parity with
/// England, an award), in its own words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PayStatement {
    pub nation: String,
    pub period: String,
    pub text: String,
    /// The same in a few words, after "NHS Band 5:" on a match card and in the comparison.
    pub short: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A nation's official careers service: where a student goes next when a career has no route of
/// that nation's own in the sources.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CareersService {
    pub nation: String,
    pub label: String,
    /// The source (in `sources.toml`) that is the service's website.
    pub source: String,
}

/// The NHS band a career usually starts on when newly qualified, and trainees' band where
/// trainees are paid on one of their own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NhsBand {
    pub band: String,
    #[serde(default)]
    pub trainee_band: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The US Bureau of Labor Statistics' median pay for the occupation that counts this career.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UsPay {
    /// The Standard Occupational Classification code, `29-1141`.
    pub soc: String,
    /// The occupation's name, as the BLS gives it.
    pub occupation: String,
    /// The median yearly pay, in dollars.
    pub median: u32,
    /// When the figure is for, `May 2025`.
    pub period: String,
    /// `same`: the occupation is this career; `closest`: the career is counted within it, as
    /// the nearest occupation the BLS has.
    pub relation: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// One thing wrong with the content, naming the file, the entry and the field.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub entry: String,
    pub problem: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.problem)
    }
}

/// Why the content could not be used.
#[derive(Debug)]
pub enum ContentError {
    Malformed(String),
    Invalid(Vec<Problem>),
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Malformed(e) => write!(f, "the content bundle is malformed: {e}"),
            ContentError::Invalid(problems) => {
                for p in problems {
                    writeln!(f, "{p}")?;
                }
                Ok(())
            }
        }
    }
}

impl Content {
    /// Reads a JSON bundle: natively only (the browser reads its content from fields, with
    /// `from_fields`). By hand from a `serde_json::Value`, with the page-only tables through the
    /// derived `Deserialize`; the tests check it against the derives, which read the TOML files.
    pub fn from_json(json: &str) -> Result<Content, ContentError> {
        let bundle: serde_json::Value = serde_json::from_str(json).map_err(|e| ContentError::Malformed(e.to_string()))?;
        read_bundle(&bundle).ok_or_else(|| ContentError::Malformed("the bundle lacks a field or has one of the wrong type".into()))
    }

    /// Reads the quiz's bundle from the flat list of fields `build.rs` writes (`quiz_fields`), so
    /// the browser needs no JSON reader for it (about 4 KB less brotli-compressed wasm). `None` if the fields are cut short or of the wrong kind. In order:
    /// - the number of traits, then each trait's id, kind, label and O*NET name (empty if none);
    /// - the number of questions, then each one's id, section, text, number of keys, and each
    ///   key's trait id and weight;
    /// - the number of careers, then each one's id, title, summary, tagline, hours and Job Zone (empty if
    ///   none), the number of its other names and each name, its level for every trait in the traits' order, the number of pay figures and each
    ///   one's region, text and year, the number of routes and each one's region, training, number of
    ///   professional bodies and each body,
    ///   the NHS band and trainees' band (each empty if none), and the US pay's code (empty if
    ///   none), occupation, median, period and relation;
    /// - the number of NHS pay tables, each one's nation, period and number of bands, and each
    ///   band's name, number of points and points; the number of pay statements, each one's
    ///   nation, period, text and short text; the number of careers services, each one's nation, label and
    ///   website (for the browser, the source's address rather than its id).
    ///
    /// Numbers are written as decimals (`-0.5`, `4.25`), read exactly without a float parser.
    pub fn from_fields(fields: &[&str]) -> Option<Content> {
        // A slice, not a generic iterator: one instance for both callers (two cost 1.1 KB of wasm).
        let mut fields = fields.iter().copied();
        let mut next = || fields.next();
        let text = |field: Option<&str>| field.map(str::to_owned);
        let count = |field: Option<&str>| field?.parse::<usize>().ok();
        let mut traits = Vec::new();
        for _ in 0..count(next())? {
            let id = text(next())?;
            let kind = match next()? {
                "interest" => TraitKind::Interest,
                "work_style" => TraitKind::WorkStyle,
                "subject" => TraitKind::Subject,
                "condition" => TraitKind::Condition,
                _ => return None,
            };
            let label = text(next())?;
            let onet = text(next()).filter(|name| !name.is_empty());
            traits.push(Trait { id, kind, label, onet });
        }
        let mut questions = Vec::new();
        for _ in 0..count(next())? {
            let id = text(next())?;
            let section = next()?;
            let section = Section::ALL.into_iter().find(|s| s.id() == section)?;
            let text = text(next())?;
            let mut keys = BTreeMap::new();
            for _ in 0..count(next())? {
                keys.insert(next()?.to_owned(), decimal(next()?)?);
            }
            questions.push(Question { id, section, text, keys });
        }
        let mut careers = Vec::new();
        for _ in 0..count(next())? {
            let mut career = Career {
                id: text(next())?,
                title: text(next())?,
                summary: text(next())?,
                tagline: text(next())?,
                hours: text(next())?,
                ..Career::default()
            };
            let job_zone = next()?;
            career.onet.job_zone = if job_zone.is_empty() { None } else { Some(count(Some(job_zone))?.try_into().ok()?) };
            for _ in 0..count(next())? {
                career.also_known_as.push(text(next())?);
            }
            for t in &traits {
                let level = decimal(next()?)?;
                let block = match t.kind {
                    TraitKind::Interest => &mut career.interests,
                    TraitKind::WorkStyle => &mut career.work_styles,
                    TraitKind::Subject => &mut career.subjects,
                    TraitKind::Condition => &mut career.conditions,
                };
                block.levels.insert(t.id.clone(), level);
            }
            for _ in 0..count(next())? {
                career.pay.push(Pay { region: text(next())?, text: text(next())?, year: text(next())?, sources: Vec::new() });
            }
            for _ in 0..count(next())? {
                let mut route = Route { region: text(next())?, training: text(next())?, ..Route::default() };
                for _ in 0..count(next())? {
                    route.bodies.push(text(next())?);
                }
                career.routes.push(route);
            }
            let (band, trainee_band) = (text(next())?, text(next())?);
            if !band.is_empty() {
                career.nhs_band = Some(NhsBand { band, trainee_band: Some(trainee_band).filter(|b| !b.is_empty()), sources: Vec::new() });
            }
            let soc = text(next())?;
            let (occupation, median, period, relation) = (text(next())?, next()?, text(next())?, text(next())?);
            if !soc.is_empty() {
                let median = u32::try_from(count(Some(median))?).ok()?;
                career.us_pay = Some(UsPay { soc, occupation, median, period, relation, sources: Vec::new() });
            }
            careers.push(career);
        }
        let mut nations = Nations::default();
        for _ in 0..count(next())? {
            let (nation, period) = (text(next())?, text(next())?);
            let mut bands = Vec::new();
            for _ in 0..count(next())? {
                let band = text(next())?;
                let mut points = Vec::new();
                for _ in 0..count(next())? {
                    points.push(u32::try_from(count(next())?).ok()?);
                }
                bands.push(BandPay { band, points });
            }
            nations.pay_table.push(PayTable { nation, period, bands, sources: Vec::new() });
        }
        for _ in 0..count(next())? {
            nations.pay_statement.push(PayStatement {
                nation: text(next())?,
                period: text(next())?,
                text: text(next())?,
                short: text(next())?,
                sources: Vec::new(),
            });
        }
        for _ in 0..count(next())? {
            nations.careers_service.push(CareersService { nation: text(next())?, label: text(next())?, source: text(next())? });
        }
        // Nothing may follow: a longer list is from another version of the format.
        next().is_none().then_some(Content { traits, questions, careers, sources: Vec::new(), nations })
    }

    /// Everything wrong with the content; empty when it is fit to use.
    pub fn problems(&self) -> Vec<Problem> {
        let mut found = Vec::new();
        let mut problem =
            |file: &str, entry: &str, text: String| found.push(Problem { file: file.to_owned(), entry: entry.to_owned(), problem: text });

        let mut trait_kinds = BTreeMap::new();
        for t in &self.traits {
            if !is_id(&t.id) {
                problem(TRAITS, &t.id, "id must be lowercase letters, digits and underscores".into());
            }
            if trait_kinds.insert(t.id.as_str(), t.kind).is_some() {
                problem(TRAITS, &t.id, "id is used twice".into());
            }
            if t.label.trim().is_empty() {
                problem(TRAITS, &t.id, "label is empty".into());
            }
            // The app names each area in everyday words ("Hands-on"), from its message catalogue.
            if t.kind == TraitKind::Interest && !RIASEC.contains(&t.id.as_str()) {
                problem(TRAITS, &t.id, format!("kind: an interest area must be one of RIASEC's six ({})", RIASEC.join(", ")));
            }
        }

        let mut question_ids = BTreeSet::new();
        for q in &self.questions {
            if !is_id(&q.id) {
                problem(QUESTIONS, &q.id, "id must be lowercase letters, digits and underscores".into());
            }
            if !question_ids.insert(q.id.as_str()) {
                problem(QUESTIONS, &q.id, "id is used twice".into());
            }
            if q.text.trim().is_empty() {
                problem(QUESTIONS, &q.id, "text is empty".into());
            }
            if q.keys.is_empty() {
                problem(QUESTIONS, &q.id, "keys is empty: the question would measure nothing".into());
            }
            for (trait_id, weight) in &q.keys {
                match trait_kinds.get(trait_id.as_str()) {
                    None => problem(QUESTIONS, &q.id, format!("keys names unknown trait `{trait_id}`")),
                    Some(kind) if *kind != q.section.trait_kind() => {
                        problem(QUESTIONS, &q.id, format!("keys names `{trait_id}`, a {kind:?} trait, in section {}", q.section.id()))
                    }
                    Some(_) => {}
                }
                if !(weight.is_finite() && (-1.0..=1.0).contains(weight) && *weight != 0.0) {
                    problem(QUESTIONS, &q.id, format!("weight of `{trait_id}` is {weight}, not in -1..1 or zero"));
                }
            }
        }
        for section in Section::ALL {
            if !self.questions.iter().any(|q| q.section == section) {
                problem(QUESTIONS, section.id(), "the section has no questions".into());
            }
        }

        let mut source_ids = BTreeSet::new();
        for s in &self.sources {
            if !source_ids.insert(s.id.as_str()) {
                problem(SOURCES, &s.id, "id is used twice".into());
            }
            if s.title.trim().is_empty() {
                problem(SOURCES, &s.id, "title is empty".into());
            }
            // A student must be able to follow a source and see who stands behind it.
            let missing = |field: &Option<String>| field.as_deref().is_none_or(|f| f.trim().is_empty());
            if missing(&s.url) || !s.url.as_deref().is_some_and(|u| u.starts_with("https://") || u.starts_with("http://")) {
                problem(SOURCES, &s.id, "url is missing or not a web address: every source is a link".into());
            }
            if missing(&s.publisher) {
                problem(SOURCES, &s.id, "publisher is missing: say who published it".into());
            }
            if missing(&s.year) {
                problem(SOURCES, &s.id, "year is missing: the year or date the source gives, or \"undated\"".into());
            }
        }
        // O*NET is a US database of job ratings: it holds no UK route, regulator or pay.
        let onet_only = |sources: &[String]| !sources.is_empty() && sources.iter().all(|s| s.starts_with("onet"));

        let career_ids: BTreeSet<&str> = self.careers.iter().map(|c| c.id.as_str()).collect();
        if career_ids.len() != self.careers.len() {
            problem("content/careers", "", "two careers share an id".into());
        }
        for c in &self.careers {
            let file = if c.file.is_empty() { format!("content/careers/{}.toml", c.id) } else { c.file.clone() };
            let mut problem = |text: String| problem(&file, &c.id, text);
            if !file.ends_with(&format!("/{}.toml", c.id)) {
                problem(format!("id `{}` does not match the file name", c.id));
            }
            for (field, value) in [
                ("title", &c.title),
                ("summary", &c.summary),
                ("tagline", &c.tagline),
                ("what_they_do", &c.what_they_do),
                ("where_they_work", &c.where_they_work),
                ("hours", &c.hours),
                ("how_to_get_there", &c.how_to_get_there),
                ("onet.code", &c.onet.code),
                ("onet.title", &c.onet.title),
                ("onet.version", &c.onet.version),
                ("onet.note", &c.onet.note),
            ] {
                if value.trim().is_empty() {
                    problem(format!("{field} is empty"));
                }
            }
            // The results' cards give it one line on a phone (two in a longer language).
            if c.tagline.chars().count() > TAGLINE_MAX {
                problem(format!("tagline is {} characters: keep it to {TAGLINE_MAX}, one line on a phone", c.tagline.chars().count()));
            }
            // A student reads the title first: one name, the UK one.
            if c.title.contains('/') {
                problem("title has a slash: give the UK name, and other names in also_known_as".into());
            }
            if !c.onet.job_zone.is_some_and(|z| (1..=5).contains(&z)) {
                problem("onet.job_zone must be O*NET's Job Zone for the occupation, 1 to 5".into());
            }
            if c.onet.relation != "same" && c.onet.relation != "nearest" {
                problem(format!("onet.match is `{}`, not \"same\" or \"nearest\"", c.onet.relation));
            }
            for related in &c.related {
                if !career_ids.contains(related.as_str()) || related == &c.id {
                    problem(format!("related names `{related}`, which is not another career"));
                }
            }
            if c.sources.is_empty() {
                problem("sources is empty: every profile needs a source".into());
            }
            for source in &c.sources {
                if !source_ids.contains(source.as_str()) {
                    problem(format!("sources names `{source}`, which is not in {SOURCES}"));
                }
            }
            // Everything on the career's page that states a fact says where it comes from.
            let mut page = Vec::new();
            let mut check_sourced = |what: String, text: &str, sources: &[String]| {
                if text.trim().is_empty() {
                    page.push(format!("{what}: the text is empty"));
                }
                if sources.is_empty() {
                    page.push(format!("{what}: the fact has no source"));
                }
                for source in sources {
                    if !source_ids.contains(source.as_str()) {
                        page.push(format!("{what}: sources names `{source}`, which is not in {SOURCES}"));
                    }
                }
            };
            if let Some(outlook) = &c.outlook {
                check_sourced("outlook".into(), &outlook.text, &outlook.sources);
            }
            for (n, fact) in c.facts.iter().enumerate() {
                check_sourced(format!("facts[{n}]"), &fact.text, &fact.sources);
            }
            for (n, pay) in c.pay.iter().enumerate() {
                check_sourced(format!("pay[{n}]"), &pay.text, &pay.sources);
            }
            for (n, route) in c.routes.iter().enumerate() {
                let all: String = route.steps().iter().map(|(_, s)| *s).chain(route.bodies.iter().map(String::as_str)).collect();
                check_sourced(format!("routes[{n}]"), &all, &route.sources);
            }
            if let Some(band) = &c.nhs_band {
                check_sourced("nhs_band".into(), &band.band, &band.sources);
            }
            if let Some(us) = &c.us_pay {
                check_sourced("us_pay".into(), &us.occupation, &us.sources);
            }
            for (n, fact) in c.facts.iter().enumerate() {
                if !FACT_TOPICS.contains(&fact.topic.as_str()) {
                    page.push(format!("facts[{n}]: topic `{}` is not one of {FACT_TOPICS:?}", fact.topic));
                }
            }
            for (n, pay) in c.pay.iter().enumerate() {
                if !has_year(&pay.year) {
                    page.push(format!("pay[{n}]: year `{}` names no year: a pay figure needs the year it is for", pay.year));
                }
                if onet_only(&pay.sources) {
                    page.push(format!("pay[{n}]: cites only O*NET, which holds no pay"));
                }
            }
            for (n, route) in c.routes.iter().enumerate() {
                if onet_only(&route.sources) {
                    page.push(format!("routes[{n}]: cites only O*NET, which holds no routes or regulators"));
                }
            }
            for (n, fact) in c.facts.iter().enumerate() {
                if onet_only(&fact.sources) {
                    page.push(format!("facts[{n}]: cites only O*NET, which holds no UK facts"));
                }
            }
            if let Some(band) = &c.nhs_band {
                for (field, name) in [("band", Some(&band.band)), ("trainee_band", band.trainee_band.as_ref())] {
                    let Some(name) = name else { continue };
                    for table in self.nations.pay_table.iter().filter(|t| !t.bands.iter().any(|b| &b.band == name)) {
                        page.push(format!("nhs_band.{field}: band `{name}` is not in {NATIONS}'s {} table for {}", table.nation, table.period));
                    }
                }
            }
            if let Some(us) = &c.us_pay {
                if !has_year(&us.period) {
                    page.push(format!("us_pay.period `{}` names no year: a pay figure needs the year it is for", us.period));
                }
                let soc = us.soc.as_bytes();
                if !(soc.len() == 7 && soc[2] == b'-' && soc.iter().enumerate().all(|(i, b)| i == 2 || b.is_ascii_digit())) {
                    page.push(format!("us_pay.soc `{}` is not a US occupation code like 29-1141", us.soc));
                }
                if us.relation != "same" && us.relation != "closest" {
                    page.push(format!(
                        "us_pay.relation is `{}`, not \"same\" or \"closest\" (never show a group's pay as the job's own)",
                        us.relation
                    ));
                }
                if us.median == 0 {
                    page.push("us_pay.median is 0".into());
                }
                if onet_only(&us.sources) {
                    page.push("us_pay: cites only O*NET, which holds no pay".into());
                }
            }
            if let Some(band) = c.nhs_band.as_ref().filter(|b| onet_only(&b.sources)) {
                page.push(format!("nhs_band: band `{}` cites only O*NET, which holds no UK pay", band.band));
            }
            if !crate::dates::is_month(&c.last_checked) {
                page.push(format!("last_checked `{}` is not a month like 2026-12: when were the facts last checked?", c.last_checked));
            }
            let regions = c.pay.iter().map(|p| ("pay", &p.region)).chain(c.routes.iter().map(|r| ("routes", &r.region)));
            for (what, region) in regions {
                if !REGIONS.contains(&region.as_str()) {
                    page.push(format!("{what}: region `{region}` is not one of {REGIONS:?}"));
                }
            }
            for text in page {
                problem(text);
            }
            for (kind, block, name) in c.blocks() {
                if block.basis.trim().is_empty() {
                    problem(format!("{name}.basis is empty: say where the levels come from"));
                }
                let (low, high) = kind.scale();
                for t in self.traits.iter().filter(|t| t.kind == kind) {
                    match block.levels.get(&t.id) {
                        None => problem(format!("{name}.levels has no `{}`", t.id)),
                        Some(v) if !(v.is_finite() && *v >= low && *v <= high) => {
                            problem(format!("{name}.levels.{} is {v}, outside {low}..{high}", t.id))
                        }
                        Some(_) => {}
                    }
                }
                for id in block.levels.keys() {
                    if trait_kinds.get(id.as_str()) != Some(&kind) {
                        problem(format!("{name}.levels names `{id}`, which is not a {kind:?} trait"));
                    }
                }
            }
        }
        self.nation_problems(&source_ids, &mut problem);
        found
    }

    /// What is wrong in `content/nations.toml`: each table and statement needs its year and
    /// sources, each careers service a source with an address.
    fn nation_problems(&self, source_ids: &BTreeSet<&str>, problem: &mut impl FnMut(&str, &str, String)) {
        let sourced = |sources: &[String]| -> Option<String> {
            if sources.is_empty() {
                return Some("sources is empty: say where it comes from".into());
            }
            let unknown = sources.iter().find(|s| !source_ids.contains(s.as_str()))?;
            Some(format!("sources names `{unknown}`, which is not in {SOURCES}"))
        };
        let nation_known = |nation: &str| matches!(nation, "england" | "wales" | "scotland" | "northern_ireland");
        for (n, table) in self.nations.pay_table.iter().enumerate() {
            let entry = format!("pay_table[{n}] ({})", table.nation);
            if !nation_known(&table.nation) {
                problem(NATIONS, &entry, format!("nation `{}` is not a UK nation", table.nation));
            }
            if !has_year(&table.period) {
                problem(NATIONS, &entry, format!("period `{}` names no year: a pay figure needs the year it is for", table.period));
            }
            if let Some(why) = sourced(&table.sources) {
                problem(NATIONS, &entry, why);
            }
            for band in &table.bands {
                if band.points.is_empty() || band.points.windows(2).any(|w| w[0] > w[1]) || band.points[0] == 0 {
                    problem(NATIONS, &entry, format!("bands: band `{}`'s points must be pounds, lowest first", band.band));
                }
            }
        }
        for (n, statement) in self.nations.pay_statement.iter().enumerate() {
            let entry = format!("pay_statement[{n}] ({})", statement.nation);
            if !nation_known(&statement.nation) {
                problem(NATIONS, &entry, format!("nation `{}` is not a UK nation", statement.nation));
            }
            if !has_year(&statement.period) {
                problem(NATIONS, &entry, format!("period `{}` names no year", statement.period));
            }
            for (field, text) in [("text", &statement.text), ("short", &statement.short)] {
                if text.trim().is_empty() {
                    problem(NATIONS, &entry, format!("{field} is empty"));
                }
            }
            if let Some(why) = sourced(&statement.sources) {
                problem(NATIONS, &entry, why);
            }
        }
        for (n, service) in self.nations.careers_service.iter().enumerate() {
            let entry = format!("careers_service[{n}] ({})", service.nation);
            if !nation_known(&service.nation) {
                problem(NATIONS, &entry, format!("nation `{}` is not a UK nation", service.nation));
            }
            if service.label.trim().is_empty() {
                problem(NATIONS, &entry, "label is empty".into());
            }
            if !source_ids.contains(service.source.as_str()) {
                problem(NATIONS, &entry, format!("source `{}` is not in {SOURCES}: it gives the service's address", service.source));
            }
        }
    }
}

fn read_bundle(bundle: &serde_json::Value) -> Option<Content> {
    use serde_json::Value;
    // The quiz's bundle (`QUIZ_JSON`) leaves the sources out, with the other page-only parts.
    let quiz_bundle = bundle.get("sources").is_none();
    fn text(v: &Value, key: &str) -> Option<String> {
        v.get(key)?.as_str().map(str::to_owned)
    }
    fn texts(v: &Value, key: &str) -> Option<Vec<String>> {
        match v.get(key) {
            None => Some(Vec::new()),
            Some(list) => list.as_array()?.iter().map(|s| s.as_str().map(str::to_owned)).collect(),
        }
    }
    fn numbers(v: &Value) -> Option<BTreeMap<String, f64>> {
        v.as_object()?.iter().map(|(k, n)| Some((k.clone(), n.as_f64()?))).collect()
    }
    fn each<T>(v: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
        v.get(key)?.as_array()?.iter().map(read).collect()
    }
    fn each_or_none<T>(v: &Value, key: &str, read: impl Fn(&Value) -> Option<T>) -> Option<Vec<T>> {
        if v.get(key).is_none() {
            return Some(Vec::new());
        }
        each(v, key, read)
    }
    fn kind(v: &Value) -> Option<TraitKind> {
        Some(match v.as_str()? {
            "interest" => TraitKind::Interest,
            "work_style" => TraitKind::WorkStyle,
            "subject" => TraitKind::Subject,
            "condition" => TraitKind::Condition,
            _ => return None,
        })
    }
    // Page-only texts may be absent: the browser's bundle leaves them out.
    let page_text = |v: &Value, key: &str| text(v, key).unwrap_or_default();
    let levels = |v: &Value| Some(Levels { basis: page_text(v, "basis"), levels: numbers(v.get("levels")?)? });
    Some(Content {
        traits: each(bundle, "traits", |t| {
            Some(Trait { id: text(t, "id")?, kind: kind(t.get("kind")?)?, label: text(t, "label")?, onet: text(t, "onet") })
        })?,
        questions: each(bundle, "questions", |q| {
            let section = Section::ALL.into_iter().find(|s| Some(s.id()) == q.get("section").and_then(Value::as_str))?;
            Some(Question { id: text(q, "id")?, section, text: text(q, "text")?, keys: numbers(q.get("keys")?)? })
        })?,
        careers: each(bundle, "careers", |c| {
            let no_onet = Value::Null;
            let onet = c.get("onet").unwrap_or(&no_onet);
            Some(Career {
                id: text(c, "id")?,
                title: text(c, "title")?,
                also_known_as: texts(c, "also_known_as")?,
                summary: text(c, "summary")?,
                tagline: text(c, "tagline")?,
                what_they_do: page_text(c, "what_they_do"),
                where_they_work: page_text(c, "where_they_work"),
                hours: page_text(c, "hours"),
                how_to_get_there: page_text(c, "how_to_get_there"),
                related: texts(c, "related")?,
                sources: texts(c, "sources")?,
                onet: OnetRef {
                    code: page_text(onet, "code"),
                    title: page_text(onet, "title"),
                    version: page_text(onet, "version"),
                    relation: page_text(onet, "match"),
                    note: page_text(onet, "note"),
                    job_zone: onet.get("job_zone").and_then(Value::as_u64).and_then(|z| u8::try_from(z).ok()),
                },
                interests: levels(c.get("interests")?)?,
                work_styles: levels(c.get("work_styles")?)?,
                subjects: levels(c.get("subjects")?)?,
                conditions: levels(c.get("conditions")?)?,
                file: text(c, "file").unwrap_or_default(),
                last_checked: page_text(c, "last_checked"),
                ..extras(c, quiz_bundle)?
            })
        })?,
        sources: each_or_none(bundle, "sources", |s| {
            Some(Source { id: text(s, "id")?, title: text(s, "title")?, publisher: text(s, "publisher"), url: text(s, "url"), year: text(s, "year") })
        })?,
        nations: match bundle.get("nations") {
            None => Nations::default(),
            Some(nations) => serde_json::from_value(nations.clone()).ok()?,
        },
    })
}

/// The career page's facts, pay, routes, day and outlook: for the static pages, written natively.
fn page_extras(c: &serde_json::Value) -> Option<Career> {
    /// Absent is empty; present but malformed is `None`, which fails the whole bundle.
    fn field<T: serde::de::DeserializeOwned + Default>(c: &serde_json::Value, key: &str) -> Option<T> {
        match c.get(key) {
            None => Some(T::default()),
            Some(v) => serde_json::from_value(v.clone()).ok(),
        }
    }
    Some(Career {
        a_day: field(c, "a_day")?,
        outlook: field(c, "outlook")?,
        facts: field(c, "facts")?,
        pay: field(c, "pay")?,
        routes: field(c, "routes")?,
        nhs_band: field(c, "nhs_band")?,
        us_pay: field(c, "us_pay")?,
        ..Career::default()
    })
}

/// What the quiz's bundle keeps of the page-only tables, for the comparison of careers: pay
/// (without sources) and the US training step. The tests read the quiz's bundle with it, to
/// check what the browser reads from its fields.
fn comparison_extras(c: &serde_json::Value) -> Career {
    let text = |v: &serde_json::Value, key: &str| v.get(key).and_then(serde_json::Value::as_str).unwrap_or_default().to_owned();
    let list = |key: &str| c.get(key).and_then(serde_json::Value::as_array).map(Vec::as_slice).unwrap_or_default();
    Career {
        pay: list("pay")
            .iter()
            .map(|p| Pay { region: text(p, "region"), text: text(p, "text"), year: text(p, "year"), sources: Vec::new() })
            .collect(),
        routes: list("routes")
            .iter()
            .map(|r| Route {
                region: text(r, "region"),
                training: text(r, "training"),
                bodies: r
                    .get("bodies")
                    .and_then(serde_json::Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|b| b.as_str().map(str::to_owned))
                    .collect(),
                ..Route::default()
            })
            .collect(),
        // The sources stay on the pages; the rest is what the browser reads from its fields.
        nhs_band: c.get("nhs_band").and_then(|b| serde_json::from_value(b.clone()).ok()).map(|b: NhsBand| NhsBand { sources: Vec::new(), ..b }),
        us_pay: c.get("us_pay").and_then(|u| serde_json::from_value(u.clone()).ok()).map(|u: UsPay| UsPay { sources: Vec::new(), ..u }),
        ..Career::default()
    }
}

fn extras(c: &serde_json::Value, quiz_bundle: bool) -> Option<Career> {
    if quiz_bundle {
        Some(comparison_extras(c))
    } else {
        page_extras(c)
    }
}

/// A decimal as `build.rs` writes it (`-0.5`, `4.25`, `5`): the digits as a whole number divided
/// by a power of ten, both exact, so the one rounding gives what a float parser would.
fn decimal(field: &str) -> Option<f64> {
    let (sign, digits) = match field.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, field),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || fraction.len() > 15 || digits.ends_with('.') {
        return None;
    }
    let mut mantissa: u64 = 0;
    for digit in whole.bytes().chain(fraction.bytes()) {
        if !digit.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(digit - b'0'))?;
    }
    if mantissa >= 1 << 53 {
        return None;
    }
    let scale = fraction.bytes().fold(1.0, |scale, _| scale * 10.0);
    Some(sign * mantissa as f64 / scale)
}

const TRAITS: &str = "content/traits.toml";
const QUESTIONS: &str = "content/questions.toml";
const SOURCES: &str = "content/sources.toml";
const NATIONS: &str = "content/nations.toml";

/// Whether `text` names a year: it holds four digits in a row (`2025/26`, `May 2025`).
fn has_year(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A question compiled for scoring: trait indices instead of ids.
#[derive(Debug, Clone)]
pub struct CompiledQuestion {
    pub section: Section,
    pub keys: Vec<(usize, f64)>,
}

/// The content, checked, with every career's level for every trait in one flat table.
#[derive(Debug, Clone)]
pub struct Model {
    pub content: Content,
    pub questions: Vec<CompiledQuestion>,
    /// `levels[career][trait]`, on the trait kind's own scale.
    pub levels: Vec<Vec<f64>>,
    /// `distinctive[career][trait]`: each career's level less the average career's, how far
    /// above or below the average career of the quiz it is, in the trait's own units (what the
    /// work styles and subjects are matched on). Worked out once here, not for every student.
    pub distinctive: Vec<Vec<f64>>,
    /// The question bank's fingerprint, which every resume code carries.
    pub code_fingerprint: u32,
}

impl Model {
    /// Checks the content, naming every problem, then compiles it.
    pub fn new(content: Content) -> Result<Model, ContentError> {
        let problems = content.problems();
        if !problems.is_empty() {
            return Err(ContentError::Invalid(problems));
        }
        Model::compile(content).ok_or_else(|| ContentError::Malformed("checked content failed to compile".into()))
    }

    /// Indexes the content: `None` if a key or level it needs is missing. It names no problem,
    /// so it carries none of `problems()`'s messages into the browser build.
    fn compile(content: Content) -> Option<Model> {
        let trait_index = |id: &str| content.traits.iter().position(|t| t.id == id);
        let questions = content
            .questions
            .iter()
            .map(|q| {
                let keys = q.keys.iter().map(|(id, w)| Some((trait_index(id)?, *w))).collect::<Option<Vec<_>>>()?;
                Some(CompiledQuestion { section: q.section, keys })
            })
            .collect::<Option<Vec<_>>>()?;
        let levels = content
            .careers
            .iter()
            .map(|c| {
                let blocks = c.blocks();
                content
                    .traits
                    .iter()
                    .map(|t| blocks.iter().find(|(kind, _, _)| *kind == t.kind)?.1.levels.get(&t.id).copied())
                    .collect::<Option<Vec<f64>>>()
            })
            .collect::<Option<Vec<_>>>()?;
        let careers = levels.len() as f64;
        let mut distinctive = levels.clone();
        for t in 0..content.traits.len() {
            let mean = levels.iter().map(|l| l[t]).sum::<f64>() / careers;
            for (c, levels) in levels.iter().enumerate() {
                distinctive[c][t] = levels[t] - mean;
            }
        }
        let code_fingerprint = crate::resume_code::fingerprint(&content);
        Some(Model { content, questions, levels, distinctive, code_fingerprint })
    }

    /// The content built into the binary. Its problems are caught before it ships: the tests
    /// check this very bundle (`tests/content_files.rs`), so here it is only compiled.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded() -> Result<Model, ContentError> {
        Model::from_bundle(EMBEDDED_JSON)
    }

    /// The browser's content built into the wasm, read from its fields.
    #[cfg(target_arch = "wasm32")]
    pub fn embedded() -> Result<Model, ContentError> {
        let content = Content::from_fields(&QUIZ_FIELDS.split('\u{1f}').collect::<Vec<_>>())
            .ok_or_else(|| ContentError::Malformed("the built-in content's fields do not fit".into()))?;
        Model::from_content(content)
    }

    /// A bundle compiled without its problems checked: for the bundles built from checked content.
    pub fn from_bundle(json: &str) -> Result<Model, ContentError> {
        Model::from_content(Content::from_json(json)?)
    }

    /// Compiles content read from a bundle built from checked content, without checking it again.
    pub fn from_content(content: Content) -> Result<Model, ContentError> {
        Model::compile(content).ok_or_else(|| ContentError::Malformed("a question or career names a trait it lacks".into()))
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.content.questions.iter().position(|q| q.id == id)
    }

    pub fn career_index(&self, id: &str) -> Option<usize> {
        self.content.careers.iter().position(|c| c.id == id)
    }

    /// The `n` work styles a career's profile rates highest (trait indices), highest first; ties
    /// in content order. "The skills that matter" on its page, in the static page and the quiz.
    pub fn top_work_styles(&self, career: usize, n: usize) -> Vec<usize> {
        let mut styles: Vec<usize> = (0..self.content.traits.len()).filter(|&t| self.content.traits[t].kind == TraitKind::WorkStyle).collect();
        let level = |t: usize| self.levels[career][t];
        // A plain selection: a dozen traits, and no generic sort in the browser build.
        let mut top = Vec::new();
        while top.len() < n && !styles.is_empty() {
            let best = (0..styles.len()).fold(0, |best, i| if level(styles[i]) > level(styles[best]) { i } else { best });
            top.push(styles.remove(best));
        }
        top
    }

    /// The questions that ask about a trait, by index.
    pub fn questions_on(&self, trait_index: usize) -> Vec<usize> {
        (0..self.questions.len()).filter(|&q| self.questions[q].keys.iter().any(|(t, _)| *t == trait_index)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;
    use proptest::prelude::*;

    proptest! {
        /// The decimal reader gives what Rust's float parser gives, for every decimal `build.rs`
        /// can write, and refuses what it cannot have written.
        #[test]
        fn decimals_read_as_the_float_parser_reads_them(whole in 0u64..10_000_000, fraction in "[0-9]{0,6}", negative: bool) {
            let sign = if negative { "-" } else { "" };
            let written = if fraction.is_empty() { format!("{sign}{whole}") } else { format!("{sign}{whole}.{fraction}") };
            prop_assert_eq!(decimal(&written), Some(written.parse::<f64>().unwrap()));
        }

        #[test]
        fn anything_else_is_refused_or_read_never_a_panic(text in ".{0,24}") {
            if let Some(n) = decimal(&text) {
                prop_assert_eq!(Some(n), text.parse::<f64>().ok());
            }
        }
    }

    #[test]
    fn numbers_build_rs_writes_read_exactly() {
        for n in [4.94, 1.92, -0.5, 5.0, 0.1, 4.67, 1.0, 7.0, 0.0] {
            assert_same_float(decimal(&n.to_string()), Some(n));
        }
        for refused in ["", "-", ".5", "5.", "1e3", "+1", "1.2.3", "99999999999999999"] {
            assert_eq!(decimal(refused), None, "{refused:?}");
        }
    }

    fn assert_same_float(a: Option<f64>, b: Option<f64>) {
        assert_eq!(a.map(f64::to_bits), b.map(f64::to_bits));
    }
}
