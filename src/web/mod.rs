//! The browser layer (wasm32 only): thin exports around the pure core. Typed errors from the
//! model become one JS `Error` here, at the boundary, with every problem on its own line.

mod canvas;
mod errors;
mod gauges;
mod measure;
mod numbers;
mod treemap;

// Talc instead of Rust's default dlmalloc: ~5 KB less wasm and faster for the many small
// allocations of parsing (see docs/DESIGN.md). The module is single-threaded (no atomics).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use gauges::Gauges;
pub use treemap::Treemap;

use crate::decimal::Decimal;
use crate::draw::{draw_scene_with, DrawOptions};
use crate::layout::{layout, LayoutOptions, Rect};
use crate::model::{parse_treemap, TreemapSpec};
use crate::scene::{build_treemap_scene, Item, Scene, TreemapStyle, View};
use measure::CanvasMeasure;
use numbers::IntlFormat;
use errors::{fail, problems_error, JsResult};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// A theme from the page: `{background, text, muted, track, palette: [...]}` as `#rrggbb`
/// strings (the element normalises CSS colours through a canvas). Missing or unreadable
/// entries keep the defaults of the theme the background implies (light or dark).
fn theme_from(value: &JsValue) -> crate::scene::Theme {
    use crate::scene::{Color, Theme};
    let colour = |v: JsValue| v.as_string().and_then(|s| Color::parse_hex(&s));
    let get = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).ok();
    // The background and text decide the defaults (light or dark palette) for the rest.
    let (bg, ink) = (get("background").and_then(colour), get("text").and_then(colour));
    let mut theme = Theme::for_background(bg.unwrap_or(Theme::LIGHT.background), ink.unwrap_or(Theme::LIGHT.text));
    for (key, slot) in [("muted", &mut theme.muted), ("track", &mut theme.track)] {
        if let Some(c) = get(key).and_then(colour) {
            *slot = c;
        }
    }
    theme.forced = get("highlight").and_then(colour);
    let list = js_sys::Array::from(&get("palette").unwrap_or_default());
    for (i, slot) in theme.palette.iter_mut().enumerate() {
        if let Some(c) = colour(list.get(i as u32)) {
            *slot = c;
        }
    }
    theme
}

/// JSON text as given, or a plain JS object serialised with `JSON.stringify`, so both take the
/// same validation path and give the same error messages.
// `JSON.stringify` turns NaN and ±Infinity into `null`, so a required value would read as
// missing and an optional one as absent. Written as their names instead ("NaN", "Infinity"),
// validation reports each at its JSON path ("tree.children[3].value: expected a finite number
// >= 0, got \"NaN\"").
#[wasm_bindgen(inline_js = "export function stringify(v) { return JSON.stringify(v, (k, x) => typeof x == 'number' && !isFinite(x) ? String(x) : x); }")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn stringify(value: &JsValue) -> Result<js_sys::JsString, JsValue>;
}

fn data_text(data: &JsValue) -> JsResult<String> {
    let text: js_sys::JsString = match data.dyn_ref::<js_sys::JsString>() {
        Some(text) => text.clone(),
        None => stringify(data).map_err(|_| fail("the data is neither JSON text nor a JSON-serialisable object"))?,
    };
    // Checked before the text is copied into the wasm: a string of more UTF-16 units than the
    // limit has at least as many UTF-8 bytes.
    let limit = crate::model::limits::MAX_INPUT_BYTES;
    if text.length() as usize > limit {
        return Err(problems_error(&crate::model::Problems::one("", format!("input is {} characters long; the limit is {limit} bytes", text.length()))));
    }
    text.as_string().ok_or_else(|| fail("the data is not text that JavaScript can hand over"))
}

fn parse_data(data: &JsValue) -> JsResult<TreemapSpec> {
    parse_treemap(&data_text(data)?).map_err(|p| problems_error(&p))
}

