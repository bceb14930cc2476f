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
    let (year, month, _) = civil_date((unix_seconds / 86_400) as i64);
    format!("{year:04}-{month:02}")
}

/// The minute (`YYYY-MM-DDTHH:MM`) of a time given in milliseconds since 1970, in the time zone
/// `offset_minutes` ahead of UTC (60 for British Summer Time): when a student finished, as their
/// device's clock showed it.
pub fn minute_of(unix_millis: u64, offset_minutes: i64) -> String {
    let minutes = (unix_millis / 60_000) as i64 + offset_minutes;
    let (year, month, day) = civil_date(minutes.div_euclid(1_440));
    let minute = minutes.rem_euclid(1_440);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}", minute / 60, minute % 60)
}

/// Whether `text` is a minute as [`minute_of`] writes it, with a plausible date and time.
pub fn is_minute(text: &str) -> bool {
    let b = text.as_bytes();
    let number =
        |range: std::ops::Range<usize>| text.get(range).filter(|t| t.bytes().all(|d| d.is_ascii_digit())).and_then(|t| t.parse::<u32>().ok());
    b.len() == 16
        && (b[4], b[7], b[10], b[13]) == (b'-', b'-', b'T', b':')
        && number(0..4).is_some()
        && number(5..7).is_some_and(|m| (1..=12).contains(&m))
        && number(8..10).is_some_and(|d| (1..=31).contains(&d))
        && number(11..13).is_some_and(|h| h < 24)
        && number(14..16).is_some_and(|m| m < 60)
}

/// Year, month and day of a day counted from 1970-01-01: Howard Hinnant's days-to-civil-date,
/// for the proleptic Gregorian calendar.
fn civil_date(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    (year_of_era + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::{is_minute, is_month, is_stale, minute_of, month_of, months_between};

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

    #[test]
    fn the_minute_of_a_time_in_a_time_zone() {
        assert_eq!(minute_of(0, 0), "1970-01-01T00:00");
        assert_eq!(minute_of(951_782_400_000 + 59_999, 0), "2000-02-29T00:00");
        // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in British Summer Time.
        assert_eq!(minute_of(1_782_862_200_000, 60), "2026-07-01T00:30");
        assert_eq!(minute_of(1_782_862_200_000, 0), "2026-06-30T23:30");
        assert_eq!(minute_of(1_796_083_200_000, -300), "2026-11-30T19:00", "five hours behind UTC");
        assert!(is_minute("2026-12-02T10:15"));
        for bad in
            ["", "2026-12-02", "2026-12-02 10:15", "2026-13-02T10:15", "2026-12-02T24:00", "2026-12-02T10:60", "2026-12-0xT10:15", "+026-12-02T10:15"]
        {
            assert!(!is_minute(bad), "{bad:?}");
        }
    }
}
