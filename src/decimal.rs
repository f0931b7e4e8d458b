//! Numbers as decimal text without core's float formatting.
//!
//! Why: `<f64 as Display>` (Grisu with a Dragon4 fallback and their tables) was the largest
//! single function in the wasm, ~16 KB of 237 KB, and every use of `{}` on an `f64` keeps it
//! (docs/DESIGN.md, "Wasm size"). What we print are pixel coordinates, shares and the data's own
//! values, so fifteen significant digits are enough, and they have a useful property: any
//! number written with at most fifteen significant digits — which data typed by people and
//! spreadsheets are — comes back exactly as written (`0.1` stays `0.1`, not
//! `0.10000000000000001`). Whole numbers up to 2^53 (every integer a double holds exactly) are written digit by digit.
//!
//! The algorithm: scale |x| by a power of ten into [10^14, 10^15), round to an integer, and
//! place the point. For decimal exponents from -30 to 58 the scaling takes at most two
//! roundings (powers up to 10^22 are exact), so the scaled value is within 0.33 of the integer
//! a fifteen-digit decimal names and rounding finds it; further out every further step of
//! 10^22 adds one rounding, and the fifteenth digit may be one off.

use std::fmt::{self, Write};

/// Exact powers of ten in f64 (10^22 is the last one a double holds exactly).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

const DIGITS: i32 = 15;

/// `x` × 10^k with one rounding per step of at most 10^22.
pub(crate) fn scale(mut x: f64, mut k: i32) -> f64 {
    while k > 22 {
        x *= 1e22;
        k -= 22;
    }
    while k < -22 {
        x /= 1e22;
        k += 22;
    }
    let p = POW10[k.unsigned_abs() as usize];
    if k >= 0 {
        x * p
    } else {
        x / p
    }
}

/// Writes `x` as the shortest decimal of at most fifteen significant digits that names it:
/// plain notation from 1e-6 up to 1e21 (as JavaScript prints numbers), `1.5e-9`/`2e+300`
/// outside; `NaN`, `inf` and `-inf` as Rust writes them.
pub fn write_f64(out: &mut String, x: f64) {
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x < 0.0 {
        out.push('-');
    }
    let a = x.abs();
    if a == f64::INFINITY {
        out.push_str("inf");
        return;
    }
    if a.fract() == 0.0 && a <= 9007199254740992.0 {
        let _ = write!(out, "{}", a as u64); // exact: a whole number up to 2^53
        return;
    }
    // a > 0 and not whole: its decimal exponent e, then 15 digits m with a ≈ m × 10^(e-14).
    // e starts from the binary exponent (log10 2 ≈ 0.30103; libm's log10 would cost 0.6 KB of
    // wasm) and is then corrected; for normal numbers the estimate is one low at most,
    // subnormals take a few more steps.
    let binary_exponent = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut e = (f64::from(binary_exponent) * 0.301_029_995_663_981_2).floor() as i32;
    let mut m = scale(a, DIGITS - 1 - e).round();
    for _ in 0..20 {
        if m >= POW10[DIGITS as usize] {
            e += 1;
        } else if m < POW10[DIGITS as usize - 1] {
            e -= 1;
        } else {
            break;
        }
        m = scale(a, DIGITS - 1 - e).round();
    }
    let mut digits = String::with_capacity(16);
    let _ = write!(digits, "{}", m as u64);
    // Rounding up may give 10^15 (16 digits): one more in the exponent, one digit fewer.
    if digits.len() > DIGITS as usize {
        digits.truncate(DIGITS as usize);
        e += 1;
    }
    let digits = digits.trim_end_matches('0');
    if (-6..21).contains(&e) {
        plain(out, digits, e);
    } else {
        // ASCII digits: byte offsets are character boundaries (`get` only to avoid a panic path).
        out.push_str(digits.get(..1).unwrap_or(""));
        let rest = digits.get(1..).unwrap_or("");
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let _ = write!(out, "e{}{}", if e < 0 { '-' } else { '+' }, e.unsigned_abs());
    }
}

