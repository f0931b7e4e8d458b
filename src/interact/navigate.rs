//! Arrow-key navigation by position: from the focused cell's centre, the nearest cell whose
//! centre lies in the arrow's direction, weighing sideways offset twice as much as distance
//! along the arrow (so Right prefers the cell beside over the one diagonally below).

use super::Key;
use crate::layout::Rect;

fn centre(r: &Rect) -> (f64, f64) {
    ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)
}

/// `None` when nothing lies that way, or when `rects` has no rectangle for `from` (a layout of
/// other data: the caller keeps the focus where it is).
pub fn neighbour(rects: &[Rect], candidates: &[usize], from: usize, key: Key) -> Option<usize> {
    let (fx, fy) = centre(rects.get(from)?);
    candidates
        .iter()
        .filter(|&&c| c != from)
        .filter_map(|&c| Some((c, rects.get(c).filter(|r| r.area() > 0.0)?)))
        .filter_map(|(c, rect)| {
            let (cx, cy) = centre(rect);
            let (along, across) = match key {
                Key::Right => (cx - fx, (cy - fy).abs()),
                Key::Left => (fx - cx, (cy - fy).abs()),
                Key::Down => (cy - fy, (cx - fx).abs()),
                Key::Up => (fy - cy, (cx - fx).abs()),
                _ => return None,
            };
            (along > 0.0).then_some((along + 2.0 * across, c))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}
