//! Times scoring all careers natively: `cargo run --release --example bench_scoring [RUNS]`.
//! Prints one JSON line: runs, median and spread of one full scoring (with every match's
//! reasons), and the median of the ranking alone (`Detail::Ranking`), in microseconds.

use career_quiz::content::Model;
use career_quiz::scoring::{score, score_with, Detail};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(2000);
    let model = Model::embedded().expect("the built-in content compiles");
    // A varied, complete set of answers, the same every run.
    let answers: Vec<Option<u8>> = (0..model.questions.len()).map(|i| Some(1 + (i * 7 % 5) as u8)).collect();
    let time = |detail: Detail| {
        let mut micros: Vec<f64> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                match detail {
                    Detail::Reasons => drop(black_box(score(black_box(&model), black_box(&answers)))),
                    Detail::Ranking => drop(black_box(score_with(black_box(&model), black_box(&answers), detail))),
                }
                start.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        micros.sort_by(f64::total_cmp);
        micros
    };
    let (full, ranking) = (time(Detail::Reasons), time(Detail::Ranking));
    let at = |micros: &[f64], q: f64| micros[((micros.len() - 1) as f64 * q).round() as usize];
    println!(
        "{{\"runs\":{runs},\"careers\":{},\"questions\":{},\"median_us\":{:.1},\"p10_us\":{:.1},\"p90_us\":{:.1},\"ranking_median_us\":{:.1}}}",
        model.content.careers.len(),
        model.questions.len(),
        at(&full, 0.5),
        at(&full, 0.1),
        at(&full, 0.9),
        at(&ranking, 0.5)
    );
}
