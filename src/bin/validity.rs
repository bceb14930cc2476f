//! The validity benchmark (`career_quiz::validity`): scores constructed answer sets and writes
//! the tables to `docs/validity.md`, dated, or to standard output with `-`.
//!
//! ```text
//! validity [--tries N] [--seed S] [FILE|-]     default: 200 tries, docs/validity.md
//! ```

use career_quiz::content::Model;
use career_quiz::validity;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

const RANDOM_SETS: usize = 10_000;
const NOISY_TRIES: usize = 200;
const SEED: u64 = 0x5eed_2026_1201;

/// Today's date, `YYYY-MM-DD`, from the system clock (days since 1970 to a civil date).
fn today() -> String {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's days_from_civil, inverted.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn main() -> ExitCode {
    let model = match Model::embedded() {
        Ok(model) => model,
        Err(e) => {
            eprintln!("validity: the built-in content is broken: {e}");
            return ExitCode::from(2);
        }
    };
    let (mut tries, mut seed, mut path) = (NOISY_TRIES, SEED, "docs/validity.md".to_owned());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let number = |value: Option<String>| value.and_then(|v| v.parse::<u64>().ok());
        match arg.as_str() {
            "--tries" => match number(args.next()) {
                Some(n) if n > 0 => tries = n as usize,
                _ => return usage(),
            },
            "--seed" => match number(args.next()) {
                Some(n) => seed = n,
                None => return usage(),
            },
            other if other.starts_with("--") => return usage(),
            other => path = other.to_owned(),
        }
    }
    let report = validity::run(&model, RANDOM_SETS, tries, seed);
    let text = format!(
        "# Validity benchmark\n\nMeasured {} by `cargo run --release --bin validity` ({} uniformly random answer sets, {} noisy \
         copies of each career's own profile, seed {seed:#x}). What each row means: `src/validity.rs`; how matches are made: \
         the README.\n\n{}",
        today(),
        RANDOM_SETS,
        tries,
        report.markdown(&model)
    );
    if path == "-" {
        print!("{text}");
    } else if let Err(e) = std::fs::write(&path, &text) {
        eprintln!("validity: cannot write {path}: {e}");
        return ExitCode::from(2);
    } else {
        println!("validity: wrote {path}");
    }
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: validity [--tries N] [--seed S] [FILE|-]");
    ExitCode::from(2)
}
