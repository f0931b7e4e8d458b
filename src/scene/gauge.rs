//! The gauge scene: title, the arc (or bullet bar) with its segments and ticks, the latest value
//! written large, and secondary text. Text never collides or leaves the box: layouts are tried
//! from the fullest down, dropping secondary text in [`DROP_ORDER`], first with the value inside
//! the arc, then with it on its own line above the arc; the first that fits wins.

use super::{Align, Color, Item, Scene, Theme};
use crate::format::{with_unit, FormatNumber};
use crate::messages::{Messages, Msg};
use crate::gauge::arc::{Angles, ArcFrame};
use crate::gauge::bullet::BulletFrame;
use crate::gauge::{progress, segments, Progress, SegmentKind, Status};
use crate::layout::Rect;
use crate::model::{GaugeSpec, GaugeStyle};
use crate::num::Clamped;
use crate::text::{ellipsize, wrap_ellipsis, Font, Line, TextMeasure, LINE_HEIGHT};

/// Secondary text, in the order it is dropped when space runs out (the README lists it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Secondary {
    Note,
    Delta,
    BaselineLabel,
    TargetLabel,
    Caption,
    GapLine,
}

pub const DROP_ORDER: [Secondary; 6] =
    [Secondary::Note, Secondary::Delta, Secondary::BaselineLabel, Secondary::TargetLabel, Secondary::Caption, Secondary::GapLine];

pub const PROGRESS: Color = Color::hex(0x0072B2);
pub const OVERSHOOT: Color = Color::hex(0x009E73);
pub const REGRESS: Color = Color::hex(0xD55E00);

/// The edge drawn along both rims of the gap band: the band's light tint alone contrasts only
/// 1.2:1 with the track, and WCAG 1.4.11 asks 3:1 of the parts a reader must tell apart. A
/// deep blue, darker than the progress colour so the two never read as one, is 5.9:1 against
/// the light track; on dark, Okabe–Ito's sky blue is 4.9:1.
pub const GAP_EDGE_LIGHT: Color = Color::hex(0x005A8C);
pub const GAP_EDGE_DARK: Color = Color::hex(0x56B4E9);

fn gap_edge(theme: &Theme) -> Color {
    if theme.forced.is_some() {
        theme.text
    } else if theme.is_dark() {
        GAP_EDGE_DARK
    } else {
        GAP_EDGE_LIGHT
    }
}

/// The rims drawn along a segment so that its extent contrasts 3:1 with the track and the
/// background (WCAG 1.4.11): the gap's, a band's from the data (its grey alone is 1.2:1 on the
/// track), and under forced colours the scale's own outline.
fn rim_color(theme: &Theme, kind: SegmentKind) -> Option<Color> {
    match kind {
        SegmentKind::Gap => Some(gap_edge(theme)),
        SegmentKind::Band(_) => Some(theme.muted),
        SegmentKind::Track if theme.forced.is_some() => Some(theme.text),
        _ => None,
    }
}

/// How wide the gap band's edges are, in CSS pixels.
const GAP_EDGE: f64 = 1.5;

fn segment_color(theme: &Theme, kind: SegmentKind) -> Color {
    // Forced colours, as a high-contrast progress bar: the scale the background between edges
    // in the text colour, the gap to close in the track colour (GrayText), what is reached in
    // Highlight.
    if let Some(highlight) = theme.forced {
        return match kind {
            SegmentKind::Track | SegmentKind::Band(_) => theme.background,
            SegmentKind::Gap => theme.track,
            _ => highlight,
        };
    }
    match kind {
        SegmentKind::Track => theme.track,
        // Bands from the data: the track toward the text colour, a step more for each.
        SegmentKind::Band(i) => theme.track.mix(theme.text, 0.08 * (i % 3 + 1) as f64),
        // The gap is the progress colour washed toward the background (#B3D4E8 on white).
        SegmentKind::Gap => theme.tint(PROGRESS, 0.7),
        SegmentKind::Progress => PROGRESS,
        SegmentKind::Overshoot => OVERSHOOT,
        SegmentKind::Regress => REGRESS,
    }
}

