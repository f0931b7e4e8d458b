//! Whole renders from data to an image string: the same scene the browser draws, through
//! our SVG backend (svg.rs; static fallbacks, print, newsletters).

use crate::draw::{draw_scene, DrawOptions};
use crate::format::FormatNumber;
use crate::model::{GaugeSet, TreemapSpec};
use crate::scene::{build_treemap_scene, Scene, TreemapStyle, View};
use crate::text::{ApproxMeasure, TextMeasure};
use crate::svg::SvgWriter;

pub fn scene_to_svg(scene: &Scene) -> String {
    scene_to_svg_in(scene, crate::text::FONT_FAMILY)
}

/// [`scene_to_svg`] with the text in `family` (a CSS font family list).
pub fn scene_to_svg_in(scene: &Scene, family: &str) -> String {
    let mut svg = String::new();
    {
        let size = (scene.width.round().max(1.0) as u32, scene.height.round().max(1.0) as u32);
        let mut backend = SvgWriter::new(&mut svg, size);
        // Writing into a String cannot fail; an error here would be a bug in the backend.
        if draw_scene(scene, &mut backend, DrawOptions { family, ..DrawOptions::SVG }).is_err() {
            return "<!-- drawing failed -->".into();
        }
    }
    svg
}

pub fn render_treemap_svg(spec: &TreemapSpec, width: f64, height: f64) -> String {
    let numbers = crate::format::native_format(spec.locale.as_deref());
    let t = build_treemap_scene(spec, width, height, &ApproxMeasure, numbers, &TreemapStyle::default(), &View::default(), None);
    scene_to_svg(&t.scene)
}

pub use crate::scene::{gauges_scene, gauges_scene_with, BULLET_CELL_HEIGHT, GAUGE_GAP, GAUGE_MIN_CELL};

/// Which format a data text is in: gauge data has a `target` or a `gauges` list at the top;
/// anything else is read as a treemap (whose validation then names what is missing).
pub fn is_gauge_data(text: &str) -> bool {
    crate::model::top_level_has(text, &["target", "gauges"])
}

/// Data text of either kind to SVG, with `measure` for text widths and `numbers` making a
/// number format for a locale tag (the CLI: digit groups; the browser and Node: `Intl`).
/// `height` is the treemap's, or one gauge cell's (`None`: 3/4 of its width).
pub fn data_to_svg<F: FormatNumber>(
    text: &str,
    width: f64,
    height: Option<f64>,
    measure: &dyn TextMeasure,
    mut numbers: impl FnMut(Option<&str>, &crate::model::NumberFormatSpec) -> Result<F, crate::model::Problems>,
) -> Result<String, crate::model::Problems> {
    let ok = |v: f64| v.is_finite() && v > 0.0 && v <= crate::widget::MAX_CSS_SIZE;
    if !ok(width) || height.is_some_and(|h| !ok(h)) {
        return Err(crate::model::Problems::one("", format!("size {} × {}: expected CSS pixels above 0, at most 20000", crate::decimal::Decimal(width), crate::decimal::Decimal(height.unwrap_or(0.0)))));
    }
    if is_gauge_data(text) {
        let mut gauges = crate::widget::GaugeWidget::new(crate::model::parse_gauges(text)?, numbers)?;
        return Ok(scene_to_svg(&gauges.grid_scene(width, height, measure)));
    }
    let spec = crate::model::parse_treemap(text)?;
    let format = numbers(spec.locale.as_deref(), &spec.number_format)?;
    let t = build_treemap_scene(&spec, width, height.unwrap_or(600.0), measure, &format, &TreemapStyle::default(), &View::default(), None);
    Ok(scene_to_svg(&t.scene))
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
