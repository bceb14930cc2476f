//! JSON by hand, for the few small shapes the browser reads and writes: the save, the earlier
//! attempts and a language file. `serde_json` cost the wasm about 9.5 KB of brotli to read them
//! and several KB more to write them; this reader is a tenth of that. It reads JSON as
//! `serde_json` does (the tests compare the two on any text) but keeps only what the app looks
//! at: a number is kept only as a whole number, `None` for any other.

use crate::content::Model;
use std::collections::BTreeMap;

/// A JSON value as [`parse`] reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number if it is a whole number from 0 to `u64::MAX` written without a fraction or
    /// exponent (what `serde_json`'s `as_u64` gives), else `None`.
    Number(Option<u64>),
    String(String),
    Array(Vec<Value>),
    /// Keys in order, the last of a repeated key kept, as `serde_json` does.
    Object(BTreeMap<String, Value>),
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => *n,
            _ => None,
        }
    }
}

/// How deeply arrays and objects may nest, as in `serde_json` (127 levels): deeper text is
/// refused rather than allowed to exhaust the stack.
const MAX_DEPTH: usize = 127;

/// The value `text` holds, or `None` if it is not JSON.
pub fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader { text, at: 0 };
    let value = reader.value(MAX_DEPTH)?;
    reader.skip_space();
    (reader.at == text.len()).then_some(value)
}

struct Reader<'a> {
    text: &'a str,
    /// A byte offset, always at a character boundary: it only ever moves past ASCII bytes or to
    /// the end of a run of other characters.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips space, then `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    fn literal(&mut self, word: &str, value: Value) -> Option<Value> {
        self.text[self.at..].starts_with(word).then(|| {
            self.at += word.len();
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.skip_space();
        Some(match self.peek()? {
            b'n' => self.literal("null", Value::Null)?,
            b't' => self.literal("true", Value::Bool(true))?,
            b'f' => self.literal("false", Value::Bool(false))?,
            b'"' => Value::String(self.string()?),
            b'[' => {
                let depth = depth.checked_sub(1)?;
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Value::Array(items)
            }
            b'{' => {
                let depth = depth.checked_sub(1)?;
                self.at += 1;
                let mut map = BTreeMap::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_space();
                        if self.peek() != Some(b'"') {
                            return None;
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return None;
                        }
                        map.insert(key, self.value(depth)?);
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Value::Object(map)
            }
            _ => self.number()?,
        })
    }

    /// The digits from here on; how many.
    fn digits(&mut self) -> usize {
        let from = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - from
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as a whole number or `None`.
    fn number(&mut self) -> Option<Value> {
        let negative = self.eat(b'-');
        let start = self.at;
        let length = self.digits();
        if length == 0 || (length > 1 && self.text.as_bytes()[start] == b'0') {
            return None;
        }
        let end = self.at;
        let mut whole = !negative;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return None;
            }
            whole = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return None;
            }
            whole = false;
        }
        Some(Value::Number(if whole { self.text[start..end].parse().ok() } else { None }))
    }

    /// A string, from its opening quote; escapes as JSON has them, a surrogate pair as one
    /// character and a lone surrogate refused.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self.peek().is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(&self.text[start..self.at]);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(out);
                }
                b'\\' => {
                    self.at += 2;
                    out.push(match self.text.as_bytes().get(self.at - 1)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => match self.hex()? {
                            high @ 0xD800..=0xDBFF => {
                                if !self.text[self.at..].starts_with("\\u") {
                                    return None;
                                }
                                self.at += 2;
                                let low = self.hex().filter(|low| (0xDC00..=0xDFFF).contains(low))?;
                                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                            }
                            code => char::from_u32(code)?,
                        },
                        _ => return None,
                    });
                }
                // A control character, which JSON allows only escaped.
                _ => return None,
            }
        }
    }

    /// Four hex digits, as a `\u` escape has them.
    fn hex(&mut self) -> Option<u32> {
        let digits = self.text.as_bytes().get(self.at..self.at + 4)?;
        self.at += 4;
        digits.iter().try_fold(0, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
    }
}

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

