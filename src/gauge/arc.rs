//! The arc gauge's frame: the largest annular arc that fits a box, and the polygons of its
//! segments and ticks (plotters has no arc primitive; arcs are polygons of short chords).

use super::degrees::sin_cos_degrees;
use crate::layout::Rect;
use crate::num::Clamped;

/// Start and end of the sweep in degrees (see the module docs of `gauge` for the convention).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Angles {
    pub start: f64,
    pub end: f64,
}

impl Default for Angles {
    fn default() -> Self {
        Angles { start: -120.0, end: 120.0 }
    }
}

/// Thickness of the arc band as a share of the outer radius.
pub const THICKNESS: f64 = 0.2;
/// Largest angle between polygon points along an arc, in degrees.
const STEP_DEGREES: f64 = 2.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ArcFrame {
    pub cx: f64,
    pub cy: f64,
    pub r_outer: f64,
    pub r_inner: f64,
    pub angles: Angles,
    pub min: f64,
    pub max: f64,
}

/// The unit point at angle `deg` (radius 1, centre 0,0).
fn unit(deg: f64) -> (f64, f64) {
    let (sin, cos) = sin_cos_degrees(deg);
    (sin, -cos)
}

/// Bounding box of the unit arc from `a0` to `a1` together with the centre (where the value is
/// written): the ends plus every axis crossing inside the sweep.
fn unit_bounds(angles: Angles) -> (f64, f64, f64, f64) {
    let (a0, a1) = (angles.start.min(angles.end), angles.start.max(angles.end));
    let mut pts = vec![unit(a0), unit(a1), (0.0, 0.0)];
    let mut k = (a0 / 90.0).ceil() * 90.0;
    while k <= a1 {
        pts.push(unit(k));
        k += 90.0;
    }
    let xs = pts.iter().map(|p| p.0);
    let ys = pts.iter().map(|p| p.1);
    (
        xs.clone().fold(f64::INFINITY, f64::min),
        xs.fold(f64::NEG_INFINITY, f64::max),
        ys.clone().fold(f64::INFINITY, f64::min),
        ys.fold(f64::NEG_INFINITY, f64::max),
    )
}

impl ArcFrame {
    /// The largest arc for the scale `min..max` that fits in `area`, centred in it.
    pub fn fit(area: Rect, angles: Angles, min: f64, max: f64) -> ArcFrame {
        let (x0, x1, y0, y1) = unit_bounds(angles);
        let r = (area.width() / (x1 - x0)).min(area.height() / (y1 - y0)).max(0.0);
        let slack_x = area.width() - r * (x1 - x0);
        let slack_y = area.height() - r * (y1 - y0);
        ArcFrame {
            cx: area.x0 + slack_x / 2.0 - x0 * r,
            cy: area.y0 + slack_y / 2.0 - y0 * r,
            r_outer: r,
            r_inner: r * (1.0 - THICKNESS),
            angles,
            min,
            max,
        }
    }

    /// The bounding box of the drawn arc (with its centre).
    pub fn bounds(&self) -> Rect {
        let (x0, x1, y0, y1) = unit_bounds(self.angles);
        let r = self.r_outer;
        Rect::new(self.cx + x0 * r, self.cy + y0 * r, self.cx + x1 * r, self.cy + y1 * r)
    }

    /// The angle of a value, clamped to the sweep.
    pub fn angle_of(&self, value: f64) -> f64 {
        let t = ((value - self.min) / (self.max - self.min)).clamped(0.0, 1.0);
        self.angles.start + t * (self.angles.end - self.angles.start)
    }

    pub fn point(&self, deg: f64, r: f64) -> (f64, f64) {
        let (ux, uy) = unit(deg);
        (self.cx + r * ux, self.cy + r * uy)
    }