/// The words of a gauge, formatted once.
struct Words {
    title: String,
    /// The value with its unit, for a line of its own: "2.82 trillion yuan".
    big: String,
    /// The same split for writing inside the arc: the number large, the unit small below it
    /// ("%" stays with the number).
    big_number: String,
    big_unit: Option<String>,
    caption: Option<String>,
    gap_line: String,
    delta: Option<String>,
    baseline_label: Option<String>,
    /// None when there is no baseline: the large number is then the target itself.
    target_label: Option<String>,
    note: Option<String>,
}

fn signed(numbers: &dyn FormatNumber, v: f64) -> String {
    let s = numbers.format_compact(v.abs());
    if v > 0.0 {
        format!("+{s}")
    } else if v < 0.0 {
        format!("−{s}")
    } else {
        "±0".to_string()
    }
}

/// A change in the gauge's unit: percentage points for a unit of `%`.
fn change(numbers: &dyn FormatNumber, v: f64, unit: Option<&str>, m: &Messages) -> String {
    match unit {
        Some("%") => m.fill(Msg::Points, &[("n", &signed(numbers, v))]),
        u => with_unit(&signed(numbers, v), u),
    }
}

fn percent(share: f64) -> String {
    // `+ 0.0` turns a negative zero (0 / −13) into 0, so it never prints as "-0%".
    format!("{}%", crate::decimal::Decimal((share * 100.0).round() + 0.0))
}

// Not inlined: two callers (the scene and the element's DOM lines) share one copy in the wasm.
#[inline(never)]
fn words(spec: &GaugeSpec, p: &Progress, numbers: &dyn FormatNumber, m: &Messages) -> Words {
    let unit = spec.unit.as_deref();
    let value = |v: f64| with_unit(&numbers.format_compact(v), unit);
    // "2.82 trillion" + "yuan" → "2.82" large, "trillion yuan" below it: the scale word joins
    // the unit, so long values still fit the arc's opening. "%" stays with its number.
    let split = |v: f64| {
        let n = numbers.format_compact(v);
        let (number, scale) = match n.split_once(' ') {
            Some((number, scale)) => (number.to_string(), Some(scale.to_string())),
            None => (n.clone(), None),
        };
        match (unit, scale) {
            (Some("%"), _) => (value(v), None),
            (None, scale) => (number, scale),
            (Some(u), None) => (number, Some(u.to_string())),
            (Some(u), Some(s)) => (number, Some(format!("{s} {u}"))),
        }
    };
    let t_label = spec.target.label.as_deref();
    let b_label = spec.baseline.as_ref().and_then(|b| b.label.as_deref());
    let target_value = numbers.format_compact(spec.target.value);
    let target_label = match t_label {
        Some(l) => m.fill(Msg::TargetOf, &[("label", l), ("value", &target_value)]),
        None => m.fill(Msg::TargetValue, &[("value", &target_value)]),
    };
    let Some(now) = p.now.filter(|_| spec.baseline.is_some()) else {
        let (big_number, big_unit) = split(spec.target.value);
        return Words {
            title: spec.title.clone(),
            big: value(spec.target.value),
            big_number,
            big_unit,
            caption: Some(t_label.map_or_else(|| m.get(Msg::TargetWord).to_string(), |l| m.fill(Msg::TargetCaption, &[("label", l)]))),
            gap_line: m.get(Msg::NoBaseline).to_string(),
            delta: None,
            baseline_label: None,
            target_label: None,
            note: spec.note.clone(),
        };
    };
    let share = p.share_closed.unwrap_or(0.0);
    let shared = percent(share);
    let gap_line = match p.status {
        Status::Overshoot => m.fill(Msg::TargetPassed, &[("share", &shared)]),
        Status::BelowBaseline => m.fill(Msg::BehindBaseline, &[("share", &shared)]),
        _ => m.fill(Msg::GapClosed, &[("share", &shared)]),
    };
    let delta = match (p.delta, p.remaining) {
        (Some(d), _) => {
            let c = change(numbers, d, unit, m);
            Some(match b_label {
                Some(l) => m.fill(Msg::Since, &[("change", &c), ("label", l)]),
                None => m.fill(Msg::SinceBaseline, &[("change", &c)]),
            })
        }
        (None, Some(r)) if r != 0.0 => {
            let c = change(numbers, r, unit, m);
            Some(match t_label {
                Some(l) => m.fill(Msg::NeedsBy, &[("change", &c), ("label", l)]),
                None => m.fill(Msg::Needs, &[("change", &c)]),
            })
        }
        _ => None,
    };
    let now_label = spec.current.as_ref().and_then(|c| c.label.clone()).or_else(|| b_label.map(str::to_string));
    let (big_number, big_unit) = split(now);
    Words {
        title: spec.title.clone(),
        big: value(now),
        big_number,
        big_unit,
        caption: now_label,
        gap_line,
        delta,
        baseline_label: spec.baseline.as_ref().map(|b| {
            let v = numbers.format_compact(b.value);
            match b_label {
                Some(l) => m.fill(Msg::LabelValue, &[("label", l), ("value", &v)]),
                None => m.fill(Msg::BaselineValue, &[("value", &v)]),
            }
        }),
        target_label: Some(target_label),
        note: spec.note.clone(),
    }
}

