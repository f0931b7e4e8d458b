//! Gauge geometry, pure: what to draw between a baseline and a target ([`segments`]), and where
//! ([`arc::ArcFrame`], [`bullet::BulletFrame`]).
//!
//! **Angles** (the one place they are defined): degrees, clockwise from 12 o'clock. A point at
//! angle θ on a circle of radius r about (cx, cy) is (cx + r·sin θ, cy − r·cos θ) in CSS pixels
//! with y down. The default arc runs from −120° to +120°: a 240° sweep open at the bottom.

pub mod arc;
pub mod bullet;
mod degrees;
mod progress;

pub use progress::{progress, segments, Progress, Segment, SegmentKind, Status};

/// Columns of a gauge grid `width` pixels wide: as many cells of at least `min_cell` pixels
/// (with `gap` between them) as fit, at least one, at most `count` — the rule CSS's
/// `repeat(auto-fit, minmax(min_cell, 1fr))` follows, so the browser and native renders agree.
pub fn grid_columns(width: f64, min_cell: f64, gap: f64, count: usize) -> usize {
    let fit = ((width + gap) / (min_cell + gap)).floor();
    (fit.max(1.0) as usize).min(count.max(1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_column_on_a_phone_more_on_wider_screens() {
        assert_eq!(super::grid_columns(360.0, 240.0, 12.0, 9), 1);
        assert_eq!(super::grid_columns(768.0, 240.0, 12.0, 9), 3);
        assert_eq!(super::grid_columns(1280.0, 240.0, 12.0, 9), 5);
        assert_eq!(super::grid_columns(1280.0, 240.0, 12.0, 2), 2);
        assert_eq!(super::grid_columns(100.0, 240.0, 12.0, 9), 1);
    }
}
