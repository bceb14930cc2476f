//! The printed results' QR code scans back to the share link: the SVG path is drawn as a phone's
//! camera would see it (four pixels a module, on white), and an independent reader (rqrr)
//! finds and decodes it.

use career_quiz::vm::qr::{qr, Qr, QUIET};
use proptest::prelude::*;

/// The dark modules the path draws, read back from its `M x y h n v1 h-n z` runs.
fn modules(code: &Qr) -> Vec<Vec<bool>> {
    let mut grid = vec![vec![false; code.size]; code.size];
    for run in code.path.split('z').filter(|r| !r.is_empty()) {
        let (start, rest) = run.strip_prefix('M').unwrap().split_once('h').unwrap();
        let (x, y) = start.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let n: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        for cell in &mut grid[y][x..x + n] {
            assert!(!*cell, "runs overlap at {x},{y}");
            *cell = true;
        }
    }
    grid
}

fn scanned(code: &Qr) -> Vec<String> {
    const PIXELS: usize = 4;
    let grid = modules(code);
    let side = code.size * PIXELS;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| if grid[y / PIXELS][x / PIXELS] { 0 } else { 255 });
    image.detect_grids().into_iter().map(|g| g.decode().expect("decodes").1).collect()
}

#[test]
fn a_share_link_scans_back_exactly() {
    let link = "https://school.example/careers/quiz/?lang=cy#shared/K7Q2-9TB4-XXXX-YYYY-ZZZZ-1234-5678-9ABC-D/wales";
    let code = qr(link).expect("fits");
    assert_eq!(scanned(&code), [link]);
    let grid = modules(&code);
    assert!(grid[..QUIET].iter().chain(&grid[code.size - QUIET..]).all(|row| row.iter().all(|m| !m)), "a quiet zone above and below");
    assert!(grid.iter().all(|row| row[..QUIET].iter().chain(&row[code.size - QUIET..]).all(|m| !m)), "and at the sides");
}

#[test]
fn text_too_long_for_any_qr_code_gives_none() {
    assert_eq!(qr(&"x".repeat(3000)), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]
    #[test]
    fn any_link_of_a_school_s_length_scans_back(path in "[a-z]{1,30}(/[a-z0-9-]{1,20}){0,3}", code in "[0-9A-Z]{37}") {
        let link = format!("https://{path}.example/#shared/{code}");
        let drawn = qr(&link).expect("fits");
        prop_assert_eq!(scanned(&drawn), vec![link]);
    }
}
