//! Arrow-key navigation by position: from the focused cell's centre, the nearest cell whose
//! centre lies in the arrow's direction, weighing sideways offset twice as much as distance
//! along the arrow (so Right prefers the cell beside over the one diagonally below).

use super::Key;
use crate::layout::Rect;

fn centre(r: &Rect) -> (f64, f64) {
    ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)
}

pub fn neighbour(rects: &[Rect], candidates: &[usize], from: usize, key: Key) -> Option<usize> {
    let (fx, fy) = centre(&rects[from]);
    candidates
        .iter()
        .filter(|&&c| c != from && rects[c].area() > 0.0)
        .filter_map(|&c| {
            let (cx, cy) = centre(&rects[c]);
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
