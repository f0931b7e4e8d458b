//! Results cross into JavaScript as plain objects built field by field, not as JSON text that
//! JavaScript must parse: no text is formatted or copied, and the wasm carries no JSON writer
//! (serde_json's serializer and its float-printing tables cost ~9 KB of wasm; see
//! docs/DESIGN.md, "Data across the boundary").

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

/// A plain object under construction: `Obj::new().num("x", 1.0).str("name", "a").into()`.
pub struct Obj(Object);

impl Obj {
    pub fn new() -> Self {
        Obj(Object::new())
    }

    pub fn val(self, key: &str, value: &JsValue) -> Self {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), value);
        self
    }

    pub fn num(self, key: &str, value: f64) -> Self {
        self.val(key, &JsValue::from_f64(value))
    }

    pub fn str(self, key: &str, value: &str) -> Self {
        self.val(key, &JsValue::from_str(value))
    }

    /// The string, or `null`.
    pub fn opt_str(self, key: &str, value: Option<&str>) -> Self {
        self.val(key, &value.map_or(JsValue::NULL, JsValue::from_str))
    }

    pub fn bool(self, key: &str, value: bool) -> Self {
        self.val(key, &JsValue::from_bool(value))
    }
}

impl From<Obj> for JsValue {
    fn from(o: Obj) -> JsValue {
        o.0.into()
    }
}

/// `[x0, y0, x1, y1]`.
pub fn corners(r: crate::layout::Rect) -> JsValue {
    Array::of4(&r.x0.into(), &r.y0.into(), &r.x1.into(), &r.y1.into()).into()
}

/// A JS array of strings.
pub fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> JsValue {
    items.into_iter().map(JsValue::from_str).collect::<Array>().into()
}