/// Appends when each given answer was given, `{"ID":MILLISECONDS,...}`, leaving out the times
/// not known (0).
pub fn push_answer_times(out: &mut String, model: &Model, answers: &[Option<u8>], times: &[u64]) {
    out.push('{');
    let known = model.content.questions.iter().zip(answers.iter().zip(times)).filter(|(_, (a, &t))| a.is_some() && t > 0);
    for (n, (question, (_, time))) in known.enumerate() {
        if n > 0 {
            out.push(',');
        }
        push_string(out, &question.id);
        out.push(':');
        out.push_str(&time.to_string());
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
    use super::{parse, push_string, Value};
    use proptest::prelude::*;

    /// What `serde_json` reads, as this reader keeps it.
    fn kept(value: &serde_json::Value) -> Value {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.as_u64()),
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(kept).collect()),
            serde_json::Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), kept(v))).collect()),
        }
    }

    /// Both readers on the same text: refused by both, or read alike.
    fn read_alike(text: &str) -> Result<(), TestCaseError> {
        let ours = parse(text);
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(theirs) => prop_assert_eq!(ours, Some(kept(&theirs)), "{:?}", text),
            // The one difference: a number beyond a float's range, which `serde_json` refuses and
            // this reader keeps as not a whole number, as it keeps every number with an exponent.
            Err(e) if e.to_string().starts_with("number out of range") => prop_assert!(ours.is_some()),
            Err(_) => prop_assert_eq!(ours, None, "{:?} is not JSON", text),
        }
        Ok(())
    }

    fn any_json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            (-1e12f64..1e12).prop_map(serde_json::Value::from),
            any::<String>().prop_map(serde_json::Value::String),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..6).prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            ]
        })
    }

    #[test]
    fn the_corner_cases_read_as_serde_json_reads_them() {
        for text in [
            "0",
            "-0",
            "1",
            "01",
            "1.",
            ".5",
            "1.5",
            "1e5",
            "1E+5",
            "1e",
            "-",
            "--1",
            "18446744073709551615",
            "18446744073709551616",
            " [1 , 2 ] ",
            "[1,]",
            "[,1]",
            "{}",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{1:2}",
            "{\"a\":1,\"a\":2}",
            "\"\\u00e9\"",
            "\"\\uD83D\\uDE00\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "\"\\x\"",
            "\"a\tb\"",
            "\"é ✓\"",
            "\"\\u12\"",
            "nul",
            "nulll",
            "true false",
            "",
            " ",
            "\u{feff}1",
            "[\"a\"]x",
            "{\"version\":1,\"answers\":{\"q\":3}}",
        ] {
            read_alike(text).unwrap_or_else(|e| panic!("{e}"));
        }
    }

    #[test]
    fn nesting_stops_where_serde_json_stops_it_without_exhausting_the_stack() {
        for depth in [1, 127, 128, 129, 100_000] {
            let text = "[".repeat(depth) + &"]".repeat(depth);
            read_alike(&text).unwrap_or_else(|e| panic!("depth {depth}: {e}"));
        }
        assert_eq!(parse(&"{\"a\":".repeat(100_000)), None);
    }

    proptest! {
        /// Any JSON `serde_json` writes, compact or pretty, reads as `serde_json` reads it.
        #[test]
        fn json_reads_as_serde_json_reads_it(value in any_json()) {
            read_alike(&serde_json::to_string(&value).unwrap())?;
            read_alike(&serde_json::to_string_pretty(&value).unwrap())?;
        }

        /// Text made of JSON's own characters, mostly not JSON, is refused or read just as
        /// `serde_json` refuses or reads it.
        #[test]
        fn near_json_reads_as_serde_json_reads_it(text in "[\\[\\]{}:,\" \\\\/0-9.eE+\\-abfnrtu\\x00-\\x1f\t]{0,24}") {
            read_alike(&text)?;
        }

        /// A save with one character changed, dropped or added: never a panic, read alike.
        #[test]
        fn damaged_json_reads_as_serde_json_reads_it(at in 0usize..60, edit in 0u8..3, c in any::<char>()) {
            let save = "{\"version\":1,\"answers\":{\"q1\":3,\"q\\u00e9\":[true,null]},\"current\":\"q2\"}";
            let mut chars: Vec<char> = save.chars().collect();
            let at = at.min(chars.len() - 1);
            match edit {
                0 => chars[at] = c,
                1 => { chars.remove(at); }
                _ => chars.insert(at, c),
            }
            read_alike(&chars.into_iter().collect::<String>())?;
        }

        /// Any text written here reads back as the same JSON string.
        #[test]
        fn strings_round_trip(text in any::<String>()) {
            let mut out = String::new();
            push_string(&mut out, &text);
            prop_assert_eq!(serde_json::from_str::<String>(&out).unwrap(), text);
        }
    }
}
