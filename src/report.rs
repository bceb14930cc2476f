//! The results as a student reads them: the ranked matches with their reasons, the interest code,
//! a chart of the student's answers beside a career's profile, the share link, the downloads and
//! what to do next. Written as HTML text (see `html`): the browser build shows it in one element,
//! so the results cost the wasm no view types of their own, and the very text is tested natively.

use crate::content::{Model, Section, TraitKind};
use crate::export;
use crate::html::{push_button, push_class, push_element, push_escaped, push_heading, push_tagged, ButtonAction};
use crate::messages::{fill, Messages};
use crate::region::Home;
use crate::scoring::{close_call, interest_code, trait_scores, CareerMatch, Outcome, Reason, ReasonKind, CLOSE_CALL_POINTS};

/// How many careers get their reasons shown in full; the rest are listed below them.
pub const DETAILED: usize = 5;
/// How many of a career's work styles the chart shows, beside the six interest areas.
pub const CHART_WORK_STYLES: usize = 6;

/// The sentence for one reason: what sets this career apart on the trait, then the answer it
/// rests on. A working condition is one sentence about the answer. The question is quoted
/// without its closing full stop, so the quote never doubles it.
pub fn reason_sentence(model: &Model, text: &Messages, reason: &Reason) -> String {
    let question = &model.content.questions[reason.question];
    let quoted = question.text.trim_end_matches(['.', '?', '!']);
    let quoted = if question.section == Section::Conditions { fill(text.condition_quoted(), &[("question", quoted)]) } else { quoted.to_owned() };
    let answer = fill(text.reason_answer(), &[("answer", text.scale_label(question.section, reason.answer)), ("question", &quoted)]);
    let claim = match (model.content.traits[reason.trait_index].kind, reason.kind) {
        (_, ReasonKind::NotAccepted) => text.reason_not_accepted(),
        (_, ReasonKind::DealBreaker) => text.reason_deal_breaker(),
        (_, ReasonKind::SuitsYou) => text.reason_suits(),
        (TraitKind::Interest, ReasonKind::MoreThanMost) => text.reason_interest_more(),
        (TraitKind::Interest, ReasonKind::LessThanMost) => text.reason_interest_less(),
        (TraitKind::WorkStyle, ReasonKind::MoreThanMost) => text.reason_style_more(),
        (TraitKind::WorkStyle, ReasonKind::LessThanMost) => text.reason_style_less(),
        (_, ReasonKind::MoreThanMost) => text.reason_subject_more(),
        (_, ReasonKind::LessThanMost) => text.reason_subject_less(),
    };
    let values = [
        ("answer", text.scale_label(question.section, reason.answer)),
        ("question", quoted.as_str()),
        ("Topic", &capitalised(&model.content.traits[reason.trait_index].label)),
    ];
    match reason.kind {
        ReasonKind::NotAccepted | ReasonKind::DealBreaker | ReasonKind::SuitsYou => fill(claim, &values),
        _ => format!("{} {answer}", fill(claim, &values)),
    }
}

/// The text with its first letter in upper case, for a label that starts a sentence.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

pub fn percent_text(text: &Messages, m: &CareerMatch) -> String {
    fill(text.match_percent(), &[("percent", &m.percent.to_string())])
}

/// The student's interest code as letters (`"RIC"`) and as the sentence that explains it.
pub fn interest_code_text(model: &Model, text: &Messages, answers: &[Option<u8>]) -> Option<(String, String)> {
    let areas = interest_code(model, answers)?;
    let traits = &model.content.traits;
    let letter = |t: usize| traits[t].onet.as_deref().and_then(|o| o.get(..1)).unwrap_or("?").to_owned();
    let code: String = areas.iter().map(|&t| letter(t)).collect();
    let named = |t: usize| format!("{} ({})", traits[t].label, letter(t));
    let [a, b, c] = areas;
    let sentence = fill(text.interest_code(), &[("code", &code), ("first", &named(a)), ("second", &named(b)), ("third", &named(c))]);
    Some((code, sentence))
}

