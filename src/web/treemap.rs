//! `new Treemap(canvas, data, reducedMotion)`: glue over the core's [`TreemapWidget`]. It sizes
//! the canvas, turns DOM event names into [`Input`]s, draws the frame the widget lends it and
//! hands effects and descriptions to JavaScript.

use super::errors::{fail, headed, problems_error, JsResult};
use crate::messages::Msg;
use super::measure::CanvasMeasure;
use super::numbers::IntlFormat;
use super::{data_text, draw_on_canvas_in, from_json, size_canvas};
use crate::interact::{Effect, Input, Key};
use crate::model::parse_treemap;
use crate::widget::TreemapWidget;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen]
pub struct Treemap {
    widget: TreemapWidget<CanvasMeasure, IntlFormat>,
    canvas: HtmlCanvasElement,
    dpr: f64,
    /// The page's language (`lang` of the element or document), for data that names no locale.
    lang: Option<String>,
}

fn effects_to_js(effects: Vec<Effect>) -> JsResult<JsValue> {
    from_json(&crate::report::effects(&effects))
}

/// Validated data and its number format; data that names no locale takes the page's `lang`.
fn parse(data: &JsValue, lang: Option<&str>) -> JsResult<(crate::model::TreemapSpec, IntlFormat)> {
    let mut spec = parse_treemap(&data_text(data)?).map_err(|p| problems_error(&p))?;
    if spec.locale.is_none() {
        spec.locale = lang.filter(|l| !l.is_empty()).map(str::to_string);
    }
    let numbers = IntlFormat::with(spec.locale.as_deref(), &spec.number_format).map_err(|p| problems_error(&p))?;
    Ok((spec, numbers))
}