    /// The polygon of the band between two angles and two radii: the outer chord chain forward,
    /// the inner one back.
    pub fn sector_between(&self, a0: f64, a1: f64, r_in: f64, r_out: f64) -> Vec<(f64, f64)> {
        let steps = (((a1 - a0).abs() / STEP_DEGREES).ceil() as usize).max(1);
        let angle = |i: usize| a0 + (a1 - a0) * i as f64 / steps as f64;
        let outer = (0..=steps).map(|i| self.point(angle(i), r_out));
        let inner = (0..=steps).rev().map(|i| self.point(angle(i), r_in));
        outer.chain(inner).collect()
    }

    /// The band polygon for the value range `v0..v1`.
    pub fn sector(&self, v0: f64, v1: f64) -> Vec<(f64, f64)> {
        self.sector_between(self.angle_of(v0), self.angle_of(v1), self.r_inner, self.r_outer)
    }

    /// A radial tick at a value, from `r0` to `r1`, `width` pixels wide, as a quadrilateral.
    pub fn tick(&self, value: f64, r0: f64, r1: f64, width: f64) -> Vec<(f64, f64)> {
        let deg = self.angle_of(value);
        let (ux, uy) = unit(deg);
        let (nx, ny) = (-uy * width / 2.0, ux * width / 2.0); // perpendicular, half the width
        let (ax, ay) = (self.cx + r0 * ux, self.cy + r0 * uy);
        let (bx, by) = (self.cx + r1 * ux, self.cy + r1 * uy);
        vec![(ax + nx, ay + ny), (bx + nx, by + ny), (bx - nx, by - ny), (ax - nx, ay - ny)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn angles_run_clockwise_from_twelve_oclock() {
        let f = ArcFrame::fit(Rect::new(0.0, 0.0, 200.0, 150.0), Angles::default(), 0.0, 10.0);
        assert_eq!(f.angle_of(0.0), -120.0);
        assert_eq!(f.angle_of(5.0), 0.0);
        assert_eq!(f.angle_of(10.0), 120.0);
        assert_eq!(f.angle_of(-3.0), -120.0, "clamped below");
        assert_eq!(f.angle_of(99.0), 120.0, "clamped above");
        assert!(close(f.point(0.0, 10.0), (f.cx, f.cy - 10.0)), "0° is straight up");
        assert!(close(f.point(90.0, 10.0), (f.cx + 10.0, f.cy)), "90° is to the right");
    }

    #[test]
    fn a_240_degree_arc_fills_a_4_by_3_box() {
        // Its bounding box is 2r wide and 1.5r tall (top at -r, ends at +r/2 below the centre).
        let f = ArcFrame::fit(Rect::new(0.0, 0.0, 200.0, 150.0), Angles::default(), 0.0, 1.0);
        assert!((f.r_outer - 100.0).abs() < 1e-9);
        let b = f.bounds();
        assert!(close((b.x0, b.y0), (0.0, 0.0)) && close((b.x1, b.y1), (200.0, 150.0)), "{b:?}");
    }

    #[test]
    fn arc_stays_inside_a_wide_box_and_is_centred() {
        let area = Rect::new(10.0, 20.0, 410.0, 120.0);
        let f = ArcFrame::fit(area, Angles::default(), 0.0, 1.0);
        assert!(area.contains(&f.bounds(), 1e-9));
        assert!((f.cx - 210.0).abs() < 1e-9);
        for p in f.sector(0.0, 1.0) {
            assert!(area.contains(&Rect::new(p.0, p.1, p.0, p.1), 1e-9), "{p:?}");
        }
    }

    #[test]
    fn sector_polygon_follows_both_radii() {
        let f = ArcFrame::fit(Rect::new(0.0, 0.0, 200.0, 150.0), Angles::default(), 0.0, 10.0);
        let poly = f.sector(0.0, 5.0);
        let radius = |p: &(f64, f64)| ((p.0 - f.cx).powi(2) + (p.1 - f.cy).powi(2)).sqrt();
        let n = poly.len() / 2;
        assert!(poly[..n].iter().all(|p| (radius(p) - f.r_outer).abs() < 1e-9));
        assert!(poly[n..].iter().all(|p| (radius(p) - f.r_inner).abs() < 1e-9));
        assert!(n >= 60, "120° in steps of at most 2°: {n} points");
    }
}
