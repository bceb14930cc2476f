//! The welcome page and the privacy page.

use crate::messages::{fill, Messages};

/// The welcome page, as the app shows it: what the quiz is, the button to start (or carry on at
/// question `current` + 1, once `answered` > 0), and the way to results when the last question
/// has been reached. The resume-code form below it has only fixed texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Welcome {
    pub intro: String,
    pub how: String,
    pub start: String,
    pub offer_results: bool,
}

pub fn welcome(text: &Messages, careers: usize, questions: usize, answered: usize, current: usize) -> Welcome {
    Welcome {
        intro: fill(text.count(text.welcome_intro(), careers), &[("careers", &careers.to_string())]),
        how: fill(text.count(text.welcome_how(), questions), &[("total", &questions.to_string())]),
        start: if answered == 0 { text.start().to_owned() } else { fill(text.resume(), &[("n", &(current + 1).to_string())]) },
        offer_results: answered > 0 && current + 1 >= questions,
    }
}

/// The privacy page's parts, each a heading and its paragraph: what is kept, where, for how
/// long, what a school's page hears, and how to delete it.
pub fn privacy(text: &Messages) -> [(&'static str, &'static str); 5] {
    [
        (text.privacy_what_heading(), text.privacy_what()),
        (text.privacy_where_heading(), text.privacy_where()),
        (text.privacy_how_long_heading(), text.privacy_how_long()),
        (text.privacy_school_heading(), text.privacy_school()),
        (text.privacy_delete_heading(), text.privacy_delete()),
    ]
}

#[cfg(test)]
mod tests {
    use super::{privacy, welcome, Welcome};
    use crate::messages::{CY, EN};

    #[test]
    fn the_welcome_page_offers_to_start_carry_on_or_see_the_results() {
        let fresh = welcome(&EN, 15, 60, 0, 0);
        assert_eq!(fresh.start, "Start the quiz");
        assert!(!fresh.offer_results);
        assert!(fresh.intro.contains("15") && fresh.how.contains("60"), "{fresh:?}");
        let halfway = welcome(&EN, 15, 60, 12, 11);
        assert_eq!(halfway, Welcome { start: "Carry on from question 12".to_owned(), offer_results: false, ..fresh.clone() });
        assert!(welcome(&EN, 15, 60, 50, 59).offer_results, "the last question reached: the results are offered");
        assert!(!welcome(&EN, 15, 60, 0, 59).offer_results, "not without an answer");
        // Welsh counts with its own plural forms.
        assert_ne!(welcome(&CY, 15, 60, 0, 0).how, fresh.how);
    }

    #[test]
    fn the_privacy_page_says_how_to_delete_in_both_languages() {
        for text in [&EN, &CY] {
            let parts = privacy(text);
            assert!(parts.iter().all(|(heading, body)| !heading.is_empty() && !body.is_empty()), "{}: {parts:?}", text.lang);
            assert_eq!(parts[4].0, text.privacy_delete_heading());
        }
        assert_ne!(privacy(&EN), privacy(&CY));
    }
}