#[wasm_bindgen]
impl Treemap {
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, data: JsValue, reduced_motion: bool, lang: Option<String>) -> JsResult<Treemap> {
        let (spec, numbers) = parse(&data, lang.as_deref()).map_err(|e| headed(e, lang.as_deref(), Msg::TreemapError))?;
        let measure = CanvasMeasure::for_canvas(&canvas)?;
        let mut widget = TreemapWidget::new(spec, numbers, measure, reduced_motion);
        // The element writes the title, legend, source and notes as DOM text around the canvas.
        widget.set_chrome(false);
        Ok(Treemap { widget, canvas, dpr: 1.0, lang })
    }

    /// Sets the colours and font for the next render: `{background, text, muted, track,
    /// palette, fontFamily}` (the font a CSS family list; empty or absent: the default stack).
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: JsValue) {
        self.widget.set_theme(super::theme_from(&theme));
        let family = js_sys::Reflect::get(&theme, &JsValue::from_str("fontFamily")).ok().and_then(|f| f.as_string()).unwrap_or_default();
        if self.widget.measure().set_family(&family) {
            self.widget.remeasure();
        }
    }

    /// Sets the CSS size and devicePixelRatio for the next render.
    pub fn resize(&mut self, css_width: f64, css_height: f64, device_pixel_ratio: f64) -> JsResult<()> {
        self.dpr = size_canvas(&self.canvas, css_width, css_height, device_pixel_ratio)?;
        self.widget.resize(css_width, css_height);
        Ok(())
    }

    /// Replaces the data, keeping the drilled view when its node still exists. Bad data throws
    /// its problems and leaves the widget as it was.
    pub fn update(&mut self, data: JsValue) -> JsResult<()> {
        let (spec, numbers) = parse(&data, self.lang.as_deref()).map_err(|e| headed(e, self.lang.as_deref(), Msg::TreemapError))?;
        self.widget.update(spec, numbers);
        Ok(())
    }

    /// Pointer and focus inputs: kind is "move", "leave", "click", "tap", "focus" or "blur";
    /// x and y are CSS pixels from the canvas's top-left. Returns the effects.
    pub fn input(&mut self, kind: &str, x: f64, y: f64) -> JsResult<JsValue> {
        let input = match kind {
            "move" => Input::PointerMove { x, y },
            "leave" => Input::PointerLeave,
            "click" => Input::Click { x, y },
            "tap" => Input::Tap { x, y },
            "focus" => Input::Focus,
            "blur" => Input::Blur,
            other => return Err(fail(&format!("unknown input \"{other}\""))),
        };
        effects_to_js(self.widget.input(input))
    }

    /// A key by its DOM `KeyboardEvent.key`; `null` when the treemap does not use that key.
    pub fn key(&mut self, key: &str) -> JsResult<JsValue> {
        match Key::from_dom(key) {
            Some(k) => effects_to_js(self.widget.input(Input::Key(k))),
            None => Ok(JsValue::NULL),
        }
    }

    /// Goes to a node's view: zooming, or at once when `animate` is `false`.
    #[wasm_bindgen(js_name = drillTo)]
    pub fn drill_to(&mut self, node: usize, animate: Option<bool>) -> JsResult<JsValue> {
        match animate {
            Some(false) => effects_to_js(self.widget.drill_now(node)),
            _ => effects_to_js(self.widget.input(Input::DrillTo(node))),
        }
    }

    /// Sets the selection (`undefined` clears it); returns the effects (a redraw).
    pub fn select(&mut self, node: Option<usize>) -> JsResult<JsValue> {
        effects_to_js(self.widget.select(node))
    }

    /// Advances the animation clock; true while a transition still runs.
    pub fn frame(&mut self, now: f64) -> bool {
        self.widget.frame(now)
    }

    /// Draws the current state.
    pub fn render(&mut self) -> JsResult<()> {
        let family = self.widget.measure().family();
        let frame = self.widget.render();
        draw_on_canvas_in(self.canvas.clone(), frame.scene, &frame.overlay, self.dpr, &family)
    }

    /// The cells of the last render: `{width, height, title, cells: [{id, name, depth, leaf,
    /// value, rect, fill, label}]}` (built on request: it is large for large trees).
    pub fn summary(&mut self) -> JsResult<JsValue> {
        let (width, height) = self.widget.size();
        // Between new data and its first frame nothing is drawn yet: report the cells the new
        // data will be drawn with (never the old data's, whose node numbers no longer hold).
        if self.widget.last_scene().is_none() {
            self.widget.still_scene();
        }
        let cells = self.widget.last_scene().map_or(&[][..], |s| &s.cells);
        from_json(&crate::report::cells(self.widget.spec(), width, height, cells))
    }

    /// The current view as an SVG document, the canvas's cells with the title, legend, source
    /// and notes drawn in (no hover or focus highlights): for static fallbacks and print.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&mut self) -> String {
        crate::render::scene_to_svg_in(&self.widget.export_scene(), &self.widget.measure().family())
    }

    /// Everything the tooltip and the live region say about a node, with its cell's `color`
    /// and `rect` (CSS pixels in the canvas) when drawn.
    pub fn describe(&mut self, node: usize) -> JsResult<JsValue> {
        let cell = self.widget.cell(node);
        let json = self.widget.describe(node).and_then(|text| crate::report::node(self.widget.spec(), node, &text, cell.as_ref()));
        from_json(&json.ok_or_else(|| fail(&format!("no node {node}")))?)
    }

    /// The tier legend of the current view: `{unit, assumed, tiers: [{node, name, value, share,
    /// color, groups: [...]}]}`, the groups being those whose header had no room for a name.
    pub fn legend(&mut self) -> JsResult<JsValue> {
        let entries = self.widget.legend();
        from_json(&crate::report::legend(self.widget.spec(), &entries, self.widget.numbers()))
    }

    /// The path from the top to the current view's root, for the breadcrumb.
    pub fn breadcrumb(&self) -> JsResult<JsValue> {
        from_json(&crate::report::breadcrumb(&self.widget.breadcrumb()))
    }

    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.widget.spec().title.clone()
    }

    /// Every word the element shows, `{key: template}`, in the data's language with its
    /// `strings` over them (see the README's message table).
    pub fn strings(&self) -> JsResult<JsValue> {
        from_json(&crate::report::strings(&self.widget.spec().messages(None)))
    }

    #[wasm_bindgen(getter)]
    pub fn subtitle(&self) -> Option<String> {
        self.widget.spec().subtitle.clone()
    }

    #[wasm_bindgen(getter)]
    pub fn source(&self) -> Option<String> {
        self.widget.spec().source.clone()
    }

    /// The node under a point of the current view (for tests and custom tooltips).
    #[wasm_bindgen(js_name = nodeAt)]
    pub fn node_at(&mut self, x: f64, y: f64) -> Option<usize> {
        self.widget.node_at(x, y)
    }
}