/// The sentence a screen reader gives as the gauge's value (`aria-valuetext`).
/// The texts the element writes as DOM around a chrome-less gauge: the title, then the lines
/// under the drawing — the gap line (bold), the change, the note — each given whole.
pub fn gauge_lines(spec: &GaugeSpec, numbers: &dyn FormatNumber, m: &Messages) -> (String, String, Option<String>, Option<String>) {
    let w = words(spec, &progress(spec), numbers, m);
    (w.title, w.gap_line, w.delta, w.note)
}

pub fn gauge_value_text(spec: &GaugeSpec, numbers: &dyn FormatNumber, m: &Messages) -> String {
    let p = progress(spec);
    let unit = spec.unit.as_deref();
    let value = |v: f64| with_unit(&numbers.format_compact(v), unit);
    let target = match spec.target.label.as_deref() {
        Some(l) => m.fill(Msg::TargetOf, &[("label", l), ("value", &value(spec.target.value))]),
        None => m.fill(Msg::TargetValue, &[("value", &value(spec.target.value))]),
    };
    let mut text = match (p.now, &spec.baseline, p.share_closed) {
        (Some(now), Some(b), Some(share)) => {
            let when = spec.current.as_ref().and_then(|c| c.label.as_deref()).or(b.label.as_deref());
            let now = match when {
                Some(w) => m.fill(Msg::NowIn, &[("value", &value(now)), ("label", w)]),
                None => value(now),
            };
            m.fill(Msg::ValueText, &[("now", &now), ("target", &target), ("share", &percent(share))])
        }
        _ => m.fill(Msg::ValueTextNoBaseline, &[("target", &target)]),
    };
    if let Some(note) = &spec.note {
        text.push_str("; ");
        text.push_str(note);
    }
    text
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// The value written inside the arc's opening.
    Inside,
    /// The value on its own line under the title.
    Stacked,
}

struct Attempt<'a> {
    measure: &'a dyn TextMeasure,
    theme: Theme,
    width: f64,
    height: f64,
    items: Vec<Item>,
    texts: Vec<Rect>,
    ok: bool,
}

