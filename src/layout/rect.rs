//! An axis-aligned rectangle in CSS pixels, origin top-left, y down.

use serde::Serialize;
use crate::num::Clamped;

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn new(x0: f64, y0: f64, x1: f64, y1: f64) -> Self {
        Rect { x0, y0, x1, y1 }
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    pub fn area(&self) -> f64 {
        self.width() * self.height()
    }

    /// Shrinks by `d` on every side, collapsing to the centre line rather than inverting.
    pub fn inset(&self, d: f64) -> Rect {
        Rect { x0: self.x0 + d, y0: self.y0 + d, x1: self.x1 - d, y1: self.y1 - d }.collapsed()
    }

    /// An inverted rectangle becomes a zero-size one at its centre (d3's rule).
    pub fn collapsed(self) -> Rect {
        let mut r = self;
        if r.x1 < r.x0 {
            let mid = (r.x0 + r.x1) / 2.0;
            r.x0 = mid;
            r.x1 = mid;
        }
        if r.y1 < r.y0 {
            let mid = (r.y0 + r.y1) / 2.0;
            r.y0 = mid;
            r.y1 = mid;
        }
        r
    }

    /// Moves every edge into `outer` (a no-op for a rectangle already inside it).
    pub fn clamped_into(&self, outer: &Rect) -> Rect {
        let cx = |v: f64| v.clamped(outer.x0, outer.x1);
        let cy = |v: f64| v.clamped(outer.y0, outer.y1);
        Rect { x0: cx(self.x0), y0: cy(self.y0), x1: cx(self.x1), y1: cy(self.y1) }
    }

    pub fn contains(&self, other: &Rect, tolerance: f64) -> bool {
        other.x0 >= self.x0 - tolerance
            && other.y0 >= self.y0 - tolerance
            && other.x1 <= self.x1 + tolerance
            && other.y1 <= self.y1 + tolerance
    }

    pub fn contains_point(&self, x: f64, y: f64) -> bool {
        x >= self.x0 && x < self.x1 && y >= self.y0 && y < self.y1
    }

    /// Area of the intersection with `other` (0 when they only touch).
    pub fn overlap(&self, other: &Rect) -> f64 {
        let w = self.x1.min(other.x1) - self.x0.max(other.x0);
        let h = self.y1.min(other.y1) - self.y0.max(other.y0);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }
}
