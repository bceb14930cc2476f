//! Where the student lives, which decides whose pay and training routes a career shows first.
//! The content's pay and routes are by region (`content::REGIONS`: `uk` for all four UK nations,
//! each nation, the Republic of Ireland and the US); a student picks where they live once, on
//! their results, and it is kept with their progress and carried in their share link.

/// Where a student lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    England,
    Wales,
    Scotland,
    NorthernIreland,
    Ireland,
    Us,
    Elsewhere,
}

impl Home {
    pub const ALL: [Home; 7] = [Home::England, Home::Wales, Home::Scotland, Home::NorthernIreland, Home::Ireland, Home::Us, Home::Elsewhere];

    /// The id kept in a save, a share link and a school's `region` option.
    /// One of the four UK nations.
    pub fn is_uk(self) -> bool {
        matches!(self, Home::England | Home::Wales | Home::Scotland | Home::NorthernIreland)
    }

    pub fn id(self) -> &'static str {
        match self {
            Home::England => "england",
            Home::Wales => "wales",
            Home::Scotland => "scotland",
            Home::NorthernIreland => "northern_ireland",
            Home::Ireland => "ireland",
            Home::Us => "us",
            Home::Elsewhere => "elsewhere",
        }
    }

    pub fn from_id(id: &str) -> Option<Home> {
        Home::ALL.into_iter().find(|h| h.id() == id)
    }

    /// Whether a content region (`uk`, a nation, `ireland`, `us`) is this student's own: their
    /// nation, and for the four UK nations the UK-wide entries too.
    pub fn covers(self, region: &str) -> bool {
        region == self.id() || (region == "uk" && self.in_uk())
    }

    pub fn in_uk(self) -> bool {
        matches!(self, Home::England | Home::Wales | Home::Scotland | Home::NorthernIreland)
    }
}

/// Whose pay and routes come first: the student's own choice (`Some(None)` when they said they
/// would rather not say), else their school's `region` option, else Wales for a student reading
/// in Welsh. `None` shows every nation alike.
pub fn home_shown(said: Option<Option<Home>>, school: Option<Home>, lang: &str) -> Option<Home> {
    said.unwrap_or_else(|| school.or((lang == "cy").then_some(Home::Wales)))
}

/// The indices of `regions` in the order a student who lives in `home` reads them: their own
/// region's entries first (their nation before the UK-wide one), then the rest as they came.
/// Without a home (the student has not said), the order is as it came: every nation alike.
pub fn own_first(regions: &[&str], home: Option<Home>) -> Vec<usize> {
    let rank = |region: &str| match home {
        Some(home) if region == home.id() => 0,
        Some(home) if home.covers(region) => 1,
        _ => 2,
    };
    let mut order: Vec<usize> = (0..regions.len()).collect();
    // A stable sort by rank, by hand: a handful of entries.
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && rank(regions[order[j - 1]]) > rank(regions[order[j]]) {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::{home_shown, own_first, Home};

    #[test]
    fn the_student_s_choice_comes_before_the_school_s_and_welsh_defaults_to_wales() {
        assert_eq!(home_shown(None, None, "en"), None, "English stays neutral");
        assert_eq!(home_shown(None, None, "cy"), Some(Home::Wales));
        assert_eq!(home_shown(None, Some(Home::Scotland), "cy"), Some(Home::Scotland));
        assert_eq!(home_shown(Some(Some(Home::Us)), Some(Home::Scotland), "cy"), Some(Home::Us));
        assert_eq!(home_shown(Some(Some(Home::Elsewhere)), None, "cy"), Some(Home::Elsewhere), "a student's 'elsewhere' is kept");
        assert_eq!(home_shown(Some(None), Some(Home::Scotland), "cy"), None, "'I would rather not say' beats every default");
    }

    #[test]
    fn ids_round_trip() {
        for home in Home::ALL {
            assert_eq!(Home::from_id(home.id()), Some(home));
        }
        assert_eq!(Home::from_id("narnia"), None);
        assert_eq!(Home::from_id("uk"), None, "the UK-wide region is not a home");
    }

    #[test]
    fn the_student_s_own_nation_comes_first_then_the_uk_wide_entry() {
        let regions = ["us", "uk", "england", "wales", "scotland"];
        assert_eq!(own_first(&regions, Some(Home::Wales)), [3, 1, 0, 2, 4]);
        assert_eq!(own_first(&regions, Some(Home::Us)), [0, 1, 2, 3, 4]);
        assert_eq!(own_first(&regions, Some(Home::NorthernIreland)), [1, 0, 2, 3, 4], "no entry of its own: the UK-wide one");
        assert_eq!(own_first(&regions, Some(Home::Elsewhere)), [0, 1, 2, 3, 4]);
        assert_eq!(own_first(&regions, None), [0, 1, 2, 3, 4]);
    }
}
