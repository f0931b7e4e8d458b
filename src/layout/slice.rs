//! Slice: divides the area vertically, top to bottom (d3's `treemapSlice`).

use super::{Job, Rect};

pub fn slice(job: &Job, area: Rect, out: &mut [Rect]) {
    let k = if job.total > 0.0 { area.height() / job.total } else { 0.0 };
    let mut y = area.y0;
    for (value, rect) in job.values.iter().zip(out.iter_mut()) {
        let y1 = y + value * k;
        *rect = Rect::new(area.x0, y, area.x1, y1);
        y = y1;
    }
}