impl Attempt<'_> {
    /// Places one line of text with its anchor at `x` (by `align`) and top at `y`; marks the
    /// attempt failed if it leaves the box or overlaps text already placed.
    fn text(&mut self, line: &Line, x: f64, y: f64, align: Align, color: Color) -> Rect {
        let x0 = match align {
            Align::Start => x,
            Align::Center => x - line.width / 2.0,
            Align::End => x - line.width,
        };
        let bounds = Rect::new(x0, y, x0 + line.width, y + line.font.size * LINE_HEIGHT);
        let inside = Rect::new(0.0, 0.0, self.width, self.height).contains(&bounds, 1e-9);
        if !inside || self.texts.iter().any(|t| t.overlap(&bounds) > 0.0) {
            self.ok = false;
        }
        self.texts.push(bounds);
        self.items.push(Item::Text { x, y, text: line.text.clone(), font: line.font, color, align, bounds });
        bounds
    }

    fn line(&self, text: &str, font: Font, max_width: f64) -> Option<Line> {
        ellipsize(self.measure, text, font, max_width)
    }

    /// A line that must appear whole (numbers are never cut): fails the attempt if too wide.
    fn whole(&mut self, text: &str, font: Font, max_width: f64) -> Line {
        let width = self.measure.width(text, font);
        if width > max_width {
            self.ok = false;
        }
        Line { text: text.to_string(), font, width }
    }
}

pub struct GaugeLook {
    pub margin: f64,
    pub title_size: f64,
    pub small_size: f64,
    pub big_max: f64,
    pub big_min: f64,
    pub theme: Theme,
    /// The words (the set's language, with its `strings`).
    pub messages: Messages,
    /// Whether the title and the lines under the drawing (gap, change, note) are drawn in the
    /// scene (exports, the CLI) or left to the page as wrapping DOM text (the element). Without
    /// them the arc takes the same frame in every box of one size, whatever its texts: every
    /// gauge of a grid has one diameter.
    pub chrome: bool,
}

impl Default for GaugeLook {
    fn default() -> Self {
        GaugeLook { margin: 6.0, title_size: 14.0, small_size: 12.0, big_max: 34.0, big_min: 14.0, theme: Theme::LIGHT, messages: Messages::default(), chrome: true }
    }
}

/// A gauge's scene and how much secondary text had to go.
pub struct GaugeScene {
    pub scene: Scene,
    /// How many entries of [`DROP_ORDER`], from its start, were left out to make the text fit.
    pub dropped: usize,
}

/// Builds the scene of one gauge in a `width` × `height` box. `reveal` in [0, 1] sweeps the
/// segments in from the start of the scale (the entry animation; 1 draws everything).
pub fn build_gauge_scene(
    spec: &GaugeSpec,
    width: f64,
    height: f64,
    measure: &dyn TextMeasure,
    numbers: &dyn FormatNumber,
    look: &GaugeLook,
    reveal: f64,
) -> GaugeScene {
    let p = progress(spec);
    let w = words(spec, &p, numbers, &look.messages);
    let mut last = None;
    for dropped in 0..=DROP_ORDER.len() {
        for placement in [Placement::Inside, Placement::Stacked] {
            // Bullets write the value on its own line; without chrome, arcs always inside
            // (the value above would shrink this arc alone).
            let arc = spec.style == GaugeStyle::Arc;
            if (!arc && placement == Placement::Inside) || (arc && !look.chrome && placement == Placement::Stacked) {
                continue;
            }
            let attempt = attempt(spec, &w, width, height, measure, look, &DROP_ORDER[dropped..], placement, reveal);
            if attempt.ok {
                return GaugeScene { scene: finish(attempt), dropped };
            }
            last = Some(attempt);
        }
    }
    // Nothing fits (a box far below 160 × 120): keep the shapes, drop every text that fails.
    let mut scene = finish(last.unwrap_or_else(|| attempt(spec, &w, width, height, measure, look, &[], Placement::Stacked, reveal)));
    let whole = Rect::new(0.0, 0.0, width, height);
    scene.items.retain(|i| !matches!(i, Item::Text { bounds, .. } if !whole.contains(bounds, 1e-9)));
    GaugeScene { scene, dropped: DROP_ORDER.len() }
}

fn finish(a: Attempt) -> Scene {
    Scene { width: a.width, height: a.height, background: a.theme.background, items: a.items, cells: Vec::new() }
}

