//! Squarified treemap (Bruls, Huizing and van Wijk 2000), as d3's `treemapSquarify`: lay the
//! siblings in rows along the shorter side, growing each row while its worst aspect ratio
//! improves; `ratio` is the target aspect ratio (the golden ratio by default).

use super::{Job, Rect, Row};

pub fn squarify(job: &Job, area: Rect, out: &mut [Rect]) {
    squarify_rows(job, area, out, &mut Vec::new());
}

/// Squarify, also recording the rows it made (for [`super::resquarify`] to keep next time).
pub fn squarify_rows(job: &Job, area: Rect, out: &mut [Rect], rows: &mut Vec<Row>) {
    rows.clear();
    let values = job.values;
    let n = values.len();
    let (mut x0, mut y0, x1, y1) = (area.x0, area.y0, area.x1, area.y1);
    let mut remaining = job.total;
    let (mut i0, mut i1) = (0, 0);
    while i0 < n {
        let (dx, dy) = (x1 - x0, y1 - y0);

        // Step 1: start the row with the next non-empty value (leading zeros join this row).
        let mut sum = 0.0;
        while i1 < n {
            sum = values[i1];
            i1 += 1;
            if sum != 0.0 {
                break;
            }
        }
        let (mut min_value, mut max_value) = (sum, sum);
        let alpha = (dy / dx).max(dx / dy) / (remaining * job.ratio);
        let mut beta = sum * sum * alpha;
        let mut min_ratio = (max_value / beta).max(beta / min_value);

        // Step 2: keep adding values while the row's worst aspect ratio holds or improves.
        while i1 < n {
            let value = values[i1];
            sum += value;
            min_value = min_value.min(value);
            max_value = max_value.max(value);
            beta = sum * sum * alpha;
            let new_ratio = (max_value / beta).max(beta / min_value);
            if new_ratio > min_ratio {
                sum -= value;
                break;
            }
            min_ratio = new_ratio;
            i1 += 1;
        }

        // Step 3: lay the row across the shorter side and take its strip off the area.
        let row = Job { values: &values[i0..i1], total: sum, depth: job.depth, ratio: job.ratio };
        let share = if remaining > 0.0 { sum / remaining } else { 0.0 };
        rows.push(Row { len: i1 - i0, dice: dx < dy });
        if dx < dy {
            let y = if dy > 0.0 { y0 + dy * share } else { y1 };
            super::dice(&row, Rect::new(x0, y0, x1, y), &mut out[i0..i1]);
            y0 = y;
        } else {
            let x = if dx > 0.0 { x0 + dx * share } else { x1 };
            super::slice(&row, Rect::new(x0, y0, x, y1), &mut out[i0..i1]);
            x0 = x;
        }
        remaining -= sum;
        i0 = i1;
    }
}
