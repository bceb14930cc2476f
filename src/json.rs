//! Writing JSON by hand, for the few small fixed shapes the app writes: serialising through
//! `serde_json::Value` costs the browser build several KB for no gain.

use crate::content::Model;

/// Appends the answers given as a JSON object by question id, `{"ID":1..5,...}`: the shape both
/// the save and a school's completion event use. Skipped questions are left out.
pub fn push_answers(out: &mut String, model: &Model, answers: &[Option<u8>]) {
    out.push('{');
    let given = model.content.questions.iter().zip(answers).filter_map(|(q, a)| a.map(|a| (q, a)));
    for (n, (question, answer)) in given.enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_string(out, &question.id);
        out.push(':');
        out.push(char::from(b'0' + answer));
    }
    out.push('}');
}

/// Appends `text` as a JSON string, quoted and escaped.
pub fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(u32::from(c) >> 4) as usize]));
                out.push(char::from(HEX[(u32::from(c) & 15) as usize]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::push_string;
    use proptest::prelude::*;

    proptest! {
        /// Any text written here reads back as the same JSON string.
        #[test]
        fn strings_round_trip(text in any::<String>()) {
            let mut out = String::new();
            push_string(&mut out, &text);
            prop_assert_eq!(serde_json::from_str::<String>(&out).unwrap(), text);
        }
    }
}
