//! The bullet gauge's frame: a horizontal scale from `min` at `x0` to `max` at `x1`.

use crate::layout::Rect;
use crate::num::Clamped;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BulletFrame {
    pub x0: f64,
    pub x1: f64,
    /// Top of the bar.
    pub y: f64,
    pub height: f64,
    pub min: f64,
    pub max: f64,
}

impl BulletFrame {
    pub fn x_of(&self, value: f64) -> f64 {
        let t = ((value - self.min) / (self.max - self.min)).clamped(0.0, 1.0);
        self.x0 + t * (self.x1 - self.x0)
    }

    /// The bar for `v0..v1`, inset vertically by `inset` pixels (narrower bars sit on wider).
    pub fn bar(&self, v0: f64, v1: f64, inset: f64) -> Rect {
        let inset = inset.min(self.height / 2.0);
        Rect::new(self.x_of(v0), self.y + inset, self.x_of(v1), self.y + self.height - inset)
    }

    /// A vertical tick at a value, reaching `overhang` pixels beyond the bar on each side.
    pub fn tick(&self, value: f64, width: f64, overhang: f64) -> Rect {
        let x = self.x_of(value);
        Rect::new(x - width / 2.0, self.y - overhang, x + width / 2.0, self.y + self.height + overhang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_map_left_to_right_and_clamp() {
        let f = BulletFrame { x0: 10.0, x1: 110.0, y: 0.0, height: 20.0, min: 0.0, max: 50.0 };
        assert_eq!(f.x_of(0.0), 10.0);
        assert_eq!(f.x_of(25.0), 60.0);
        assert_eq!(f.x_of(80.0), 110.0);
        assert_eq!(f.bar(0.0, 25.0, 5.0), Rect::new(10.0, 5.0, 60.0, 15.0));
    }
}
