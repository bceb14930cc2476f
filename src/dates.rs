//! Months as content gives them (`YYYY-MM`), for when a career's facts were last checked. The
//! build script shares this file (`#[path]`), so the warning it prints and the tests agree.

/// A career's facts are due a check when they were last checked longer ago than this.
pub const STALE_AFTER_MONTHS: i64 = 18;

/// Whether `text` is a month as `YYYY-MM`.
pub fn is_month(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 7 && b[4] == b'-' && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit) && (1..=12).contains(&text[5..].parse::<u8>().unwrap_or(0))
}

/// Months from `from` to `to` (both `YYYY-MM`); `None` if either is not a month.
pub fn months_between(from: &str, to: &str) -> Option<i64> {
    let month = |m: &str| is_month(m).then(|| m[..4].parse::<i64>().unwrap_or(0) * 12 + m[5..].parse::<i64>().unwrap_or(1));
    Some(month(to)? - month(from)?)
}

/// Whether facts last checked in `last_checked` are older than `STALE_AFTER_MONTHS` in `now`.
pub fn is_stale(last_checked: &str, now: &str) -> bool {
    months_between(last_checked, now).is_some_and(|m| m > STALE_AFTER_MONTHS)
}

/// The month (`YYYY-MM`) of a time given in seconds since 1970, in UTC.
pub fn month_of(unix_seconds: u64) -> String {
    // Howard Hinnant's days-to-civil-date, for the proleptic Gregorian calendar.
    let z = (unix_seconds / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}")
}

#[cfg(test)]
mod tests {
    use super::{is_month, is_stale, month_of, months_between};

    #[test]
    fn months() {
        assert!(is_month("2026-12") && is_month("2025-01"));
        for bad in ["", "2026-13", "2026-00", "26-12", "2026/12", "2026-1", "December 2026"] {
            assert!(!is_month(bad), "{bad:?}");
        }
        assert_eq!(months_between("2025-06", "2026-12"), Some(18));
        assert_eq!(months_between("2026-12", "2025-06"), Some(-18));
        assert_eq!(months_between("soon", "2026-12"), None);
    }

    #[test]
    fn facts_are_stale_after_eighteen_months() {
        assert!(!is_stale("2025-06", "2026-12"));
        assert!(is_stale("2025-05", "2026-12"));
        assert!(!is_stale("not a month", "2026-12"), "a bad date is the content check's to report");
    }

    #[test]
    fn the_month_of_a_time() {
        assert_eq!(month_of(0), "1970-01");
        assert_eq!(month_of(951_782_400), "2000-02", "29 February 2000");
        assert_eq!(month_of(1_796_083_200), "2026-12", "1 December 2026");
        assert_eq!(month_of(1_796_083_199), "2026-11");
    }
}