#[allow(clippy::too_many_arguments)]
fn attempt<'a>(
    spec: &GaugeSpec,
    w: &Words,
    width: f64,
    height: f64,
    measure: &'a dyn TextMeasure,
    look: &GaugeLook,
    shown: &[Secondary],
    placement: Placement,
    reveal: f64,
) -> Attempt<'a> {
    let mut a = Attempt { measure, theme: look.theme, width, height, items: Vec::new(), texts: Vec::new(), ok: true };
    let has = |s: Secondary| shown.contains(&s);
    let m = look.margin;
    let inner_w = (width - 2.0 * m).max(0.0);
    let small = Font { size: if width < 240.0 { look.small_size - 1.0 } else { look.small_size }, bold: false };
    let line_h = small.size * LINE_HEIGHT;

    // Title: up to two lines, cut with an ellipsis rather than dropped.
    let title_font = Font { size: if width < 240.0 { look.title_size - 2.0 } else { look.title_size }, bold: true };
    let mut top = m;
    if look.chrome {
        for line in wrap_ellipsis(measure, &w.title, title_font, inner_w, 2) {
            top = a.text(&line, m, top, Align::Start, a.theme.text).y1;
        }
        top += 4.0;
    }

    // Bottom stack, from the bottom up: note, delta, gap line.
    let mut bottom = height - m;
    for (kind, text, bold) in [
        (Secondary::Note, w.note.as_deref(), false),
        (Secondary::Delta, w.delta.as_deref(), false),
        (Secondary::GapLine, Some(w.gap_line.as_str()), true),
    ] {
        if let (true, true, Some(text)) = (look.chrome, has(kind), text) {
            let font = Font { bold, ..small };
            if let Some(line) = a.line(text, font, inner_w) {
                bottom -= line_h;
                a.text(&line, width / 2.0, bottom, Align::Center, a.theme.text);
            } else {
                a.ok = false;
            }
        }
    }

    // The value written large: on its own line, or later inside the arc.
    let big_size = |room: f64| room.clamped(look.big_min, look.big_max).floor();
    if placement == Placement::Stacked {
        // As large as a quarter of the room allows, shrinking (down to the small text size)
        // until the whole value fits the width: a number is never cut.
        let mut size = big_size(((bottom - top) * 0.25).min(24.0));
        while size > small.size && measure.width(&w.big, Font { size, bold: true }) > inner_w {
            size -= 1.0;
        }
        let line = a.whole(&w.big, Font { size, bold: true }, inner_w);
        let mut x = m;
        let b = a.text(&line, x, top, Align::Start, a.theme.text);
        x = b.x1 + 6.0;
        if let (true, Some(caption)) = (has(Secondary::Caption), &w.caption) {
            // The caption sits on the value's baseline row, to its right.
            // Captions carry years: never cut.
            let c = a.whole(caption, small, (width - m - x).max(0.0));
            a.text(&c, x, b.y1 - line_h, Align::Start, a.theme.muted);
        }
        top = b.y1 + 4.0;
    }

    match spec.style {
        GaugeStyle::Arc => arc_body(&mut a, spec, w, Rect::new(m, top, width - m, bottom - 4.0), small, look, shown, placement, reveal),
        GaugeStyle::Bullet => bullet_body(&mut a, spec, w, Rect::new(m, top, width - m, bottom - 4.0), small, shown, reveal),
    }
    a
}

fn reveal_clip(spec: &GaugeSpec, reveal: f64, from: f64, to: f64) -> Option<(f64, f64)> {
    let limit = spec.min + (spec.max - spec.min) * reveal.clamped(0.0, 1.0);
    let to = to.min(limit);
    (to > from).then_some((from, to))
}

