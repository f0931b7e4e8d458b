//! Browser unit tests (wasm-bindgen-test in headless Chromium): render into a real canvas and
//! read the pixels back; errors cross the boundary as JS Errors naming the JSON path.
#![cfg(target_arch = "wasm32")]

use cluster_widgets::web::{layout_treemap, render_svg, render_treemap, Treemap};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const DATA: &str = r#"{"unit": "units", "tree": {"name": "r", "children": [
  {"name": "Alpha", "children": [{"name": "a1", "value": 6}, {"name": "a2", "value": 2}]},
  {"name": "Beta", "value": 4}]}}"#;

fn canvas() -> HtmlCanvasElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let canvas: HtmlCanvasElement = document.create_element("canvas").expect("canvas").unchecked_into();
    document.body().expect("body").append_child(&canvas).expect("attached");
    canvas
}

fn pixel(canvas: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 3] {
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok().flatten().expect("2d").unchecked_into();
    let data = ctx.get_image_data(x, y, 1.0, 1.0).expect("pixels").data();
    [data[0], data[1], data[2]]
}

fn cells(rendered: &JsValue) -> Vec<serde_json::Value> {
    let text = js_sys::JSON::stringify(rendered).expect("serialisable").as_string().expect("string");
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["cells"].as_array().expect("cells").clone()
}

#[wasm_bindgen_test]
fn renders_cells_in_their_fill_colours() {
    let c = canvas();
    let rendered = render_treemap(c.clone(), JsValue::from_str(DATA), 400.0, 300.0, 1.0).expect("renders");
    let cells = cells(&rendered);
    assert_eq!(cells.len(), 4, "two groups' worth: Alpha, a1, a2, Beta");
    for cell in &cells {
        let r: Vec<f64> = cell["rect"].as_array().expect("rect").iter().filter_map(|v| v.as_f64()).collect();
        let fill = cell["fill"].as_str().expect("fill");
        let got = pixel(&c, r[2] - 2.0, r[3] - 2.0);
        let want = format!("#{:02x}{:02x}{:02x}", got[0], got[1], got[2]);
        assert_eq!(want, fill, "{}: bottom-right pixel", cell["name"]);
    }
}

#[wasm_bindgen_test]
fn backing_store_follows_the_device_pixel_ratio() {
    let c = canvas();
    render_treemap(c.clone(), JsValue::from_str(DATA), 300.0, 200.0, 2.0).expect("renders");
    assert_eq!((c.width(), c.height()), (600, 400));
    render_treemap(c.clone(), JsValue::from_str(DATA), 300.0, 200.0, 1.5).expect("renders");
    assert_eq!((c.width(), c.height()), (450, 300));
}

#[wasm_bindgen_test]
fn render_treemap_takes_the_data_number_format() {
    // A unit this browser's Intl does not know is a problem at `numberFormat`: the options are
    // used, not ignored.
    let data = r#"{"numberFormat": {"style": "unit", "unit": "furlong-per-fortnight"}, "tree": {"name": "r", "value": 1}}"#;
    let err: JsValue = render_treemap(canvas(), JsValue::from_str(data), 300.0, 200.0, 1.0).err().expect("an error").into();
    let problems = js_sys::Array::from(&js_sys::Reflect::get(&err, &"problems".into()).expect("problems"));
    let path = js_sys::Reflect::get(&problems.get(0), &"path".into()).ok().and_then(|v| v.as_string());
    assert_eq!(path.as_deref(), Some("numberFormat"));
    let ok = r#"{"numberFormat": {"maximumFractionDigits": 0}, "tree": {"name": "r", "value": 1}}"#;
    assert!(render_treemap(canvas(), JsValue::from_str(ok), 300.0, 200.0, 1.0).is_ok());
}

#[wasm_bindgen_test]
fn bad_data_is_a_js_error_naming_the_path() {
    let c = canvas();
    let bad = r#"{"tree": {"name": "r", "children": [{"name": "a", "value": -1}]}}"#;
    let err = render_treemap(c, JsValue::from_str(bad), 300.0, 200.0, 1.0).err().expect("an error");
    let err: JsValue = err.into();
    let message = err.dyn_ref::<js_sys::Error>().expect("a JS Error").message().as_string().unwrap_or_default();
    assert!(message.contains("tree.children[0].value: expected a finite number >= 0, got -1"), "{message}");
    let problems = js_sys::Array::from(&js_sys::Reflect::get(&err, &"problems".into()).expect("a problems property"));
    assert_eq!(problems.length(), 1);
    let first = problems.get(0);
    let field = |k: &str| js_sys::Reflect::get(&first, &k.into()).ok().and_then(|v| v.as_string());
    assert_eq!(field("path").as_deref(), Some("tree.children[0].value"));
    assert_eq!(field("message").as_deref(), Some("expected a finite number >= 0, got -1"));
}

