//! Where a gauge stands: the share of the baseline → target gap closed, and the value ranges to
//! draw. Progress runs from the baseline toward the target in the gauge's direction, so for a
//! decrease target the band grows as the value falls.

use crate::model::{Direction, GaugeSpec};
use crate::num::Clamped;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No baseline: only the target can be shown.
    NoBaseline,
    /// Behind the baseline (moved away from the target).
    BelowBaseline,
    /// Between baseline and target.
    OnTheWay,
    /// At the target exactly.
    Reached,
    /// Past the target.
    Overshoot,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    /// The latest value: `current`, else the baseline; `None` without either.
    pub now: Option<f64>,
    /// (now − baseline) / (target − baseline): 0 at the baseline, 1 at the target; may leave [0, 1].
    pub share_closed: Option<f64>,
    /// now − baseline, when a current value is given.
    pub delta: Option<f64>,
    /// target − now: what is still needed.
    pub remaining: Option<f64>,
    pub status: Status,
}

pub fn progress(spec: &GaugeSpec) -> Progress {
    let target = spec.target.value;
    let Some(base) = spec.baseline.as_ref().map(|b| b.value) else {
        let now = spec.current.as_ref().map(|c| c.value);
        return Progress { now, share_closed: None, delta: None, remaining: now.map(|n| target - n), status: Status::NoBaseline };
    };
    let now = spec.current.as_ref().map_or(base, |c| c.value);
    // The baseline never equals the target (validation), so the share is finite.
    let share = (now - base) / (target - base);
    let status = if share < 0.0 {
        Status::BelowBaseline
    } else if share > 1.0 {
        Status::Overshoot
    } else if share == 1.0 {
        Status::Reached
    } else {
        Status::OnTheWay
    };
    Progress {
        now: Some(now),
        share_closed: Some(share),
        delta: spec.current.as_ref().map(|c| c.value - base),
        remaining: Some(target - now),
        status,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// The whole scale, min to max.
    Track,
    /// A band from the data, by index.
    Band(usize),
    /// Baseline to target: the distance to cover.
    Gap,
    /// Baseline toward the target, as far as the latest value (capped at the target).
    Progress,
    /// Target to the latest value, when the target is passed.
    Overshoot,
    /// The latest value to the baseline, when it moved away from the target.
    Regress,
}

/// A value range to draw, `from < to` in value terms (drawing order is the list order).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub from: f64,
    pub to: f64,
    pub kind: SegmentKind,
}

/// The ranges to draw, clamped to the scale, in painting order (track first). Empty ranges are
/// left out.
pub fn segments(spec: &GaugeSpec) -> Vec<Segment> {
    let clamp = |v: f64| v.clamped(spec.min, spec.max);
    let mut out = vec![Segment { from: spec.min, to: spec.max, kind: SegmentKind::Track }];
    for (i, band) in spec.bands.iter().enumerate() {
        out.push(Segment { from: clamp(band.from), to: clamp(band.to), kind: SegmentKind::Band(i) });
    }
    let Some(base) = spec.baseline.as_ref().map(|b| b.value) else { return out };
    let target = spec.target.value;
    let now = spec.current.as_ref().map_or(base, |c| c.value);
    let mut push = |a: f64, b: f64, kind| {
        let (from, to) = (clamp(a.min(b)), clamp(a.max(b)));
        if to > from {
            out.push(Segment { from, to, kind });
        }
    };
    push(base, target, SegmentKind::Gap);
    match spec.direction {
        Direction::Increase => {
            if now > base {
                push(base, now.min(target), SegmentKind::Progress);
            }
            if now > target {
                push(target, now, SegmentKind::Overshoot);
            }
            if now < base {
                push(now, base, SegmentKind::Regress);
            }
        }
        Direction::Decrease => {
            if now < base {
                push(now.max(target), base, SegmentKind::Progress);
            }
            if now < target {
                push(now, target, SegmentKind::Overshoot);
            }
            if now > base {
                push(base, now, SegmentKind::Regress);
            }
        }
    }
    out
}
