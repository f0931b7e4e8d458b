//! `new Gauges(data)`: glue over the core's [`GaugeWidget`], kept between frames so the entry
//! animation redraws without parsing again; `render(i, canvas, …, reveal)` draws gauge `i` and
//! `describe(i)` gives its ARIA values.

use super::errors::{fail, headed, problems_error, JsResult};
use crate::messages::Msg;
use super::measure::CanvasMeasure;
use super::numbers::IntlFormat;
use super::{data_text, draw_on_canvas, from_json, size_canvas};
use crate::model::parse_gauges;
use crate::widget::GaugeWidget;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen]
pub struct Gauges {
    widget: GaugeWidget<IntlFormat>,
}

#[wasm_bindgen]
impl Gauges {
    #[wasm_bindgen(constructor)]
    pub fn new(data: JsValue, lang: Option<String>) -> JsResult<Gauges> {
        let heading = |e| headed(e, lang.as_deref(), Msg::GaugeError);
        let mut set = parse_gauges(&data_text(&data).map_err(heading)?).map_err(|p| heading(problems_error(&p)))?;
        // Data that names no locale takes the page's `lang` (its words and its numbers).
        if let Some(lang) = lang.as_deref().filter(|l| !l.is_empty()) {
            set.locale.get_or_insert_with(|| lang.to_string());
            for g in &mut set.gauges {
                g.locale.get_or_insert_with(|| lang.to_string());
            }
        }
        let mut widget = GaugeWidget::new(set, IntlFormat::with).map_err(|p| heading(problems_error(&p)))?;
        // The element writes each title and the lines under the drawing as DOM text.
        widget.set_chrome(false);
        Ok(Gauges { widget })
    }

    /// Sets the colours for the next render and export: `{background, text, muted, track, palette}`.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: JsValue) {
        self.widget.set_theme(super::theme_from(&theme));
    }

    /// Every word the element shows, `{key: template}` (the set's language, its `strings` over it).
    pub fn strings(&self) -> JsResult<JsValue> {
        from_json(&crate::report::strings(&self.widget.set().messages(None)))
    }

    #[wasm_bindgen(getter)]
    pub fn count(&self) -> usize {
        self.widget.count()
    }

    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.widget.set().title.clone()
    }

    #[wasm_bindgen(getter)]
    pub fn subtitle(&self) -> Option<String> {
        self.widget.set().subtitle.clone()
    }

    #[wasm_bindgen(getter)]
    pub fn source(&self) -> Option<String> {
        self.widget.set().source.clone()
    }

    fn no_gauge(&self, index: usize) -> JsValue {
        fail(&format!("no gauge {index}: there are {}", self.widget.count()))
    }

    /// `{label, min, max, now, text, style}` for the gauge's `role="meter"` element, and the
    /// texts the element writes around the drawing: `gap`, `delta`, `note` (null when absent).
    pub fn describe(&self, index: usize) -> JsResult<JsValue> {
        let a = self.widget.aria(index).ok_or_else(|| self.no_gauge(index))?;
        from_json(&crate::report::gauge(&a))
    }

    /// The whole grid as an SVG document `css_width` wide (as tall as it needs), in the current
    /// theme, with the title, subtitle and source; `canvas` lends its 2D context for measuring.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&mut self, canvas: HtmlCanvasElement, css_width: f64) -> JsResult<String> {
        let measure = CanvasMeasure::for_canvas(&canvas)?;
        Ok(crate::render::scene_to_svg(&self.widget.grid_scene(css_width, None, &measure)))
    }

    /// Draws gauge `index` into `canvas` at CSS size × devicePixelRatio; `reveal` in [0, 1] is
    /// the entry animation's progress (1 draws everything). Returns how many secondary texts
    /// were dropped to fit.
    pub fn render(&self, index: usize, canvas: HtmlCanvasElement, css_width: f64, css_height: f64, device_pixel_ratio: f64, reveal: f64) -> JsResult<usize> {
        let dpr = size_canvas(&canvas, css_width, css_height, device_pixel_ratio)?;
        let measure = CanvasMeasure::for_canvas(&canvas)?;
        let g = self.widget.scene(index, css_width, css_height, &measure, reveal).ok_or_else(|| self.no_gauge(index))?;
        draw_on_canvas(canvas, &g.scene, &[], dpr)?;
        Ok(g.dropped)
    }
}
