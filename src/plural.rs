//! Plural forms, by the Unicode CLDR rules for whole numbers. English has two forms (one, other);
//! Welsh has all six categories. Only whole numbers are ever counted in the quiz, so the rules
//! for decimals are left out.

/// A message that counts something: one text per CLDR category. A language with fewer categories
/// repeats its `other` form in the ones it does not use (`build.rs` fills them in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plural {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

/// The CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The category of the whole number `n` in `language` (an ISO 639-1 code).
pub fn category(language: &str, n: u64) -> Category {
    match language {
        // CLDR (plurals.xml), cy: zero n = 0; one n = 1; two n = 2; few n = 3; many n = 6.
        "cy" => match n {
            0 => Category::Zero,
            1 => Category::One,
            2 => Category::Two,
            3 => Category::Few,
            6 => Category::Many,
            _ => Category::Other,
        },
        // en: one i = 1 and v = 0.
        _ if n == 1 => Category::One,
        _ => Category::Other,
    }
}

impl Plural {
    /// The form for `n` in `language`.
    pub fn pick(&self, language: &str, n: u64) -> &'static str {
        match category(language, n) {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => self.other,
        }
    }
}
