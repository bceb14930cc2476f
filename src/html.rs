//! Writing HTML as text, for the static career pages (`pages`), which are files rather than
//! screens of the app. Every text goes through [`push_escaped`], so content can never inject
//! markup.

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
