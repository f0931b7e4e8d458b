//! Sine and cosine of an angle in degrees, for the arc gauge's polygons.
//!
//! Why not `f64::sin`/`cos`: on wasm32 they link libm's versions, whose argument reduction for
//! huge radians (`rem_pio2`, `rem_pio2_large`) costs ~11 KB of the shipped module. Angles here are
//! degrees, so the reduction is exact and cheap: subtracting the nearest multiple of 90 leaves an
//! angle within ±45°, where the fdlibm kernel polynomials (`__kernel_sin`, `__kernel_cos`, the same
//! coefficients libm uses) are accurate to about one ulp.

// fdlibm k_sin.c: sin(x) ≈ x + x³·(S1 + x²·(S2 + …)) on |x| ≤ π/4.
const S1: f64 = -1.666_666_666_666_663_24e-01;
const S2: f64 = 8.333_333_333_322_489_46e-03;
const S3: f64 = -1.984_126_982_985_794_94e-04;
const S4: f64 = 2.755_731_370_707_006_83e-06;
const S5: f64 = -2.505_076_025_340_686_30e-08;
const S6: f64 = 1.589_690_995_211_550_07e-10;
// fdlibm k_cos.c: cos(x) ≈ 1 − x²/2 + x⁴·(C1 + x²·(C2 + …)) on |x| ≤ π/4.
const C1: f64 = 4.166_666_666_666_660_19e-02;
const C2: f64 = -1.388_888_888_887_410_96e-03;
const C3: f64 = 2.480_158_728_947_672_94e-05;
const C4: f64 = -2.755_731_435_139_066_33e-07;
const C5: f64 = 2.087_572_321_298_174_83e-09;
const C6: f64 = -1.135_964_755_778_819_48e-11;

fn kernel_sin(x: f64) -> f64 {
    let z = x * x;
    x + x * z * (S1 + z * (S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)))))
}

fn kernel_cos(x: f64) -> f64 {
    let z = x * x;
    1.0 - 0.5 * z + z * z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))))
}

/// `(sin, cos)` of `deg` degrees; NaN for a non-finite angle.
pub fn sin_cos_degrees(deg: f64) -> (f64, f64) {
    if !deg.is_finite() {
        return (f64::NAN, f64::NAN);
    }
    let quadrant = (deg / 90.0).round();
    // Exact (Sterbenz: the two terms are within a factor of two of each other), and without `%`,
    // whose libm `fmod` is another 2 KB of wasm.
    let x = (deg - quadrant * 90.0).to_radians(); // within ±45°
    let (s, c) = (kernel_sin(x), kernel_cos(x));
    match (quadrant as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_std_over_every_tenth_of_a_degree() {
        for i in -7200..=7200 {
            let deg = i as f64 / 10.0;
            let (s, c) = sin_cos_degrees(deg);
            // std converts the whole angle to radians first, which rounds by a few ulps of 4π
            // (~2e-15); ours reduces in exact degrees and is the more precise of the two.
            let t = deg.to_radians();
            assert!((s - t.sin()).abs() < 5e-15 && (c - t.cos()).abs() < 5e-15, "{deg}°: {s}, {c}");
            assert!((s * s + c * c - 1.0).abs() < 1e-15, "{deg}°: not on the unit circle");
        }
    }

    #[test]
    fn quarter_turns_are_exact() {
        assert_eq!(sin_cos_degrees(0.0), (0.0, 1.0));
        assert_eq!(sin_cos_degrees(90.0), (1.0, -0.0));
        assert_eq!(sin_cos_degrees(-90.0), (-1.0, 0.0));
        assert_eq!(sin_cos_degrees(180.0).1, -1.0);
        assert!(sin_cos_degrees(f64::INFINITY).0.is_nan());
    }
}
