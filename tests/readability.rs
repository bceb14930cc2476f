//! Readability: the question texts a student reads are at Flesch–Kincaid grade 9 or below.
//! Syllables are counted by the usual rule of thumb (groups of vowels, less a silent final e),
//! which is what readability checkers do; it is close, not exact, for single words.

use career_quiz::content::{Model, Section};
use career_quiz::messages::EN;

fn syllables(word: &str) -> usize {
    let word: String = word.chars().filter(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    if word.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &chars {
        let v = vowel(c);
        if v && !previous_vowel {
            count += 1;
        }
        previous_vowel = v;
    }
    // A silent e ("care"), but not "-le" after a consonant ("able").
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Flesch–Kincaid grade level of a set of sentences.
fn grade(sentences: &[String]) -> f64 {
    let words: Vec<&str> = sentences.iter().flat_map(|s| s.split_whitespace()).filter(|w| w.chars().any(|c| c.is_alphabetic())).collect();
    let syllable_count: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * words.len() as f64 / sentences.len() as f64 + 11.8 * syllable_count as f64 / words.len() as f64 - 15.59
}

#[test]
fn syllable_rule_of_thumb() {
    for (word, expected) in [("care", 1), ("machine", 2), ("table", 2), ("heart", 1), ("operation", 4), ("calm", 1), ("equipment", 3), ("people", 2)]
    {
        assert_eq!(syllables(word), expected, "{word}");
    }
}

#[test]
fn question_texts_are_at_grade_nine_or_below() {
    let model = Model::embedded().unwrap();
    // Each question as the student reads it: the section's prompt and the item, one sentence.
    let sentences: Vec<String> = model
        .content
        .questions
        .iter()
        .map(|q| {
            let (_, prompt) = EN.section(q.section);
            if q.section == Section::Conditions {
                format!("{prompt} {}", q.text)
            } else {
                q.text.clone()
            }
        })
        .collect();
    let overall = grade(&sentences);
    let mut hardest: Vec<(f64, &str)> =
        sentences.iter().zip(&model.content.questions).map(|(s, q)| (grade(std::slice::from_ref(s)), q.id.as_str())).collect();
    hardest.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("Flesch–Kincaid grade of the question bank: {overall:.1}; hardest items: {:?}", &hardest[..5]);
    assert!(overall <= 9.0, "content/questions.toml: the questions read at grade {overall:.1}, above 9; hardest: {:?}", &hardest[..5]);
}
