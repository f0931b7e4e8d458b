//! Whole renders from data to an image string: the same scene the browser draws, through
//! plotters' SVG backend (static fallbacks, print, newsletters).

use crate::draw::{draw_scene, DrawOptions};
use crate::format::{FormatNumber, GroupedFormat};
use crate::gauge::grid_columns;
use crate::model::{GaugeSet, GaugeStyle, TreemapSpec};
use crate::scene::{build_gauge_scene, build_treemap_scene, Color, GaugeLook, Item, Scene, TreemapStyle, View};
use crate::text::{wrap_ellipsis, ApproxMeasure, Font, TextMeasure, LINE_HEIGHT};
use plotters_svg::SVGBackend;

pub fn scene_to_svg(scene: &Scene) -> String {
    let mut svg = String::new();
    {
        let size = (scene.width.round().max(1.0) as u32, scene.height.round().max(1.0) as u32);
        let mut backend = SVGBackend::with_string(&mut svg, size);
        // Writing into a String cannot fail; an error here would be a bug in the backend. Its
        // details are not formatted: io::Error's Debug would ship its kind names in the wasm.
        if draw_scene(scene, &mut backend, DrawOptions::SVG).is_err() {
            return "<!-- drawing failed -->".into();
        }
    }
    svg
}

pub fn render_treemap_svg(spec: &TreemapSpec, width: f64, height: f64) -> String {
    let t = build_treemap_scene(spec, width, height, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None);
    scene_to_svg(&t.scene)
}

/// Smallest gauge cell and the gap between cells, in CSS pixels (the element's CSS uses the same).
pub const GAUGE_MIN_CELL: f64 = 240.0;
pub const GAUGE_GAP: f64 = 12.0;
/// Height of a bullet gauge's cell; an arc gauge's cell is 3/4 as tall as it is wide.
pub const BULLET_CELL_HEIGHT: f64 = 130.0;

/// A grid of gauges `width` pixels wide, as tall as it needs: the set's title and subtitle
/// above, its source below, and the gauges in as many columns as fit.
pub fn gauges_scene(set: &GaugeSet, width: f64, cell_height: Option<f64>) -> Scene {
    gauges_scene_with(set, width, cell_height, &ApproxMeasure, &|_| &GroupedFormat)
}

/// As [`gauges_scene`], with the browser's text measure and each gauge's number format.
pub fn gauges_scene_with<'a>(
    set: &GaugeSet,
    width: f64,
    cell_height: Option<f64>,
    measure: &dyn TextMeasure,
    numbers: &dyn Fn(usize) -> &'a dyn FormatNumber,
) -> Scene {
    let columns = grid_columns(width, GAUGE_MIN_CELL, GAUGE_GAP, set.gauges.len());
    let cell_w = (width - GAUGE_GAP * (columns - 1) as f64) / columns as f64;
    let all_bullets = set.gauges.iter().all(|g| g.style == GaugeStyle::Bullet);
    let cell_h = cell_height.unwrap_or(if all_bullets { BULLET_CELL_HEIGHT } else { (cell_w * 0.75).round() });
    let mut scene = Scene { width, height: 0.0, background: Color::WHITE, items: Vec::new(), cells: Vec::new() };
    let mut y = 0.0;
    let heading = |text: &str, font: Font, color: Color, y: &mut f64, items: &mut Vec<Item>| {
        for line in wrap_ellipsis(measure, text, font, width, 3) {
            let bounds = crate::layout::Rect::new(0.0, *y, line.width, *y + font.size * LINE_HEIGHT);
            items.push(Item::Text { x: 0.0, y: *y, text: line.text, font, color, align: crate::scene::Align::Start, bounds });
            *y = bounds.y1;
        }
    };
    if let Some(title) = &set.title {
        heading(title, Font { size: 18.0, bold: true }, Color::INK, &mut y, &mut scene.items);
    }
    if let Some(subtitle) = &set.subtitle {
        heading(subtitle, Font { size: 13.0, bold: false }, Color::MUTED, &mut y, &mut scene.items);
    }
    if y > 0.0 {
        y += 8.0;
    }
    for (i, gauge) in set.gauges.iter().enumerate() {
        let (row, col) = (i / columns, i % columns);
        let g = build_gauge_scene(gauge, cell_w, cell_h, measure, numbers(i), &GaugeLook::default(), 1.0);
        scene.place(g.scene, col as f64 * (cell_w + GAUGE_GAP), y + row as f64 * (cell_h + GAUGE_GAP));
    }
    let rows = set.gauges.len().div_ceil(columns);
    y += rows as f64 * (cell_h + GAUGE_GAP);
    if let Some(source) = &set.source {
        heading(&format!("Source: {source}"), Font { size: 11.0, bold: false }, Color::MUTED, &mut y, &mut scene.items);
    }
    scene.height = y.ceil();
    scene
}

pub fn render_gauges_svg(set: &GaugeSet, width: f64, cell_height: Option<f64>) -> String {
    scene_to_svg(&gauges_scene(set, width, cell_height))
}

/// Rasterises an SVG made by [`scene_to_svg`] to PNG bytes at `scale` device pixels per CSS
/// pixel, with the system's fonts (the same stack the browser uses; CJK from Noto).
#[cfg(not(target_arch = "wasm32"))]
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options::default();
    let db = options.fontdb_mut();
    db.load_system_fonts();
    // usvg maps the generic `sans-serif` to Arial; point it at a sans-serif this machine has
    // (Debian: DejaVu, as Chromium falls back to), so unnamed fonts never drop the text.
    let has = |family: &str| db.faces().any(|f| f.families.iter().any(|(name, _)| name == family));
    if let Some(family) = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Noto Sans CJK SC"].into_iter().find(|f| has(f)) {
        db.set_sans_serif_family(family);
    }
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("internal SVG: {e}"))?;
    let size = tree.size().to_int_size().scale_by(scale).ok_or("image too large")?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("image too large")?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("PNG encoding: {e}"))
}
