//! The quiz's screens that are mostly text, as HTML: the welcome page's text, the resume-code
//! form and the privacy page. The browser build draws each in one element (listening there for
//! the form's submit), which costs it far less than a view per screen; the text is tested here.

use crate::html::{push_button, push_element, push_heading, push_tagged, ButtonAction};
use crate::messages::{fill, Messages};

/// The welcome page: what the quiz is, the button to start (or carry on at question
/// `current` + 1, once `answered` > 0), the way to results when the last question has been
/// reached, and the resume-code form (a problem with a code goes in `#resume-code-problem`).
pub fn welcome_html(text: &Messages, careers: usize, questions: usize, answered: usize, current: usize) -> String {
    let mut out = String::from("<section class=\"card welcome\">\n");
    push_heading(&mut out, text.welcome_heading());
    push_tagged(&mut out, "p", &fill(text.count(text.welcome_intro(), careers), &[("careers", &careers.to_string())]));
    push_tagged(&mut out, "p", &fill(text.count(text.welcome_how(), questions), &[("total", &questions.to_string())]));
    push_tagged(&mut out, "p class=\"privacy\"", text.welcome_privacy());
    out.push_str("<div class=\"actions\">");
    let start = if answered == 0 { text.start().to_owned() } else { fill(text.resume(), &[("n", &(current + 1).to_string())]) };
    push_button(&mut out, &start, ButtonAction::Start, true);
    if answered > 0 && current + 1 >= questions {
        push_button(&mut out, text.view_results(), ButtonAction::Results, false);
    }
    out.push_str("</div>\n<details class=\"resume-code\">");
    push_element(&mut out, "summary", text.resume_code_summary());
    out.push_str("<form id=\"resume-form\">");
    push_element(&mut out, "label for=\"resume-code-input\"", text.resume_code_label());
    out.push_str(concat!(
        "<input id=\"resume-code-input\" type=\"text\" autocomplete=\"off\" autocapitalize=\"characters\" ",
        "spellcheck=\"false\" aria-describedby=\"resume-code-problem\">"
    ));
    push_element(&mut out, "button type=\"submit\"", text.resume_code_use());
    out.push_str("<p id=\"resume-code-problem\" role=\"alert\"></p></form></details>\n</section>\n");
    out
}

/// The privacy page of the quiz: what is kept, where, for how long, and how to delete it. HTML,
/// since it is only text: a view of its own would cost the browser build more than this.
pub fn privacy_html(text: &Messages) -> String {
    let mut out = String::from("<article class=\"card privacy-page\">\n");
    push_heading(&mut out, text.privacy_heading());
    for (heading, body) in [
        (text.privacy_what_heading(), text.privacy_what()),
        (text.privacy_where_heading(), text.privacy_where()),
        (text.privacy_how_long_heading(), text.privacy_how_long()),
        (text.privacy_school_heading(), text.privacy_school()),
        (text.privacy_delete_heading(), text.privacy_delete()),
    ] {
        push_tagged(&mut out, "h2", heading);
        push_tagged(&mut out, "p", body);
    }
    out.push_str("<div class=\"actions\">");
    push_button(&mut out, text.privacy_back(), ButtonAction::Home, true);
    out.push_str("</div>\n</article>\n");
    out
}
