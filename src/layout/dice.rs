//! Dice: divides the area horizontally, left to right (d3's `treemapDice`).

use super::{Job, Rect};

pub fn dice(job: &Job, area: Rect, out: &mut [Rect]) {
    let k = if job.total > 0.0 { area.width() / job.total } else { 0.0 };
    let mut x = area.x0;
    for (value, rect) in job.values.iter().zip(out.iter_mut()) {
        let x1 = x + value * k;
        *rect = Rect::new(x, area.y0, x1, area.y1);
        x = x1;
    }
}
