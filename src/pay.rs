//! A career's pay, nation by nation: its NHS band's pay from each nation's table, what the
//! sources say for a nation without a table, its US pay and its own pay facts. One list, which
//! the career page shows with its sources and the comparison and the printed results in short.

use crate::content::{Content, Pay, UsPay, REGIONS};
use crate::region::Home;

/// One thing a source says about a career's pay in one region.
#[derive(Debug, Clone, PartialEq)]
pub enum PayLine<'a> {
    /// An NHS band's pay in a nation's table: the lowest and the top point.
    Band { band: &'a str, trainee: bool, period: &'a str, low: u32, high: u32, sources: &'a [String] },
    /// What the sources say for a nation without a table of its own, about the career's band.
    Statement { band: &'a str, text: &'a str, short: &'a str, sources: &'a [String] },
    /// The US median pay of the occupation that counts the career.
    Us(&'a UsPay),
    /// One of the career's own pay facts.
    Fact(&'a Pay),
}

/// A career's pay in one region: `uk`, a nation, `ireland` or `us`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionPay<'a> {
    pub region: &'static str,
    pub lines: Vec<PayLine<'a>>,
}

/// Every region with something to say about the career's pay, in the content's order of
/// regions; the NHS parts only for a career with an NHS band.
pub fn by_region(content: &Content, career: usize) -> Vec<RegionPay<'_>> {
    let c = &content.careers[career];
    let mut out = Vec::new();
    for region in REGIONS {
        let mut lines = Vec::new();
        if let Some(band) = &c.nhs_band {
            if let Some(table) = content.nations.pay_table.iter().find(|t| t.nation == region) {
                let bands = [(Some(&band.band), false), (band.trainee_band.as_ref(), true)];
                for (name, trainee) in bands.into_iter().filter_map(|(b, t)| b.map(|b| (b, t))) {
                    let Some(points) = table.bands.iter().find(|b| &b.band == name).map(|b| &b.points) else { continue };
                    if let (Some(&low), Some(&high)) = (points.first(), points.last()) {
                        lines.push(PayLine::Band { band: name, trainee, period: &table.period, low, high, sources: &table.sources });
                    }
                }
            }
            for statement in content.nations.pay_statement.iter().filter(|s| s.nation == region) {
                lines.push(PayLine::Statement { band: &band.band, text: &statement.text, short: &statement.short, sources: &statement.sources });
            }
        }
        if let (Some(us), "us") = (&c.us_pay, region) {
            lines.push(PayLine::Us(us));
        }
        lines.extend(c.pay.iter().filter(|p| p.region == region).map(PayLine::Fact));
        if !lines.is_empty() {
            out.push(RegionPay { region, lines });
        }
    }
    out
}

/// The regions of `pay` that a student who lives in `home` reads first: their nation's, and for
/// the four UK nations the UK-wide one. All of them without a home.
pub fn for_home<'p, 'a>(pay: &'p [RegionPay<'a>], home: Option<Home>) -> Vec<&'p RegionPay<'a>> {
    match home {
        None => pay.iter().collect(),
        Some(home) => {
            let regions: Vec<&str> = pay.iter().map(|p| p.region).collect();
            crate::region::own_first(&regions, Some(home)).into_iter().filter(|&i| home.covers(regions[i])).map(|i| &pay[i]).collect()
        }
    }
}

/// Pounds or dollars with thousands marked: `£32,073`.
pub fn money(symbol: char, amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::from(symbol);
    for (n, d) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::money;

    #[test]
    fn money_marks_thousands() {
        assert_eq!(money('£', 32073), "£32,073");
        assert_eq!(money('$', 135880), "$135,880");
        assert_eq!(money('£', 999), "£999");
        assert_eq!(money('£', 1000000), "£1,000,000");
    }
}
