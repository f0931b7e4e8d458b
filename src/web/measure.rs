//! Text measurement with the canvas's own `measureText`, cached by font and text: plotters'
//! canvas backend would insert a DOM span per measurement (a forced layout each time).

use crate::hash::FastMap;
use crate::num::Clamped;
use crate::text::{Font, TextMeasure, FONT_FAMILY};
use std::cell::RefCell;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Texts longer than this (bytes) are measured without being cached.
const MAX_CACHED_TEXT: usize = 256;
/// At most this many widths are kept (≤ 2.6 MB of keys).
const MAX_CACHED_ENTRIES: usize = 10_000;

pub struct CanvasMeasure {
    ctx: CanvasRenderingContext2d,
    /// text + font → width (one flat map: a map of maps cost 1 KB more wasm). The canvas font is
    /// set only when the font changes.
    cache: RefCell<FastMap<String, f64>>,
    current_font: RefCell<String>,
    /// The CSS font family list texts are measured (and drawn) in.
    family: RefCell<String>,
}

pub fn css_font(font: Font, family: &str) -> String {
    format!("{} {}px {}", if font.bold { "bold" } else { "normal" }, crate::decimal::Decimal(font.size), family)
}

impl CanvasMeasure {
    pub fn for_canvas(canvas: &HtmlCanvasElement) -> super::errors::JsResult<Self> {
        let ctx = super::context_2d(canvas).ok_or_else(|| super::errors::fail("the canvas has no 2D context"))?;
        Ok(CanvasMeasure { ctx, cache: RefCell::new(FastMap::default()), current_font: RefCell::new(String::new()), family: RefCell::new(FONT_FAMILY.into()) })
    }

    /// Measures in `family` from now on (widths measured in another are forgotten); false when
    /// it already was the family.
    pub fn set_family(&self, family: &str) -> bool {
        let family = if family.trim().is_empty() { FONT_FAMILY } else { family.trim() };
        if *self.family.borrow() == family {
            return false;
        }
        *self.family.borrow_mut() = family.to_string();
        self.cache.borrow_mut().clear();
        true
    }

    pub fn family(&self) -> String {
        self.family.borrow().clone()
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        // The key is the text and the font's bits: formatting the CSS font string for every
        // lookup (a float to text) cost more than the lookup itself.
        // Sizes are whole or half pixels in practice; a sixteenth of a pixel tells any two apart
        // that could measure differently, and one character (above U+0100) holds it.
        let mut key = String::with_capacity(text.len() + 4);
        key.push_str(text);
        let size = (font.size.clamped(0.0, 4000.0) * 16.0).round() as u32;
        key.push(char::from_u32(0x100 + size * 2 + u32::from(font.bold)).unwrap_or('\0'));
        if let Some(w) = self.cache.borrow().get(&key) {
            return *w;
        }
        let css = css_font(font, &self.family.borrow());
        if *self.current_font.borrow() != css {
            self.ctx.set_font(&css);
            *self.current_font.borrow_mut() = css;
        }
        // measureText cannot fail for a 2D context; if it ever did, overestimate so the label hides.
        let w = self.ctx.measure_text(text).map(|m| m.width()).unwrap_or(f64::INFINITY);
        // Bounded: long texts are not kept (they are rarely measured twice), and the cache
        // starts over past a size, so hostile names cannot grow it without limit.
        let mut cache = self.cache.borrow_mut();
        if key.len() <= MAX_CACHED_TEXT {
            if cache.len() >= MAX_CACHED_ENTRIES {
                cache.clear();
            }
            cache.insert(key, w);
        }
        w
    }
}
