//! A QR code of the share link for the printed results, drawn on the device: the code's modules
//! as one SVG path (each row's runs of dark modules as rectangles), so a phone can scan the
//! printed page back to the results. Made with Nayuki's `qrcodegen`; nothing is fetched.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code: how many modules a side, and its dark modules as SVG path data on that grid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Qr {
    pub size: usize,
    pub path: String,
}

/// The quiet zone around the code, in modules, that scanners need (the standard asks for four).
pub const QUIET: usize = 4;

/// `text` as a QR code at error correction level M (15% of it may be smudged or torn);
/// `None` if it is too long for any QR code.
pub fn qr(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !dark(&code, x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && dark(&code, x, y) {
                x += 1;
            }
            path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
        }
    }
    Some(Qr { size: size + 2 * QUIET, path })
}

fn dark(code: &QrCode, x: usize, y: usize) -> bool {
    code.get_module(x as i32, y as i32)
}
