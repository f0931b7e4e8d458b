//! `new Gauges(data)`: one element's validated gauges, kept between frames so the entry
//! animation redraws without parsing again; `render(i, canvas, …, reveal)` draws gauge `i` and
//! `describe(i)` gives its ARIA values.

use super::measure::CanvasMeasure;
use super::numbers::IntlFormat;
use super::{data_text, draw_on_canvas, problems_error, size_canvas, to_js};
use crate::gauge::progress;
use crate::model::{parse_gauges, GaugeSet, GaugeStyle, Problems};
use crate::num::Clamped;
use crate::scene::{build_gauge_scene, gauge_value_text, GaugeLook};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen]
pub struct Gauges {
    set: GaugeSet,
    /// One formatter per gauge: each may name its own locale.
    numbers: Vec<IntlFormat>,
    look: GaugeLook,
}

#[derive(Serialize)]
struct Described<'a> {
    /// The accessible name (the gauge's title).
    label: &'a str,
    min: f64,
    max: f64,
    /// The latest value (the baseline when no current value is given; the target when there is
    /// no baseline either, as `aria-valuenow` is required; `text` says which).
    now: f64,
    /// The `aria-valuetext` sentence.
    text: String,
    style: &'static str,
}

#[wasm_bindgen]
impl Gauges {
    #[wasm_bindgen(constructor)]
    pub fn new(data: JsValue) -> Result<Gauges, JsError> {
        let set = parse_gauges(&data_text(&data)?).map_err(|p| problems_error(&p))?;
        let numbers = set
            .gauges
            .iter()
            .enumerate()
            .map(|(i, g)| {
                IntlFormat::new(g.locale.as_deref()).map_err(|p| {
                    // Name the gauge in the path when the data is a grid.
                    let path = if set.gauges.len() > 1 { format!("gauges[{i}].locale") } else { "locale".into() };
                    Problems::one(path, p.0.first().map(|x| x.message.clone()).unwrap_or_default())
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|p| problems_error(&p))?;
        Ok(Gauges { set, numbers, look: GaugeLook::default() })
    }

    /// Sets the colours for the next render: `{background, text, muted, track, palette}`.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: JsValue) {
        self.look.theme = super::theme_from(&theme);
    }

    #[wasm_bindgen(getter)]
    pub fn count(&self) -> usize {
        self.set.gauges.len()
    }

    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.set.title.clone()
    }

    #[wasm_bindgen(getter)]
    pub fn subtitle(&self) -> Option<String> {
        self.set.subtitle.clone()
    }

    #[wasm_bindgen(getter)]
    pub fn source(&self) -> Option<String> {
        self.set.source.clone()
    }

    fn gauge(&self, index: usize) -> Result<usize, JsError> {
        if index < self.set.gauges.len() {
            Ok(index)
        } else {
            Err(JsError::new(&format!("no gauge {index}: there are {}", self.set.gauges.len())))
        }
    }

    /// `{label, min, max, now, text, style}` for the gauge's `role="meter"` element.
    pub fn describe(&self, index: usize) -> Result<JsValue, JsError> {
        let g = &self.set.gauges[self.gauge(index)?];
        let p = progress(g);
        to_js(&Described {
            label: &g.title,
            min: g.min,
            max: g.max,
            now: p.now.unwrap_or(g.target.value).clamped(g.min, g.max),
            text: gauge_value_text(g, &self.numbers[index]),
            style: match g.style {
                GaugeStyle::Arc => "arc",
                GaugeStyle::Bullet => "bullet",
            },
        })
    }

    /// The whole grid as an SVG document `css_width` wide (as tall as it needs), with the title,
    /// subtitle and source; `canvas` lends its 2D context for measuring text.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&self, canvas: HtmlCanvasElement, css_width: f64) -> Result<String, JsError> {
        let measure = CanvasMeasure::for_canvas(&canvas)?;
        let width = if css_width.is_finite() { css_width.clamped(160.0, 20000.0) } else { 960.0 };
        let numbers = |i: usize| -> &dyn crate::format::FormatNumber { &self.numbers[i] };
        Ok(crate::render::scene_to_svg(&crate::render::gauges_scene_with(&self.set, width, None, &measure, &numbers)))
    }

    /// Draws gauge `index` into `canvas` at CSS size × devicePixelRatio; `reveal` in [0, 1] is
    /// the entry animation's progress (1 draws everything). Returns how many secondary texts
    /// were dropped to fit.
    pub fn render(
        &self,
        index: usize,
        canvas: HtmlCanvasElement,
        css_width: f64,
        css_height: f64,
        device_pixel_ratio: f64,
        reveal: f64,
    ) -> Result<usize, JsError> {
        let i = self.gauge(index)?;
        let dpr = size_canvas(&canvas, css_width, css_height, device_pixel_ratio)?;
        let measure = CanvasMeasure::for_canvas(&canvas)?;
        let reveal = if reveal.is_finite() { reveal.clamped(0.0, 1.0) } else { 1.0 };
        let g = build_gauge_scene(&self.set.gauges[i], css_width, css_height, &measure, &self.numbers[i], &self.look, reveal);
        draw_on_canvas(canvas, &g.scene, &[], dpr)?;
        Ok(g.dropped)
    }
}