/// Where and when the results are shown: the quiz's own address (no `#` part), which the share
/// link starts with, and today's date (`YYYY-MM-DD`) for the page and the files.
pub struct ShownAt {
    pub quiz: String,
    pub date: String,
    /// Where the student lives, if they have said: whose pay and routes come first.
    pub home: Option<Home>,
}

/// The results screen for `outcome`, scored from `answers`: the ranking and all that goes with it,
/// or why there is none. `shared` is set for someone else's results from a share link.
/// `history` (earlier attempts, HTML) goes under the ranking.
pub fn results_screen(
    model: &Model,
    text: &Messages,
    outcome: &Outcome,
    answers: &[Option<u8>],
    at: &ShownAt,
    shared: bool,
    history: &str,
) -> String {
    let mut out = String::new();
    let (heading, class) = match (shared, outcome) {
        (true, _) => (text.shared_heading(), "results shared"),
        (false, Outcome::Ranked { .. }) => (text.results_heading(), "results"),
        (false, Outcome::TooFewAnswers { .. }) => (text.too_few_heading(), "card"),
        (false, Outcome::FlatPattern) => (text.flat_heading(), "card"),
        (false, Outcome::MostlyNotSure { .. }) => (text.mostly_unsure_heading(), "card"),
    };
    out.push_str("<section class=\"");
    out.push_str(class);
    out.push_str("\">\n");
    push_heading(&mut out, heading);
    if shared {
        push_tagged(&mut out, "p class=\"notice\"", text.shared_notice());
    }
    match outcome {
        Outcome::Ranked { matches, interests_flat } => {
            out.push_str(&ranked_html(model, text, matches, *interests_flat, answers, at, shared));
            out.push_str(history);
        }
        _ if shared => push_tagged(&mut out, "p", text.shared_too_few()),
        Outcome::TooFewAnswers { answered, needed } => {
            push_tagged(
                &mut out,
                "p",
                &fill(text.count(text.too_few(), *answered), &[("answered", &answered.to_string()), ("needed", &needed.to_string())]),
            );
        }
        Outcome::FlatPattern => push_tagged(&mut out, "p", text.flat()),
        Outcome::MostlyNotSure { .. } => push_tagged(&mut out, "p", text.mostly_unsure()),
    }
    out.push_str("<div class=\"actions\">");
    match (shared, outcome) {
        (true, _) => {
            push_button(&mut out, text.shared_back(), ButtonAction::LeaveShared, true);
            push_button(&mut out, text.print_results(), ButtonAction::Print, false);
        }
        (false, Outcome::Ranked { .. }) => {
            push_button(&mut out, text.change_answers(), ButtonAction::ChangeAnswers, false);
            push_button(&mut out, text.print_results(), ButtonAction::Print, false);
        }
        (false, _) => push_button(&mut out, text.back_to_questions(), ButtonAction::ChangeAnswers, true),
    }
    out.push_str("</div>\n</section>\n");
    out
}