/// `digits` (no trailing zeros) with the first one at decimal exponent `e`, as `123.45`,
/// `0.00123` or `12300`.
fn plain(out: &mut String, digits: &str, e: i32) {
    if e < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat('0').take((-e - 1) as usize));
        out.push_str(digits);
        return;
    }
    let whole = e as usize + 1;
    if digits.len() <= whole {
        out.push_str(digits);
        out.extend(std::iter::repeat('0').take(whole - digits.len()));
    } else {
        out.push_str(digits.get(..whole).unwrap_or(""));
        out.push('.');
        out.push_str(digits.get(whole..).unwrap_or(""));
    }
}

/// An `f64` that formats with [`write_f64`]: `format!("{}", Decimal(x))`.
#[derive(Clone, Copy, Debug)]
pub struct Decimal(pub f64);

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        write_f64(&mut s, self.0);
        f.write_str(&s)
    }
}

/// Deterministic test input (xorshift64): `count` mantissas of 1 to 15 random digits, each with
/// its digit count and 24 further random bits for the caller's exponent.
#[cfg(test)]
pub(crate) fn short_decimals(mut seed: u64, count: usize) -> impl Iterator<Item = (u64, u32, u64)> {
    (0..count).map(move |_| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let digits = 1 + (seed % 15) as u32;
        ((seed >> 8) % 10u64.pow(digits), digits, seed >> 40)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(x: f64) -> String {
        Decimal(x).to_string()
    }

    #[test]
    fn numbers_people_write_come_back_as_written() {
        for text in ["0.1", "0.3", "2.5", "-2.5", "1234.5678", "0.000123", "99.99", "3.14159265358979", "123456789.012345"] {
            let x: f64 = text.parse().expect("a number");
            assert_eq!(shown(x), text);
        }
    }

    #[test]
    fn whole_numbers_are_exact_and_others_take_fifteen_digits() {
        assert_eq!(shown(0.0), "0");
        assert_eq!(shown(3.0), "3");
        assert_eq!(shown(9007199254740993.0), "9007199254740992");
        assert_eq!(shown(3e12), "3000000000000");
        assert_eq!(shown(1.0 / 3.0), "0.333333333333333");
        assert_eq!(shown(2.0 / 3.0), "0.666666666666667");
        assert_eq!(shown(0.1 + 0.2), "0.3");
        assert_eq!(shown(9.9999999999999999), "10", "rounds up into the next power of ten");
        assert_eq!(shown(0.99999999999999999), "1");
    }

    #[test]
    fn tiny_and_huge_numbers_use_an_exponent() {
        assert_eq!(shown(1.5e-9), "1.5e-9");
        assert_eq!(shown(-1e300), "-1e+300");
        for extreme in [1.5e308, 5e-324, 2.2250738585072014e-308, 1.234e-250] {
            let back: f64 = shown(extreme).parse().expect("a number");
            assert!((back / extreme - 1.0).abs() < 1e-13, "{extreme:e} → {}", shown(extreme));
        }
        assert_eq!(shown(1e-7), "1e-7");
        assert_eq!(shown(1.5e-7), "1.5e-7");
        assert_eq!(shown(0.0000015), "0.0000015");
        assert_eq!(shown(1e21), "1e+21");
        assert_eq!(shown(1.5e25), "1.5e+25");
        assert_eq!(shown(123450000000000000000.0), "123450000000000000000");
    }

    #[test]
    fn non_finite_values_read_as_in_rust() {
        assert_eq!(shown(f64::NAN), "NaN");
        assert_eq!(shown(f64::INFINITY), "inf");
        assert_eq!(shown(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn agrees_with_std_on_every_short_decimal() {
        // A deterministic sweep: up to fifteen significant digits, exponents -6 to 20, where
        // Rust's shortest round-trip text and ours must be the same string.
        for (mantissa, digits, bits) in short_decimals(0x9E37_79B9_7F4A_7C15, 20_000) {
            let exp = (bits % 27) as i32 - 6 - digits as i32;
            let text = format!("{mantissa}e{exp}");
            let x: f64 = text.parse().expect("a number");
            if x != 0.0 && (x.abs() >= 1e-6 && x.abs() < 1e21) {
                assert_eq!(shown(x), x.to_string(), "{text}");
            }
        }
    }
}