#[allow(clippy::too_many_arguments)]
fn arc_body(a: &mut Attempt, spec: &GaugeSpec, w: &Words, area: Rect, small: Font, look: &GaugeLook, shown: &[Secondary], placement: Placement, reveal: f64) {
    let has = |s: Secondary| shown.contains(&s);
    let line_h = small.size * LINE_HEIGHT;
    // Marker labels go in one row under the arc: the lower-angle marker's on the left.
    let labels_row = (has(Secondary::BaselineLabel) && w.baseline_label.is_some()) || (has(Secondary::TargetLabel) && w.target_label.is_some());
    // Without chrome the row is kept even when empty, so every arc gets the same frame.
    let reserve_row = labels_row || !look.chrome;
    let arc_area = Rect::new(area.x0, area.y0, area.x1, area.y1 - if reserve_row { line_h + 2.0 } else { 0.0 });
    if arc_area.height() < 20.0 || arc_area.width() < 20.0 {
        a.ok = false;
        return;
    }
    // Ticks reach 30 % of the band (6 % of the radius) past the arc: fit again inside that.
    let angles = Angles { start: spec.start_angle, end: spec.end_angle };
    let first = ArcFrame::fit(arc_area, angles, spec.min, spec.max);
    let f = ArcFrame::fit(arc_area.inset(first.r_outer * 0.07), angles, spec.min, spec.max);
    for seg in segments(spec) {
        let inset = match seg.kind {
            SegmentKind::Track | SegmentKind::Band(_) | SegmentKind::Gap => 0.0,
            _ => (f.r_outer - f.r_inner) * 0.18,
        };
        if let Some((v0, v1)) = reveal_clip(spec, reveal, seg.from, seg.to) {
            let (a0, a1) = (f.angle_of(v0), f.angle_of(v1));
            let points = f.sector_between(a0, a1, f.r_inner + inset, f.r_outer - inset);
            a.items.push(Item::Polygon { points, fill: segment_color(&a.theme, seg.kind) });
            if let Some(edge) = rim_color(&a.theme, seg.kind) {
                a.items.push(Item::Polygon { points: f.sector_between(a0, a1, f.r_inner, f.r_inner + GAP_EDGE), fill: edge });
                a.items.push(Item::Polygon { points: f.sector_between(a0, a1, f.r_outer - GAP_EDGE, f.r_outer), fill: edge });
            }
        }
    }
    let band = f.r_outer - f.r_inner;
    if let Some(b) = &spec.baseline {
        a.items.push(Item::Polygon { points: f.tick(b.value, f.r_inner - band * 0.15, f.r_outer + band * 0.15, 2.0), fill: a.theme.muted });
    }
    a.items.push(Item::Polygon { points: f.tick(spec.target.value, f.r_inner - band * 0.3, f.r_outer + band * 0.3, 3.0), fill: a.theme.text });

    if labels_row {
        let y = f.bounds().y1 + 2.0;
        let b_angle = spec.baseline.as_ref().map(|b| f.angle_of(b.value));
        let t_angle = f.angle_of(spec.target.value);
        let target_left = b_angle.is_some_and(|b| t_angle < b);
        let half = (area.width() / 2.0 - 4.0).max(0.0);
        // Marker labels carry numbers, which are never cut: too wide fails the attempt.
        let place = |text: &str, left: bool, a: &mut Attempt| {
            let l = a.whole(text, small, half);
            if left {
                a.text(&l, area.x0, y, Align::Start, a.theme.muted);
            } else {
                a.text(&l, area.x1, y, Align::End, a.theme.muted);
            }
        };
        if let (true, Some(text)) = (has(Secondary::BaselineLabel), &w.baseline_label) {
            place(text, !target_left, a);
        }
        if let (true, Some(text)) = (has(Secondary::TargetLabel), &w.target_label) {
            place(text, target_left, a);
        }
    }

    if placement == Placement::Inside {
        // The opening of the arc: a box inside the inner radius (its corners stay inside the
        // circle: 0.85² + 0.5² < 1), down to the arc's open ends. In it, stacked and centred:
        // the number large, its unit, the caption.
        let hole = Rect::new(f.cx - 0.85 * f.r_inner, f.cy - 0.5 * f.r_inner, f.cx + 0.85 * f.r_inner, f.cy + 0.5 * f.r_outer);
        let mut lines: Vec<Line> = Vec::new();
        let mut size = (f.r_inner * 0.42).clamped(look.big_min, look.big_max).floor();
        while size > look.big_min && a.measure.width(&w.big_number, Font { size, bold: true }) > hole.width() {
            size -= 1.0;
        }
        lines.push(a.whole(&w.big_number, Font { size, bold: true }, hole.width()));
        if let Some(unit) = &w.big_unit {
            lines.push(a.whole(unit, small, hole.width()));
        }
        if let Some(c) = w.caption.as_ref().filter(|_| shown.contains(&Secondary::Caption)) {
            lines.push(a.whole(c, small, hole.width()));
        }
        let total: f64 = lines.iter().map(|l| l.font.size * LINE_HEIGHT).sum();
        if total > hole.height() {
            a.ok = false;
        }
        let mut y = hole.y0 + ((hole.height() - total) / 2.0).max(0.0);
        for (i, line) in lines.iter().enumerate() {
            let color = if i == 0 { a.theme.text } else { a.theme.muted };
            y = a.text(line, f.cx, y, Align::Center, color).y1;
        }
    }
}