/// Everything on the results screen under its heading, for a ranking. `shared` is set when the
/// answers came from someone's share link rather than this device: the page then offers no link
/// or download of its own.
pub fn ranked_html(
    model: &Model,
    text: &Messages,
    matches: &[CareerMatch],
    interests_flat: bool,
    answers: &[Option<u8>],
    at: &ShownAt,
    shared: bool,
) -> String {
    let mut out = String::new();
    push_tagged(&mut out, "p class=\"results-intro\"", text.results_intro());
    if interests_flat {
        push_tagged(&mut out, "p class=\"notice\"", text.results_interests_flat());
    }
    let close = close_call(matches);
    if close > 1 {
        let note = fill(text.count(text.close_call(), close), &[("count", &close.to_string()), ("points", &CLOSE_CALL_POINTS.to_string())]);
        push_tagged(&mut out, "p class=\"notice close-call\"", &note);
    }
    if let Some((_, sentence)) = interest_code_text(model, text, answers) {
        push_tagged(&mut out, "p class=\"interest-code\"", &sentence);
    }
    if !shared {
        push_home_choice(&mut out, text, at.home);
    }
    let (detailed, others) = matches.split_at(DETAILED.min(matches.len()));
    out.push_str("<ol class=\"matches\">\n");
    for (rank, m) in detailed.iter().enumerate() {
        push_match_card(&mut out, model, text, rank + 1, m, at.home);
    }
    out.push_str("</ol>\n");
    if let Some(best) = matches.first() {
        push_chart(&mut out, model, text, best.career, answers);
    }
    if !shared {
        out.push_str(&crate::compare::form_html(model, text, matches));
    }
    if !others.is_empty() {
        push_tagged(&mut out, "h2 class=\"other-heading\"", text.other_matches());
        out.push_str("<ul class=\"other-matches\">\n");
        for m in others {
            out.push_str("<li>");
            push_career_link(&mut out, model, m.career, "", &model.content.careers[m.career].title);
            out.push(' ');
            push_element(&mut out, "span class=\"percent\"", &percent_text(text, m));
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    push_tagged(&mut out, "h2", text.next_steps_heading());
    push_tagged(&mut out, "p", text.next_steps());
    push_tagged(&mut out, "p class=\"results-date\"", &fill(text.results_date(), &[("date", &at.date)]));
    if !shared {
        push_keep(&mut out, model, text, matches, answers, at);
    }
    out
}

/// "Where do you live?": the choice that puts a nation's pay and routes first, asked once on the
/// results. The app hears it change (`home-choice`) and keeps it with the progress.
fn push_home_choice(out: &mut String, text: &Messages, home: Option<Home>) {
    out.push_str("<form class=\"home-choice\" id=\"home-form\"><label for=\"home-choice\">");
    push_escaped(out, text.home_question());
    out.push_str("</label> <select id=\"home-choice\">");
    let option = |out: &mut String, value: &str, label: &str, selected: bool| {
        out.push_str("<option value=\"");
        out.push_str(value);
        out.push('"');
        if selected {
            out.push_str(" selected");
        }
        out.push('>');
        push_escaped(out, label);
        out.push_str("</option>");
    };
    option(out, "", text.home_none(), home.is_none());
    for h in Home::ALL {
        let label = if h == Home::Elsewhere { text.home_elsewhere() } else { text.region_name(h.id()) };
        option(out, h.id(), label, home == Some(h));
    }
    out.push_str("</select></form>\n");
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

/// One of the top matches: its match, summary, reasons, pay for the student's nation and a link
/// to its page.
fn push_match_card(out: &mut String, model: &Model, text: &Messages, rank: usize, m: &CareerMatch, home: Option<Home>) {
    let career = &model.content.careers[m.career];
    out.push_str("<li class=\"card match\" data-career=\"");
    push_escaped(out, &career.id);
    out.push_str("\">\n<h2><span class=\"rank\">");
    out.push_str(&rank.to_string());
    out.push_str(". </span>");
    push_escaped(out, &career.title);
    out.push_str("</h2>\n");
    push_reasons(out, model, text, m, true);
    if let Some(pay) = pay_line(model, text, m.career, home) {
        push_tagged(out, "p class=\"card-pay\"", &pay);
    }
    out.push_str("<p class=\"more\">");
    push_career_link(out, model, m.career, "button", &fill(text.about_career_named(), &[("career", &career.title)]));
    out.push_str("</p>\n</li>\n");
}

/// The match, and the answers behind it: on the results, a bar, the summary and the reasons under
/// two headings; on a career's page (`full` false) the reasons in one list.
pub fn push_reasons(out: &mut String, model: &Model, text: &Messages, m: &CareerMatch, full: bool) {
    push_tagged(out, "p class=\"percent\"", &percent_text(text, m));
    let list = |out: &mut String, class: &str, reasons: &mut dyn Iterator<Item = &Reason>, empty: Option<&str>| {
        out.push_str("<ul class=\"");
        out.push_str(class);
        out.push_str("\">");
        let mut any = false;
        for reason in reasons {
            push_element(out, "li", &reason_sentence(model, text, reason));
            any = true;
        }
        if let (false, Some(empty)) = (any, empty) {
            push_element(out, "li", empty);
        }
        out.push_str("</ul>\n");
    };
    if full {
        // A <progress>, not a styled span: the Content-Security-Policy allows no inline styles.
        out.push_str("<progress class=\"match-bar\" max=\"100\" value=\"");
        out.push_str(&m.percent.to_string());
        out.push_str("\" aria-hidden=\"true\"></progress>\n");
        push_tagged(out, "p class=\"summary\"", &model.content.careers[m.career].summary);
        push_tagged(out, "h3", text.because_heading());
        list(out, "because", &mut m.because.iter(), None);
        push_tagged(out, "h3", text.gaps_heading());
        list(out, "gaps", &mut m.gaps.iter(), Some(text.no_gaps()));
    } else {
        list(out, "because", &mut m.because.iter().chain(&m.gaps), None);
    }
}

/// A link to a career's screen in the quiz. The app follows `#career/ID` as it follows Back and
/// Forward, so the link needs no handler of its own.
fn push_career_link(out: &mut String, model: &Model, career: usize, class: &str, label: &str) {
    let id = &model.content.careers[career].id;
    out.push_str("<a href=\"#career/");
    push_escaped(out, id);
    out.push('"');
    push_class(out, class);
    out.push('>');
    push_escaped(out, label);
    out.push_str("</a>");
}

/// One row of the chart: a trait, the student's score and the career's level, both 0–100.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    pub trait_index: usize,
    /// `None` when the student answered no question on it.
    pub you: Option<u8>,
    pub job: u8,
}

/// What the chart compares: the six interest areas, then the career's top work styles, each as
/// the student's answers put it and as the career's profile rates it, on one 0–100 scale (100 is
/// the most of it the quiz's scale or O*NET's can show).
pub fn chart_rows(model: &Model, career: usize, answers: &[Option<u8>]) -> Vec<ChartRow> {
    let scores = trait_scores(model, answers);
    let traits = &model.content.traits;
    let interests = (0..traits.len()).filter(|&t| traits[t].kind == TraitKind::Interest);
    interests
        .chain(model.top_work_styles(career, CHART_WORK_STYLES))
        .map(|t| {
            let (low, high) = traits[t].kind.scale();
            let level = (model.levels[career][t] - low) / (high - low);
            ChartRow { trait_index: t, you: scores[t].map(|s| percent_of((s + 1.0) / 2.0)), job: percent_of(level) }
        })
        .collect()
}

fn percent_of(share: f64) -> u8 {
    (share * 100.0).round().clamp(0.0, 100.0) as u8
}

/// The chart's geometry, in SVG user units: it scales to the column's width.
const CHART_WIDTH: u32 = 360;
const BAR_SPAN: u32 = 300;
const ROW_HEIGHT: u32 = 40;
const GROUP_HEIGHT: u32 = 24;

/// "Your answers beside a career's profile": an SVG bar chart for the eye, hidden from screen
/// readers, and the same numbers as a table that only screen readers get.
pub fn push_chart(out: &mut String, model: &Model, text: &Messages, career: usize, answers: &[Option<u8>]) {
    let rows = chart_rows(model, career, answers);
    let title = &model.content.careers[career].title;
    let traits = &model.content.traits;
    out.push_str("<section class=\"profile-chart\">\n");
    push_tagged(out, "h2", &fill(text.chart_heading(), &[("career", title)]));
    push_tagged(out, "p", text.chart_intro());

    let groups = [(TraitKind::Interest, text.chart_interests()), (TraitKind::WorkStyle, text.chart_work_styles())];
    let height = GROUP_HEIGHT * (1 + groups.len() as u32) + ROW_HEIGHT * rows.len() as u32;
    let mut svg = format!("<svg class=\"chart\" viewBox=\"0 0 {CHART_WIDTH} {height}\" aria-hidden=\"true\" focusable=\"false\">\n");
    // The key: which bar is whose.
    svg.push_str("<rect class=\"you\" x=\"0\" y=\"4\" width=\"14\" height=\"10\"/>");
    push_svg_text(&mut svg, 20, 13, "", text.chart_you());
    svg.push_str("<rect class=\"job\" x=\"120\" y=\"4\" width=\"14\" height=\"10\"/>");
    push_svg_text(&mut svg, 140, 13, "", text.chart_job());
    let mut y = GROUP_HEIGHT;
    for (kind, heading) in groups {
        push_svg_text(&mut svg, 0, y + 16, "group", heading);
        y += GROUP_HEIGHT;
        for row in rows.iter().filter(|r| traits[r.trait_index].kind == kind) {
            push_svg_text(&mut svg, 0, y + 12, "", &capitalised(&traits[row.trait_index].label));
            for (class, value, top) in [("you", row.you, y + 16), ("job", Some(row.job), y + 27)] {
                match value {
                    Some(value) => {
                        let width = (u32::from(value) * BAR_SPAN / 100).max(1);
                        svg.push_str(&format!("<rect class=\"{class}\" x=\"0\" y=\"{top}\" width=\"{width}\" height=\"9\"/>"));
                        push_svg_text(&mut svg, width + 4, top + 9, "value", &value.to_string());
                    }
                    None => push_svg_text(&mut svg, 0, top + 9, "value", text.chart_not_answered()),
                }
            }
            y += ROW_HEIGHT;
        }
    }
    svg.push_str("</svg>\n");
    out.push_str(&svg);

    // Hidden by a wrapper: a table given the hiding class itself still lays out at full width.
    out.push_str("<div class=\"visually-hidden\"><table>\n");
    push_tagged(out, "caption", &fill(text.chart_caption(), &[("career", title)]));
    out.push_str("<thead><tr>");
    for heading in [text.chart_area(), text.chart_you(), text.chart_job()] {
        push_element(out, "th scope=\"col\"", heading);
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &rows {
        out.push_str("<tr>");
        push_element(out, "th scope=\"row\"", &capitalised(&traits[row.trait_index].label));
        push_element(out, "td", &row.you.map_or_else(|| text.chart_not_answered().to_owned(), |v| v.to_string()));
        push_element(out, "td", &row.job.to_string());
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn push_svg_text(svg: &mut String, x: u32, y: u32, class: &str, label: &str) {
    svg.push_str(&format!("<text x=\"{x}\" y=\"{y}\""));
    if !class.is_empty() {
        svg.push_str(" class=\"");
        svg.push_str(class);
        svg.push('"');
    }
    svg.push('>');
    push_escaped(svg, label);
    svg.push_str("</text>\n");
}

/// "Keep your results": the share link, and the answers and matches as JSON and CSV files.
fn push_keep(out: &mut String, model: &Model, text: &Messages, matches: &[CareerMatch], answers: &[Option<u8>], at: &ShownAt) {
    let results = export::Results::new(model, answers, matches, &at.date);
    let link = share_link_with(&at.quiz, &results.share_code, at.home);
    out.push_str("<section class=\"keep\">\n");
    push_tagged(out, "h2", text.keep_heading());
    push_tagged(out, "p", text.share_intro());
    out.push_str("<p class=\"share\"><label for=\"share-link\">");
    push_escaped(out, text.share_label());
    out.push_str("</label> <input id=\"share-link\" readonly value=\"");
    push_escaped(out, &link);
    out.push_str("\"> ");
    push_button(out, text.share_copy(), ButtonAction::CopyShareLink, false);
    out.push_str(" <span class=\"share-status\" role=\"status\"></span></p>\n");
    push_tagged(out, "p", text.export_intro());
    out.push_str("<p class=\"downloads\">");
    for (kind, label, body) in [("json", text.export_json(), export::json(&results)), ("csv", text.export_csv(), export::csv(&results, text))] {
        out.push_str("<a class=\"button\" download=\"career-quiz-");
        out.push_str(&at.date);
        out.push('.');
        out.push_str(kind);
        out.push_str("\" href=\"");
        push_escaped(out, &export::data_url(if kind == "json" { "application/json" } else { "text/csv" }, &body));
        out.push_str("\">");
        push_escaped(out, label);
        out.push_str("</a> ");
    }
    out.push_str("</p>\n</section>\n");
}

/// The address that shows these answers' results to whoever opens it: the quiz's address with
/// `#shared/` and the answers' code. The `#` part never leaves the browser, so no server sees it.
pub fn share_link(model: &Model, answers: &[Option<u8>], quiz_address: &str, home: Option<Home>) -> String {
    share_link_with(quiz_address, &crate::resume_code::encode(model, answers, 0), home)
}

/// `QUIZ#shared/CODE`, and `/HOME` after it when the student has said where they live.
fn share_link_with(quiz_address: &str, code: &str, home: Option<Home>) -> String {
    match home {
        Some(home) => format!("{quiz_address}#{SHARED_PREFIX}{code}/{}", home.id()),
        None => format!("{quiz_address}#{SHARED_PREFIX}{code}"),
    }
}

/// What follows `#shared/` in a share link: the answers' code, and where the student lives when
/// the link says (`CODE/wales`). An unknown place is left out, as if the link had none.
pub fn shared_parts(after_prefix: &str) -> (&str, Option<Home>) {
    match after_prefix.rsplit_once('/') {
        Some((code, home)) => (code, Home::from_id(home)),
        None => (after_prefix, None),
    }
}

/// The `#` part of a share link starts with this, and the answers' code follows.
pub const SHARED_PREFIX: &str = "shared/";

/// A career's screen in the quiz: the student's match and reasons (`matched`, when there is a
/// ranking), their answers on the career's top skills, the chart of their profile beside the
/// career's, then the career's page as fetched (`page`: `None` while it loads, `Some(None)` if it
/// could not be had), with the pay and routes of where the student lives (`home`) first.
pub fn career_screen(
    model: &Model,
    text: &Messages,
    career: usize,
    matched: Option<&CareerMatch>,
    answers: &[Option<u8>],
    page: Option<Option<&str>>,
    home: Option<Home>,
) -> String {
    let c = &model.content.careers[career];
    let mut out = String::from("<article class=\"card career\" data-career=\"");
    push_escaped(&mut out, &c.id);
    out.push_str("\">\n");
    push_heading(&mut out, &c.title);
    match page {
        None => push_tagged(&mut out, "p class=\"loading\"", text.career_loading()),
        Some(page) => {
            out.push_str("<div class=\"career-page\">\n");
            if let Some(m) = matched {
                push_reasons(&mut out, model, text, m, false);
            }
            out.push_str(&crate::pages::skills_fit(model, text, career, answers));
            if answers.iter().any(Option::is_some) {
                push_chart(&mut out, model, text, career, answers);
            }
            match page {
                Some(page) => {
                    push_home_choice(&mut out, text, home);
                    out.push_str(&crate::pages::own_region_first(page, home, text.other_regions()));
                }
                None => push_tagged(&mut out, "p class=\"notice\" role=\"alert\"", text.career_offline()),
            }
            out.push_str("</div>\n");
        }
    }
    out.push_str("<div class=\"actions\">");
    push_button(&mut out, text.back_to_results(), ButtonAction::Results, true);
    out.push_str("</div>\n</article>\n");
    out
}
