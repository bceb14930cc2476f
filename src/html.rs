//! Writing HTML as text, for what the quiz draws from strings rather than views: the static
//! career pages and the quiz's screens that are mostly text: results, comparison, privacy and
//! the class summary. Every text goes through
//! [`push_escaped`], so content can never inject markup.

/// What a button drawn as HTML asks the app to do: its `data-action`. The app listens once, on
/// the element that holds the HTML, and maps the name back with [`ButtonAction::from_name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonAction {
    /// Print the page (or save it as a PDF).
    Print,
    /// Back to the questions, at the first one not answered.
    ChangeAnswers,
    /// Back to the student's own results.
    Results,
    /// Back to the welcome page.
    Home,
    /// Leave someone's shared results for the student's own quiz.
    LeaveShared,
    /// Copy the share link beside the button.
    CopyShareLink,
    /// Open the privacy page.
    ShowPrivacy,
}

impl ButtonAction {
    const ALL: [(ButtonAction, &'static str); 7] = [
        (ButtonAction::Print, "print"),
        (ButtonAction::ChangeAnswers, "change-answers"),
        (ButtonAction::Results, "results"),
        (ButtonAction::Home, "home"),
        (ButtonAction::LeaveShared, "leave-shared"),
        (ButtonAction::CopyShareLink, "copy-share-link"),
        (ButtonAction::ShowPrivacy, "show-privacy"),
    ];

    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|(a, _)| *a == self).map_or("", |(_, name)| name)
    }

    pub fn from_name(name: &str) -> Option<ButtonAction> {
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(a, _)| *a)
    }
}

/// `<button type="button" data-action="...">label</button>`, the main one of its screen if
/// `primary`.
pub fn push_button(out: &mut String, label: &str, action: ButtonAction, primary: bool) {
    out.push_str("<button type=\"button\" data-action=\"");
    out.push_str(action.name());
    out.push('"');
    push_class(out, if primary { "primary" } else { "" });
    out.push('>');
    push_escaped(out, label);
    out.push_str("</button>");
}

/// ` class="..."` in an opening tag, unless `class` is empty.
pub fn push_class(out: &mut String, class: &str) {
    if !class.is_empty() {
        out.push_str(" class=\"");
        out.push_str(class);
        out.push('"');
    }
}

/// A screen's heading, which takes the focus when the screen opens.
pub fn push_heading(out: &mut String, text: &str) {
    push_tagged(out, "h1 tabindex=\"-1\" class=\"autofocus\"", text);
}

/// `<tag>text</tag>` and a new line; `tag` may carry attributes (`p class="x"`).
pub fn push_tagged(out: &mut String, tag: &str, text: &str) {
    push_element(out, tag, text);
    out.push('\n');
}

pub fn push_element(out: &mut String, tag: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    push_escaped(out, text);
    out.push_str("</");
    out.push_str(tag.split(' ').next().unwrap_or(tag));
    out.push('>');
}

/// Appends `text` escaped for HTML text and double-quoted attribute values.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