fn bullet_body(a: &mut Attempt, spec: &GaugeSpec, w: &Words, area: Rect, small: Font, shown: &[Secondary], reveal: f64) {
    let has = |s: Secondary| shown.contains(&s);
    let line_h = small.size * LINE_HEIGHT;
    let bar_h = 18.0f64.min(area.height() / 2.0);
    let labels = (has(Secondary::BaselineLabel) && w.baseline_label.is_some()) || (has(Secondary::TargetLabel) && w.target_label.is_some());
    let needed = bar_h + 8.0 + if labels { line_h + 2.0 } else { 0.0 };
    if area.height() < needed || area.width() < 40.0 {
        a.ok = false;
        return;
    }
    let f = BulletFrame { x0: area.x0, x1: area.x1, y: area.y0 + 4.0, height: bar_h, min: spec.min, max: spec.max };
    for seg in segments(spec) {
        let inset = match seg.kind {
            SegmentKind::Track | SegmentKind::Band(_) | SegmentKind::Gap => 0.0,
            _ => bar_h * 0.25,
        };
        if let Some((v0, v1)) = reveal_clip(spec, reveal, seg.from, seg.to) {
            let bar = f.bar(v0, v1, inset);
            a.items.push(Item::Rect { rect: bar, fill: segment_color(&a.theme, seg.kind) });
            if let Some(edge) = rim_color(&a.theme, seg.kind) {
                a.items.push(Item::Rect { rect: Rect::new(bar.x0, bar.y0, bar.x1, bar.y0 + GAP_EDGE), fill: edge });
                a.items.push(Item::Rect { rect: Rect::new(bar.x0, bar.y1 - GAP_EDGE, bar.x1, bar.y1), fill: edge });
            }
        }
    }
    if let Some(b) = &spec.baseline {
        a.items.push(Item::Rect { rect: f.tick(b.value, 2.0, 2.0), fill: a.theme.muted });
    }
    a.items.push(Item::Rect { rect: f.tick(spec.target.value, 3.0, 4.0), fill: a.theme.text });
    if labels {
        let y = f.y + bar_h + 6.0;
        let label = |text: &str, value: f64, a: &mut Attempt| {
            let l = a.whole(text, small, area.width());
            // Centred under its tick, slid back inside the box at the ends.
            let x = (f.x_of(value) - l.width / 2.0).clamped(area.x0, area.x1 - l.width);
            a.text(&l, x, y, Align::Start, a.theme.muted);
        };
        if let (true, Some(text), Some(b)) = (has(Secondary::BaselineLabel), &w.baseline_label, &spec.baseline) {
            label(text, b.value, a);
        }
        if let (true, Some(text)) = (has(Secondary::TargetLabel), &w.target_label) {
            label(text, spec.target.value, a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gap_and_every_band_stand_out_from_the_track_in_both_themes() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            for kind in [SegmentKind::Gap, SegmentKind::Band(0), SegmentKind::Band(1), SegmentKind::Band(2)] {
                let edge = rim_color(&theme, kind).expect("a rim");
                assert!(edge.contrast(theme.track) >= 3.0, "{kind:?} on the track {:?}", theme.track);
                assert!(edge.contrast(theme.background) >= 3.0, "{kind:?} on the background {:?}", theme.background);
            }
        }
    }
}
