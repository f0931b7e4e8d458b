//! Slice-and-dice: slice at odd depths, dice at even ones, so the direction alternates by level
//! (Shneiderman's original treemap; d3's `treemapSliceDice`).

use super::{dice, slice, Job, Rect};

pub fn slice_dice(job: &Job, area: Rect, out: &mut [Rect]) {
    if job.depth % 2 == 1 {
        slice(job, area, out)
    } else {
        dice(job, area, out)
    }
}