#[wasm_bindgen_test]
fn a_failed_update_keeps_the_widget_and_the_next_good_one_draws() {
    let mut tm = Treemap::new(canvas(), JsValue::from_str(DATA), true, None).expect("treemap");
    tm.resize(300.0, 200.0, 1.0).expect("size");
    tm.render().expect("drawn");
    let err: JsValue = tm.update(JsValue::from_str("{x")).err().expect("bad JSON is an error");
    assert!(js_sys::Reflect::get(&err, &"problems".into()).is_ok_and(|p| js_sys::Array::is_array(&p)));
    tm.input("move", 150.0, 100.0).expect("the old data still answers");
    tm.update(JsValue::from_str(r#"{"tree": {"name": "r", "children": [{"name": "x", "value": 1}]}}"#)).expect("good data");
    // Before the next frame the summary already lists the new data's cells, not none.
    let summary = js_sys::JSON::stringify(&tm.summary().expect("summary")).expect("text").as_string().unwrap_or_default();
    assert!(summary.contains("\"name\":\"x\""), "{summary}");
    // A pointer move before the next frame hit-tests the new data, never the old layout.
    tm.input("move", 150.0, 100.0).expect("no trap");
    tm.render().expect("drawn");
}

#[wasm_bindgen_test]
fn render_svg_needs_no_canvas_and_tells_treemaps_from_gauges() {
    let svg = render_svg(JsValue::from_str(DATA), 400.0, 300.0).expect("treemap svg");
    assert!(svg.starts_with("<svg") && svg.contains("Alpha"), "{svg}");
    let gauge = r#"{"title": "Revenue", "baseline": {"value": 1}, "target": {"value": 2}}"#;
    let svg = render_svg(JsValue::from_str(gauge), 400.0, 0.0).expect("gauge svg");
    assert!(svg.contains("Revenue"), "{svg}");
    let err: JsValue = render_svg(JsValue::from_str(r#"{"title": 3, "target": {"value": 2}}"#), 400.0, 0.0).err().expect("bad");
    let problems = js_sys::Array::from(&js_sys::Reflect::get(&err, &"problems".into()).expect("problems"));
    let path = js_sys::Reflect::get(&problems.get(0), &"path".into()).ok().and_then(|v| v.as_string());
    assert_eq!(path.as_deref(), Some("title"));
}

#[wasm_bindgen_test]
fn an_invalid_locale_is_a_problem_not_a_trap() {
    let data = r#"{"locale": "not a locale!", "tree": {"name": "r", "value": 1}}"#;
    let err: JsValue = render_treemap(canvas(), JsValue::from_str(data), 300.0, 200.0, 1.0).err().expect("an error").into();
    let message = err.dyn_ref::<js_sys::Error>().expect("a JS Error").message().as_string().unwrap_or_default();
    assert!(message.contains("locale: \"not a locale!\" is not a valid locale tag"), "{message}");
}

#[wasm_bindgen_test]
fn layout_accepts_objects_as_well_as_text() {
    let object = js_sys::JSON::parse(DATA).expect("object");
    let from_object = js_sys::JSON::stringify(&layout_treemap(object, 100.0, 100.0).expect("layout")).expect("s");
    let from_text = js_sys::JSON::stringify(&layout_treemap(JsValue::from_str(DATA), 100.0, 100.0).expect("layout")).expect("s");
    assert_eq!(from_object.as_string(), from_text.as_string());
}

const GAUGE: &str = r#"{"title": "Revenue", "unit": "yuan", "locale": "en",
  "baseline": {"value": 2.82e12, "label": "2022"}, "current": {"value": 3.4e12, "label": "2024"},
  "target": {"value": 4e12, "label": "2027"}}"#;

#[wasm_bindgen_test]
fn gauges_describe_themselves_for_screen_readers() {
    let g = cluster_widgets::web::Gauges::new(JsValue::from_str(GAUGE), None).expect("valid");
    let d = js_sys::JSON::stringify(&g.describe(0).expect("gauge 0")).expect("s").as_string().expect("string");
    let d: serde_json::Value = serde_json::from_str(&d).expect("json");
    assert_eq!(d["label"], "Revenue");
    assert_eq!(d["now"], 3.4e12);
    // Intl's compact long form, as the browser writes it.
    assert_eq!(d["text"], "3.4 trillion yuan in 2024; 2027 target: 4 trillion yuan; 49% of the gap closed");
    assert!(g.describe(1).is_err(), "there is one gauge");
}

#[wasm_bindgen_test]
fn a_gauge_draws_its_progress_band() {
    let g = cluster_widgets::web::Gauges::new(JsValue::from_str(GAUGE), None).expect("valid");
    let c = canvas();
    g.render(0, c.clone(), 320.0, 240.0, 1.0, 1.0).expect("renders");
    let ctx: CanvasRenderingContext2d = c.get_context("2d").ok().flatten().expect("2d").unchecked_into();
    let data = ctx.get_image_data(0.0, 0.0, 320.0, 240.0).expect("pixels").data();
    let progress = data.chunks(4).filter(|p| p[0] < 10 && (0x68..0x7c).contains(&p[1]) && (0xa8..0xbc).contains(&p[2])).count();
    assert!(progress > 200, "{progress} pixels of the progress colour");
}

#[wasm_bindgen_test]
fn a_bad_locale_in_a_grid_names_its_gauge() {
    let data = r#"{"gauges": [{"title": "a", "target": {"value": 1}}, {"title": "b", "locale": "!!", "target": {"value": 1}}]}"#;
    let err: JsValue = cluster_widgets::web::Gauges::new(JsValue::from_str(data), None).err().expect("an error").into();
    let message = err.dyn_ref::<js_sys::Error>().expect("a JS Error").message().as_string().unwrap_or_default();
    assert!(message.contains("gauges[1].locale: \"!!\" is not a valid locale tag"), "{message}");
}

#[wasm_bindgen_test]
fn names_with_quotes_backslashes_and_control_characters_cross_intact() {
    let name = "say \"hi\" \\ tab\t bell\u{7} 名";
    let data = js_sys::JSON::parse(r#"{"tree": {"name": "r", "children": [{"name": "x", "value": 1}]}}"#).expect("object");
    let child = js_sys::Reflect::get(&js_sys::Reflect::get(&data, &"tree".into()).expect("tree"), &"children".into()).expect("children");
    js_sys::Reflect::set(&js_sys::Array::from(&child).get(0), &"name".into(), &name.into()).expect("set");
    let nodes = js_sys::Array::from(&js_sys::Reflect::get(&layout_treemap(data, 100.0, 100.0).expect("layout"), &"nodes".into()).expect("nodes"));
    let got = js_sys::Reflect::get(&nodes.get(1), &"name".into()).ok().and_then(|v| v.as_string());
    // Validation makes names XML-safe (the bell becomes U+FFFD); the rest crosses as it was.
    assert_eq!(got.as_deref(), Some("say \"hi\" \\ tab\t bell\u{fffd} 名"));
}

#[wasm_bindgen_test]
fn nan_and_infinity_from_an_object_are_named_at_their_paths() {
    let data = js_sys::JSON::parse(r#"{"options": {"ratio": 2}, "tree": {"name": "r", "children": [{"name": "a", "value": 1}, {"name": "b", "value": 2}]}}"#).expect("object");
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).expect(k);
    let children = js_sys::Array::from(&get(&get(&data, "tree"), "children"));
    js_sys::Reflect::set(&children.get(1), &"value".into(), &f64::NAN.into()).expect("set");
    js_sys::Reflect::set(&get(&data, "options"), &"ratio".into(), &f64::INFINITY.into()).expect("set");
    let err: JsValue = layout_treemap(data, 100.0, 100.0).err().expect("NaN is not a value");
    let problems = js_sys::Array::from(&get(&err, "problems"));
    let paths: Vec<String> = problems.iter().filter_map(|p| get(&p, "path").as_string()).collect();
    assert_eq!(paths, ["options.ratio", "tree.children[1].value"], "each named, not read as absent");
}

#[wasm_bindgen_test]
fn text_over_the_input_limit_is_refused_before_it_is_copied() {
    let big = "x".repeat(cluster_widgets::model::limits::MAX_INPUT_BYTES + 1);
    let err: JsValue = layout_treemap(JsValue::from_str(&big), 100.0, 100.0).err().expect("too large");
    let message = err.dyn_ref::<js_sys::Error>().expect("a JS Error").message().as_string().unwrap_or_default();
    assert!(message.contains("the limit is 16777216 bytes"), "{message}");
}
