//! Text measurement with the canvas's own `measureText`, cached by font and text: plotters'
//! canvas backend would insert a DOM span per measurement (a forced layout each time).

use crate::text::{Font, TextMeasure, FONT_FAMILY};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsError};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    /// Font string → (text → width). The canvas font is set only when the font changes.
    cache: RefCell<HashMap<String, HashMap<String, f64>>>,
    current_font: RefCell<String>,
}

pub fn css_font(font: Font) -> String {
    format!("{} {}px {}", if font.bold { "bold" } else { "normal" }, font.size, FONT_FAMILY)
}

impl CanvasMeasure {
    pub fn for_canvas(canvas: &HtmlCanvasElement) -> Result<Self, JsError> {
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
            .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
        Ok(CanvasMeasure { ctx, cache: RefCell::new(HashMap::new()), current_font: RefCell::new(String::new()) })
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let key = css_font(font);
        if let Some(w) = self.cache.borrow().get(&key).and_then(|m| m.get(text)) {
            return *w;
        }
        if *self.current_font.borrow() != key {
            self.ctx.set_font(&key);
            *self.current_font.borrow_mut() = key.clone();
        }
        // measureText cannot fail for a 2D context; if it ever did, overestimate so the label hides.
        let w = self.ctx.measure_text(text).map(|m| m.width()).unwrap_or(f64::INFINITY);
        self.cache.borrow_mut().entry(key).or_default().insert(text.to_string(), w);
        w
    }
}
