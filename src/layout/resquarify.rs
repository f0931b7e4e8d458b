//! Resquarify (d3's `treemapResquarify`): lay the siblings out in the rows a previous squarify
//! made — same members, same orientation — sized by the new values, so that when values change
//! cells grow and shrink in place instead of jumping to other rows.

use super::{dice, slice, Job, Rect, Row};

/// Tiles `job` with the given rows (their lengths must add up to `job.values.len()`; the
/// caller falls back to squarify otherwise).
pub fn resquarify(job: &Job, area: Rect, out: &mut [Rect], rows: &[Row]) {
    let (mut x0, mut y0, x1, y1) = (area.x0, area.y0, area.x1, area.y1);
    let mut remaining = job.total;
    let mut i0 = 0;
    for row in rows {
        let i1 = (i0 + row.len).min(job.values.len());
        let values = &job.values[i0..i1];
        let sum: f64 = values.iter().sum();
        let part = Job { values, total: sum, depth: job.depth, ratio: job.ratio };
        let share = if remaining > 0.0 { sum / remaining } else { 0.0 };
        if row.dice {
            let y = if y1 > y0 { y0 + (y1 - y0) * share } else { y1 };
            dice(&part, Rect::new(x0, y0, x1, y), &mut out[i0..i1]);
            y0 = y;
        } else {
            let x = if x1 > x0 { x0 + (x1 - x0) * share } else { x1 };
            slice(&part, Rect::new(x0, y0, x, y1), &mut out[i0..i1]);
            x0 = x;
        }
        remaining -= sum;
        i0 = i1;
    }
}
