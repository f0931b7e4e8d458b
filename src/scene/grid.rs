//! A grid of gauges as one scene: the set's heading above, the gauges in as many columns as
//! fit, its source below (what the gauge element's `toSvg()` and the CLI export).

use super::{build_gauge_scene, Color, GaugeLook, Item, Scene};
use crate::format::FormatNumber;
use crate::gauge::grid_columns;
use crate::model::{GaugeSet, GaugeStyle};
use crate::text::{wrap_ellipsis, ApproxMeasure, Font, TextMeasure, LINE_HEIGHT};

/// Smallest gauge cell and the gap between cells, in CSS pixels (the element's CSS uses the same).
pub const GAUGE_MIN_CELL: f64 = 240.0;
pub const GAUGE_GAP: f64 = 12.0;
/// Height of a bullet gauge's cell; an arc gauge's cell is 3/4 as tall as it is wide.
pub const BULLET_CELL_HEIGHT: f64 = 130.0;

/// A grid of gauges `width` pixels wide, as tall as it needs: the set's title and subtitle
/// above, its source below, and the gauges in as many columns as fit.
pub fn gauges_scene(set: &GaugeSet, width: f64, cell_height: Option<f64>) -> Scene {
    let look = GaugeLook { messages: set.messages(None), ..GaugeLook::default() };
    let numbers = |i: usize| set.gauges.get(i).map(|g| crate::format::native_format(g.locale.as_deref()));
    gauges_scene_with(set, width, cell_height, &ApproxMeasure, &numbers, &look)
}

/// As [`gauges_scene`], with the browser's text measure, each gauge's number format and a look
/// (the theme's background and text colours for the heading too).
pub fn gauges_scene_with<'a>(
    set: &GaugeSet,
    width: f64,
    cell_height: Option<f64>,
    measure: &dyn TextMeasure,
    numbers: &dyn Fn(usize) -> Option<&'a dyn FormatNumber>,
    look: &GaugeLook,
) -> Scene {
    let theme = &look.theme;
    let columns = grid_columns(width, GAUGE_MIN_CELL, GAUGE_GAP, set.gauges.len());
    let cell_w = (width - GAUGE_GAP * (columns - 1) as f64) / columns as f64;
    let all_bullets = set.gauges.iter().all(|g| g.style == GaugeStyle::Bullet);
    let cell_h = cell_height.unwrap_or(if all_bullets { BULLET_CELL_HEIGHT } else { (cell_w * 0.75).round() });
    let mut scene = Scene { width, height: 0.0, background: theme.background, items: Vec::new(), cells: Vec::new() };
    let mut y = 0.0;
    let heading = |text: &str, font: Font, color: Color, y: &mut f64, items: &mut Vec<Item>| {
        for line in wrap_ellipsis(measure, text, font, width, 3) {
            let bounds = crate::layout::Rect::new(0.0, *y, line.width, *y + font.size * LINE_HEIGHT);
            items.push(Item::Text { x: 0.0, y: *y, text: line.text, font, color, align: crate::scene::Align::Start, bounds });
            *y = bounds.y1;
        }
    };
    if let Some(title) = &set.title {
        heading(title, Font { size: 18.0, bold: true }, theme.text, &mut y, &mut scene.items);
    }
    if let Some(subtitle) = &set.subtitle {
        heading(subtitle, Font { size: 13.0, bold: false }, theme.muted, &mut y, &mut scene.items);
    }
    if y > 0.0 {
        y += 8.0;
    }
    for (i, gauge) in set.gauges.iter().enumerate() {
        let (row, col) = (i / columns, i % columns);
        let Some(format) = numbers(i) else { continue };
        let g = build_gauge_scene(gauge, cell_w, cell_h, measure, format, look, 1.0);
        scene.place(g.scene, col as f64 * (cell_w + GAUGE_GAP), y + row as f64 * (cell_h + GAUGE_GAP));
    }
    let rows = set.gauges.len().div_ceil(columns);
    y += rows as f64 * (cell_h + GAUGE_GAP);
    if let Some(source) = &set.source {
        heading(&look.messages.fill(crate::messages::Msg::Source, &[("source", source)]), Font { size: 11.0, bold: false }, theme.muted, &mut y, &mut scene.items);
    }
    scene.height = y.ceil();
    scene
}

