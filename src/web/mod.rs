//! The browser layer (wasm32 only): thin exports around the pure core. Typed errors from the
//! model become one JS `Error` here, at the boundary, with every problem on its own line.

mod canvas;
mod errors;
mod gauges;
mod measure;
mod numbers;
mod object;
mod treemap;

// Talc instead of Rust's default dlmalloc: ~5 KB less wasm and faster for the many small
// allocations of parsing (see docs/DESIGN.md). The module is single-threaded (no atomics).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use gauges::Gauges;
pub use treemap::Treemap;

use crate::draw::{draw_scene_with, DrawOptions};
use crate::layout::{layout, LayoutOptions, Rect};
use object::Json;
use crate::model::{parse_treemap, TreemapSpec};
use crate::scene::{build_treemap_scene, Item, Scene, TreemapStyle, View};
use measure::CanvasMeasure;
use numbers::IntlFormat;
use errors::{fail, problems_error, JsResult};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

/// A theme from the page: `{background, text, muted, track, palette: [...]}` as `#rrggbb`
/// strings (the element normalises CSS colours through a canvas). Missing or unreadable
/// entries keep the light theme's.
fn theme_from(value: &JsValue) -> crate::scene::Theme {
    use crate::scene::{Color, Theme};
    let mut theme = Theme::LIGHT;
    let get = |key: &str| js_sys::Reflect::get(value, &JsValue::from_str(key)).ok().and_then(|v| v.as_string()).and_then(|s| Color::parse_hex(&s));
    if let Some(c) = get("background") {
        theme.background = c;
    }
    if let Some(c) = get("text") {
        theme.text = c;
    }
    if let Some(c) = get("muted") {
        theme.muted = c;
    }
    if let Some(c) = get("track") {
        theme.track = c;
    }
    if let Ok(list) = js_sys::Reflect::get(value, &JsValue::from_str("palette")) {
        let list = js_sys::Array::from(&list);
        for (i, slot) in theme.palette.iter_mut().enumerate() {
            if let Some(c) = list.get(i as u32).as_string().and_then(|s| Color::parse_hex(&s)) {
                *slot = c;
            }
        }
    }
    theme
}

/// JSON text as given, or a plain JS object serialised with `JSON.stringify`, so both take the
/// same validation path and give the same error messages.
fn data_text(data: &JsValue) -> JsResult<String> {
    match data.as_string() {
        Some(text) => Ok(text),
        None => js_sys::JSON::stringify(data)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or_else(|| fail("the data is neither JSON text nor a JSON-serialisable object")),
    }
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
    let mut backend = canvas::Canvas::new(canvas).ok_or_else(|| fail("the canvas has no 2D context"))?;
    draw_scene_with(scene, overlay, &mut backend, DrawOptions::canvas(dpr)).map_err(|e| fail(&format!("drawing failed: {e}")))
}

fn check_size(width: f64, height: f64) -> JsResult<()> {
    let ok = |v: f64| v.is_finite() && (0.0..=20000.0).contains(&v);
    if ok(width) && ok(height) {
        Ok(())
    } else {
        Err(fail(&format!("size {width} × {height}: expected CSS pixels from 0 to 20000")))
    }
}

/// `layoutTreemap(data, width, height)`: `{nodes: [{id, name, depth, value, x0, y0, x1, y1}]}`,
/// one per node, root first, depth-first in input order, in CSS pixels.
#[wasm_bindgen(js_name = layoutTreemap)]
pub fn layout_treemap(data: JsValue, width: f64, height: f64) -> JsResult<JsValue> {
    check_size(width, height)?;
    let spec = parse_data(&data)?;
    let o = &spec.options;
    let rects = layout(&spec.tree, &LayoutOptions::new(Rect::new(0.0, 0.0, width, height), o.tiling, o.ratio, o.padding), None).rects;
    let mut j = Json::new();
    j.open('{').key("nodes").open('[');
    for (n, r) in spec.tree.nodes().iter().zip(rects) {
        j.open('{').key("id").opt_string(n.id.as_deref()).key("name").string(&n.name).key("depth").num(n.depth as f64).key("value").num(n.value);
        j.key("x0").num(r.x0).key("y0").num(r.y0).key("x1").num(r.x1).key("y1").num(r.y1).close('}');
    }
    j.close(']').close('}').parse()
}

/// What a render tells the page: `{width, height, title, cells: [{id, name, depth, leaf, value,
/// rect, fill, label, other}]}`, the cells as drawn (for tests, tooltips and accessibility);
/// `other` is, for an "Other" cell, how many children of `name` it stands for.
fn summary(spec: &TreemapSpec, width: f64, height: f64, scene_cells: &[crate::scene::Cell]) -> JsResult<JsValue> {
    let nodes = spec.tree.nodes();
    let mut j = Json::new();
    j.open('{').key("width").num(width).key("height").num(height).key("title").opt_string(spec.title.as_deref()).key("cells").open('[');
    for c in scene_cells {
        let Some(n) = nodes.get(c.node) else { continue };
        j.open('{').key("id").opt_string(n.id.as_deref()).key("name").string(&n.name).key("depth").num(n.depth as f64);
        j.key("leaf").bool(n.is_leaf() && c.folded == 0).key("value").num(n.value).key("rect").corners(c.rect).key("fill").string(&c.fill.css());
        j.key("label");
        match c.label {
            Some(r) => j.corners(r),
            None => j.opt_string(None),
        };
        j.key("other").num(c.folded as f64).close('}');
    }
    j.close(']').close('}').parse()
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
    let numbers = IntlFormat::new(spec.locale.as_deref()).map_err(|p| problems_error(&p))?;
    let dpr = size_canvas(&canvas, css_width, css_height, device_pixel_ratio)?;
    let measure = CanvasMeasure::for_canvas(&canvas)?;
    let t = build_treemap_scene(&spec, css_width, css_height, &measure, &numbers, &TreemapStyle::default(), &View::default(), None);
    draw_on_canvas(canvas, &t.scene, &[], dpr)?;
    summary(&spec, t.scene.width, t.scene.height, &t.scene.cells)
}

/// `renderSvg(data, width, height)`: treemap or gauge data (told apart by their fields) to an
/// SVG document with no DOM and no canvas — text widths from built-in per-character metrics,
/// numbers from `Intl.NumberFormat` — so it runs in Node as in a page. For gauges `height` is
/// one cell's (0: 3/4 of its width); for a treemap 0 means 600.
#[wasm_bindgen(js_name = renderSvg)]
pub fn render_svg(data: JsValue, width: f64, height: f64) -> JsResult<String> {
    let text = data_text(&data)?;
    let height = (height > 0.0).then_some(height);
    crate::render::data_to_svg(&text, width, height, &crate::text::ApproxMeasure, IntlFormat::new).map_err(|p| problems_error(&p))
}
