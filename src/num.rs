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
}
