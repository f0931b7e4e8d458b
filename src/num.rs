//! Small numeric helpers shared by the layers.

/// `f64::clamp` that never panics.
///
/// Why not `f64::clamp`: it panics when `lo > hi` (which a cell narrower than its label can
/// produce) and its panic message ships f64's `Debug` formatting in the wasm. Here `lo` wins
/// when the bounds cross, and NaN stays NaN as with `clamp`.
pub trait Clamped {
    fn clamped(self, lo: f64, hi: f64) -> f64;
}

impl Clamped for f64 {
    fn clamped(self, lo: f64, hi: f64) -> f64 {
        if self < lo {
            lo
        } else if self > hi {
            hi.max(lo)
        } else {
            self
        }
    }
}

/// Serialises an index or count through serde's float path: `3` is written `3.0`, which
/// `JSON.parse` reads as 3. Why: the wasm formats floats anyway, and serde_json's integer path
/// (itoa, with a panic message that ships `Debug` formatting) is 2 KB more. Used on the structs
/// handed to JavaScript, not on the CLI's output.
pub fn index_as_f64<S: serde::Serializer>(n: &usize, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(*n as f64)
}

/// [`index_as_f64`] for an optional index (`null` when absent).
pub fn opt_index_as_f64<S: serde::Serializer>(n: &Option<usize>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => index_as_f64(n, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_like_std_and_never_panics() {
        for (v, lo, hi) in [(5.0, 0.0, 1.0), (-1.0, 0.0, 1.0), (0.5, 0.0, 1.0), (3.0, 3.0, 3.0)] {
            assert_eq!(v.clamped(lo, hi), f64::clamp(v, lo, hi));
        }
        assert_eq!(5.0.clamped(2.0, 1.0), 2.0, "crossed bounds: lo wins");
        assert_eq!(0.0.clamped(2.0, 1.0), 2.0);
        assert!(f64::NAN.clamped(0.0, 1.0).is_nan());
    }

    #[test]
    fn indexes_serialise_as_json_numbers_that_parse_back() {
        let mut out = Vec::new();
        index_as_f64(&3, &mut serde_json::Serializer::new(&mut out)).expect("serialises");
        assert_eq!(serde_json::from_slice::<f64>(&out).expect("a number"), 3.0);
        let mut none = Vec::new();
        opt_index_as_f64(&None, &mut serde_json::Serializer::new(&mut none)).expect("serialises");
        assert_eq!(none, b"null");
    }
}
