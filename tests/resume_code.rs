//! The resume code: round-trips any answers, reads back typed variations, and refuses a
//! mistyped, truncated, tampered or other-version code with a reason, never a panic.

use career_quiz::content::Model;
use career_quiz::resume_code::{decode, encode, CodeError, Resumed};
use proptest::prelude::*;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::embedded().unwrap_or_else(|e| panic!("{e}")))
}

fn place_strategy() -> impl Strategy<Value = (Vec<Option<u8>>, usize)> {
    let n = model().questions.len();
    (prop::collection::vec(prop::option::of(1u8..=5), n), 0..n)
}

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn codes_round_trip((answers, current) in place_strategy()) {
        let code = encode(model(), &answers, current);
        prop_assert_eq!(decode(&code, model()), Ok(Resumed { answers: answers.clone(), current }));
        // Lower case, no hyphens, spaces instead: the same code.
        let typed = code.to_lowercase().replace('-', " ");
        prop_assert_eq!(decode(&typed, model()), Ok(Resumed { answers, current }));
    }

    /// Every single wrong character and every swap of two neighbours is caught.
    #[test]
    fn mistakes_are_caught((answers, current) in place_strategy(), position in any::<prop::sample::Index>(), replacement in 0usize..32) {
        let code: Vec<char> = encode(model(), &answers, current).chars().filter(|c| *c != '-').collect();
        let at = position.index(code.len());
        let mut wrong = code.clone();
        wrong[at] = ALPHABET.as_bytes()[replacement] as char;
        if wrong != code {
            prop_assert!(decode(&wrong.iter().collect::<String>(), model()).is_err());
        }
        let mut swapped = code.clone();
        let next = (at + 1).min(code.len() - 1);
        swapped.swap(at, next);
        if swapped != code {
            prop_assert!(decode(&swapped.iter().collect::<String>(), model()).is_err());
        }
    }

    /// Whatever is pasted, decoding answers with a result or a reason.
    #[test]
    fn decoding_never_panics(text in any::<String>()) {
        let _ = decode(&text, model());
    }

    #[test]
    fn decoding_code_like_text_never_panics(text in "[0-9A-Za-z -]{0,60}") {
        if let Ok(resumed) = decode(&text, model()) {
            prop_assert_eq!(resumed.answers.len(), model().questions.len());
            prop_assert!(resumed.current < model().questions.len());
            prop_assert!(resumed.answers.iter().flatten().all(|a| (1..=5).contains(a)));
        }
    }
}

#[test]
fn truncated_and_foreign_codes_get_a_reason() {
    let answers: Vec<Option<u8>> = (0..model().questions.len()).map(|q| Some((q % 5) as u8 + 1)).collect();
    let code = encode(model(), &answers, 7);
    // 60 answers of six values (none, 1-5), the place and the bank's fingerprint in base 32, and
    // two check characters: 37 characters, in groups of four.
    assert_eq!(code.len(), 37 + 9, "37 characters in groups of four: {code}");
    assert!(code.split('-').all(|group| (1..=4).contains(&group.len())), "{code}");
    assert_eq!(decode(&code[..code.len() - 1], model()), Err(CodeError::WrongLength));
    assert_eq!(decode(&format!("{code}A"), model()), Err(CodeError::WrongLength));
    assert_eq!(decode("", model()), Err(CodeError::WrongLength));
    assert_eq!(decode(&code.replacen(|c: char| c.is_ascii_alphanumeric(), "U", 1), model()), Err(CodeError::BadCharacter));
    assert_eq!(decode(&code.replacen(|c: char| c.is_ascii_alphanumeric(), "é", 1), model()), Err(CodeError::BadCharacter));

    // The same code read against a question bank with one question renamed.
    let mut content = model().content.clone();
    content.questions[0].id.push_str("_renamed");
    let changed = Model::new(content).unwrap();
    assert_eq!(decode(&code, &changed), Err(CodeError::OtherVersion));

    // I, L and O are read as 1, 1 and 0, as people often write them.
    let relaxed = code.replace('1', "l").replace('0', "o");
    assert_eq!(decode(&relaxed, model()).map(|r| r.current), Ok(7));
}
