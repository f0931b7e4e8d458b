//! JSON text written by hand: what the wasm hands JavaScript (read there by one `JSON.parse`).
//!
//! Why not serde_json's writer: it and its float-printing tables cost ~9 KB of wasm; numbers
//! here go through crate::decimal, which the SVG writer uses too. Why not objects built field by field
//! with `Reflect.set`: every key and string then crosses on its own (a `TextDecoder` call
//! each), which measured 2.6× slower for `layoutTreemap` of 1e5 leaves and 2× for `describe`
//! (bench/boundary.mjs; docs/DESIGN.md, "Data across the boundary").


/// JSON text under construction. Objects and arrays are opened and closed by the caller;
/// commas are placed here.
pub struct Json {
    text: String,
    /// Whether the next value in the current object or array needs a comma before it.
    comma: bool,
}

impl Json {
    pub fn new() -> Self {
        Json { text: String::new(), comma: false }
    }

    fn sep(&mut self) {
        if self.comma {
            self.text.push(',');
        }
        self.comma = true;
    }

    pub fn open(&mut self, bracket: char) -> &mut Self {
        self.sep();
        self.text.push(bracket);
        self.comma = false;
        self
    }

    pub fn close(&mut self, bracket: char) -> &mut Self {
        self.text.push(bracket);
        self.comma = true;
        self
    }

    /// A key of the current object (the value follows).
    pub fn key(&mut self, key: &str) -> &mut Self {
        self.string(key);
        self.text.push(':');
        self.comma = false;
        self
    }

    /// A finite number in at most fifteen significant digits (crate::decimal); anything else is `null`.
    pub fn num(&mut self, value: f64) -> &mut Self {
        self.sep();
        if value.is_finite() {
            crate::decimal::write_f64(&mut self.text, value);
        } else {
            self.text.push_str("null");
        }
        self
    }

    pub fn string(&mut self, value: &str) -> &mut Self {
        self.sep();
        crate::model::push_quoted(&mut self.text, value);
        self
    }

    pub fn opt_string(&mut self, value: Option<&str>) -> &mut Self {
        match value {
            Some(s) => self.string(s),
            None => self.raw("null"),
        }
    }

    pub fn bool(&mut self, value: bool) -> &mut Self {
        self.raw(if value { "true" } else { "false" })
    }

    fn raw(&mut self, text: &str) -> &mut Self {
        self.sep();
        self.text.push_str(text);
        self
    }

    /// `[x0, y0, x1, y1]`.
    pub fn corners(&mut self, r: crate::layout::Rect) -> &mut Self {
        self.open('[').num(r.x0).num(r.y0).num(r.x1).num(r.y1).close(']')
    }

    pub fn finish(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_objects_arrays_and_escapes() {
        let mut j = Json::new();
        j.open('{').key("a").num(1.5).key("b").open('[').num(1.0).num(f64::NAN).bool(true).opt_string(None).close(']');
        j.key("s").string("q\"\\\u{1}名").close('}');
        assert_eq!(j.finish(), r#"{"a":1.5,"b":[1,null,true,null],"s":"q\"\\\u0001名"}"#);
    }

    #[test]
    fn output_is_valid_json_for_any_string() {
        for s in ["", "\u{0}\u{1f}", "\u{2028}", "\\\\\"", "a\nb\tc"] {
            let mut j = Json::new();
            j.open('[').string(s).close(']');
            let back: Vec<String> = serde_json::from_str(&j.finish()).expect("valid JSON");
            assert_eq!(back, [s]);
        }
    }
}
