//! The resume code: a student's answers and place in the quiz as a short code they can write down
//! or copy, to carry on later or on another device, when the browser cannot keep their progress.
//! It holds no personal data, only answers by position in the question bank.
//!
//! The code is one number written in Crockford's base 32 (no I, L, O or U; case, spaces and
//! hyphens do not matter), shown in groups of four. The number packs, in mixed radix: every
//! answer (0 = skipped, 1–5), the current question, and a 10-bit fingerprint of the question bank
//! and this format, so a code from a different bank is refused rather than misread. Two more
//! characters are a CRC of the rest, which catches any one mistyped character or two swapped ones.

use crate::content::{Content, Model};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const FINGERPRINT_RADIX: u32 = 1024;
const CHECK_CHARS: usize = 2;

/// Why a code could not be used. Each has its own message in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeError {
    /// A character that is not in the code's alphabet.
    BadCharacter,
    /// Too short or too long for this quiz.
    WrongLength,
    /// The checksum does not match: a character was mistyped.
    Mistyped,
    /// The code was made for another version of the question bank.
    OtherVersion,
}

/// A decoded code: one answer per question (in bank order) and the question to resume at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resumed {
    pub answers: Vec<Option<u8>>,
    pub current: usize,
}

/// The code for these answers and place, grouped in fours: `ABCD-EFGH-…`.
pub fn encode(model: &Model, answers: &[Option<u8>], current: usize) -> String {
    let questions = model.questions.len();
    let mut number = Number::zero(payload_len(questions));
    for q in 0..questions {
        let answer = answers.get(q).copied().flatten().filter(|a| (1..=5).contains(a)).unwrap_or(0);
        number.mul_add(6, u32::from(answer));
    }
    number.mul_add(questions.max(1) as u32, current.min(questions.saturating_sub(1)) as u32);
    number.mul_add(FINGERPRINT_RADIX, model.code_fingerprint);
    let mut digits = number.digits;
    digits.reverse(); // most significant first
    digits.extend(checksum(&digits));
    let mut code = String::new();
    for (n, d) in digits.iter().enumerate() {
        if n > 0 && n % 4 == 0 {
            code.push('-');
        }
        code.push(char::from(ALPHABET[usize::from(*d)]));
    }
    code
}

/// Reads a code typed or pasted by a student. Never panics, whatever the text.
pub fn decode(code: &str, model: &Model) -> Result<Resumed, CodeError> {
    let questions = model.questions.len();
    let payload = payload_len(questions);
    let mut digits = Vec::new();
    for c in code.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        digits.push(digit_of(c).ok_or(CodeError::BadCharacter)?);
        // A line far longer than any code is not read to its end.
        if digits.len() > payload + CHECK_CHARS {
            return Err(CodeError::WrongLength);
        }
    }
    if digits.len() != payload + CHECK_CHARS {
        return Err(CodeError::WrongLength);
    }
    let (body, check) = digits.split_at(payload);
    if checksum(body) != check {
        return Err(CodeError::Mistyped);
    }
    let mut number = Wide::from_base32(body);
    if number.div_rem(FINGERPRINT_RADIX) != model.code_fingerprint {
        return Err(CodeError::OtherVersion);
    }
    let current = number.div_rem(questions.max(1) as u32) as usize;
    let mut answers = vec![None; questions];
    // Ten answers at a time: one long division by 6^10 (which keeps `div_rem` within u32), then
    // the ten base-6 digits of its remainder, last answer first as they were packed. The same
    // digits as dividing by 6 sixty times, in a sixth of the time (`score batch` decodes many).
    for group in answers.rchunks_mut(10) {
        let mut packed = number.div_rem(6u32.pow(group.len() as u32));
        for answer in group.iter_mut().rev() {
            let a = (packed % 6) as u8;
            packed /= 6;
            *answer = (a > 0).then_some(a);
        }
    }
    // A code from this bank leaves nothing over; anything more was not made by `encode`.
    if !number.is_zero() {
        return Err(CodeError::OtherVersion);
    }
    Ok(Resumed { answers, current })
}

/// How many base-32 digits hold the packed number for a bank of `questions` questions.
fn payload_len(questions: usize) -> usize {
    let bits = questions as f64 * 6f64.log2() + (questions.max(1) as f64).log2() + FINGERPRINT_RADIX.ilog2() as f64;
    (bits / 5.0).ceil() as usize
}

fn digit_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).map(|p| p as u8)
}

/// FNV-1a of the format and the question ids in order, folded to 10 bits.
pub(crate) fn fingerprint(content: &Content) -> u32 {
    let mut hash = Fnv::new();
    hash.write(b"resume-code-1");
    for q in &content.questions {
        hash.write(q.id.as_bytes());
        hash.write(b"\n");
    }
    hash.0 % FINGERPRINT_RADIX
}

/// CRC-10 (polynomial 0x233) over the payload's bits, as two base-32 digits. A CRC of degree 10
/// catches every error confined to 10 consecutive bits: any one wrong character, and any two
/// neighbouring characters swapped.
fn checksum(digits: &[u8]) -> [u8; CHECK_CHARS] {
    let mut crc: u16 = 0;
    for d in digits {
        for bit in (0..5).rev() {
            let incoming = u16::from((d >> bit) & 1);
            let top = (crc >> 9) & 1;
            crc = (crc << 1) & 0x3ff;
            if top ^ incoming == 1 {
                crc ^= 0x233;
            }
        }
    }
    [(crc >> 5) as u8, (crc & 31) as u8]
}

struct Fnv(u32);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0x811c_9dc5)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u32::from(*b)).wrapping_mul(0x0100_0193);
        }
    }
}

/// A whole number as base-32 digits, least significant first, with a fixed number of digits.
struct Number {
    digits: Vec<u8>,
}

impl Number {
    fn zero(len: usize) -> Number {
        Number { digits: vec![0; len] }
    }

    /// `self = self * radix + add`. The digits are sized so that this never overflows.
    fn mul_add(&mut self, radix: u32, add: u32) {
        let mut carry = add;
        for d in &mut self.digits {
            let v = u32::from(*d) * radix + carry;
            *d = (v % 32) as u8;
            carry = v / 32;
        }
        debug_assert_eq!(carry, 0, "the code's length is too short for its payload");
    }
}

/// A whole number as 32-bit limbs, least significant first: what a code is read back into. A
/// division then takes one step per 32 bits, not one per base-32 digit (`score batch` reads
/// many codes).
struct Wide {
    limbs: Vec<u32>,
}

impl Wide {
    /// From base-32 digits, most significant first: their 5-bit groups laid end to end.
    fn from_base32(digits: &[u8]) -> Wide {
        let mut limbs = Vec::with_capacity(digits.len() * 5 / 32 + 1);
        let (mut bits, mut held) = (0u64, 0u32);
        for &d in digits.iter().rev() {
            bits |= u64::from(d) << held;
            held += 5;
            if held >= 32 {
                limbs.push(bits as u32);
                bits >>= 32;
                held -= 32;
            }
        }
        if held > 0 {
            limbs.push(bits as u32);
        }
        Wide { limbs }
    }

    /// `self /= radix`, returning the remainder.
    fn div_rem(&mut self, radix: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.limbs.iter_mut().rev() {
            let v = (rem << 32) | u64::from(*limb);
            *limb = (v / u64::from(radix)) as u32;
            rem = v % u64::from(radix);
        }
        rem as u32
    }

    fn is_zero(&self) -> bool {
        self.limbs.iter().all(|l| *l == 0)
    }
}