/// The canvas's 2D context (`None` if it already has another kind).
fn context_2d(canvas: &HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

/// Sizes the canvas backing store to CSS size × devicePixelRatio (crisp on any screen) and
/// returns the ratio actually used (1 for nonsense values, at most 8).
fn size_canvas(canvas: &HtmlCanvasElement, css_width: f64, css_height: f64, device_pixel_ratio: f64) -> JsResult<f64> {
    check_size(css_width, css_height)?;
    let dpr = if device_pixel_ratio.is_finite() && device_pixel_ratio > 0.0 { device_pixel_ratio.min(8.0) } else { 1.0 };
    canvas.set_width((css_width * dpr).round() as u32);
    canvas.set_height((css_height * dpr).round() as u32);
    Ok(dpr)
}

fn draw_on_canvas(canvas: HtmlCanvasElement, scene: &Scene, overlay: &[Item], dpr: f64) -> JsResult<()> {
    draw_on_canvas_in(canvas, scene, overlay, dpr, crate::text::FONT_FAMILY)
}

/// [`draw_on_canvas`] with texts in the CSS font family list `family`.
fn draw_on_canvas_in(canvas: HtmlCanvasElement, scene: &Scene, overlay: &[Item], dpr: f64, family: &str) -> JsResult<()> {
    let mut backend = canvas::Canvas::new(canvas).ok_or_else(|| fail("the canvas has no 2D context"))?;
    draw_scene_with(scene, overlay, &mut backend, DrawOptions::canvas(dpr, family)).map_err(|e| fail(&format!("drawing failed: {e}")))
}

fn check_size(width: f64, height: f64) -> JsResult<()> {
    let ok = |v: f64| v.is_finite() && (0.0..=20000.0).contains(&v);
    if ok(width) && ok(height) {
        Ok(())
    } else {
        Err(fail(&format!("size {} × {}: expected CSS pixels from 0 to 20000", Decimal(width), Decimal(height))))
    }
}

/// `layoutTreemap(data, width, height)`: `{nodes: [{id, name, depth, value, x0, y0, x1, y1}]}`,
/// one per node, root first, depth-first in input order, in CSS pixels.
#[wasm_bindgen(js_name = layoutTreemap)]
pub fn layout_treemap(data: JsValue, width: f64, height: f64) -> JsResult<JsValue> {
    check_size(width, height)?;
    let spec = parse_data(&data)?;
    let o = &spec.options;
    let rects = layout(&spec.tree, &LayoutOptions { min_area: 0.0, ..LayoutOptions::of(o, Rect::new(0.0, 0.0, width, height)) }, None).rects;
    from_json(&crate::report::layout(&spec, &rects))
}

/// A result written as JSON text by `report`, read by one `JSON.parse` (see docs/DESIGN.md,
/// "Data across the boundary").
fn from_json(text: &str) -> JsResult<JsValue> {
    js_sys::JSON::parse(text).map_err(|_| fail("internal: could not hand the result to JavaScript"))
}

/// `renderTreemap(canvas, data, cssWidth, cssHeight, devicePixelRatio)`: validates, lays out
/// and draws into `canvas`, sizing its backing store to CSS size × devicePixelRatio so it is
/// crisp on any screen. Returns the cells as drawn; throws an Error listing every problem.
#[wasm_bindgen(js_name = renderTreemap)]
pub fn render_treemap(
    canvas: HtmlCanvasElement,
    data: JsValue,
    css_width: f64,
    css_height: f64,
    device_pixel_ratio: f64,
) -> JsResult<JsValue> {
    let spec = parse_data(&data)?;
    let numbers = IntlFormat::with(spec.locale.as_deref(), &spec.number_format).map_err(|p| problems_error(&p))?;
    let dpr = size_canvas(&canvas, css_width, css_height, device_pixel_ratio)?;
    let measure = CanvasMeasure::for_canvas(&canvas)?;
    let t = build_treemap_scene(&spec, css_width, css_height, &measure, &numbers, &TreemapStyle::default(), &View::default(), None);
    draw_on_canvas(canvas, &t.scene, &[], dpr)?;
    from_json(&crate::report::cells(&spec, t.scene.width, t.scene.height, &t.scene.cells))
}

/// `renderSvg(data, width, height)`: treemap or gauge data (told apart by their fields) to an
/// SVG document with no DOM and no canvas — text widths from built-in per-character metrics,
/// numbers from `Intl.NumberFormat` — so it runs in Node as in a page. For gauges `height` is
/// one cell's (0: 3/4 of its width); for a treemap 0 means 600.
#[wasm_bindgen(js_name = renderSvg)]
pub fn render_svg(data: JsValue, width: f64, height: f64) -> JsResult<String> {
    let text = data_text(&data)?;
    let height = (height > 0.0).then_some(height);
    crate::render::data_to_svg(&text, width, height, &crate::text::ApproxMeasure, IntlFormat::with).map_err(|p| problems_error(&p))
}
