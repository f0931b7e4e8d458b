//! A validating walk over the parsed [`Json`] document: typed field accessors that record a [`Problem`]
//! (with its JSON path) and carry on, so one pass reports every problem in the input.

use super::limits::MAX_STRING_BYTES;
use super::{Path, Problem};
use super::json::{Json, Object};

#[derive(Default)]
pub struct Reader {
    pub problems: Vec<Problem>,
}

/// A short description of a JSON value for messages: `got -5`, `got a string "abc"`.
pub fn describe(value: &Json) -> String {
    match value {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        // At most fifteen digits, in exponent notation past 1e21 (crate::decimal): never long.
        Json::Int(_) | Json::Uint(_) | Json::Float(_) => value.number().map(|n| n.to_string()).unwrap_or_default(),
        Json::String(s) => {
            let mut shown: String = s.chars().take(30).collect();
            if shown.len() < s.len() {
                shown.push('…');
            }
            format!("a string {}", quoted(&shown))
        }
        Json::Array(a) => format!("an array of {}", a.len()),
        Json::Object(_) => "an object".into(),
    }
}

/// `s` as a JSON string literal (quotes and escapes), for messages.
/// True for the characters XML 1.0 allows (tab, line feed, carriage return and everything from
/// U+0020 up but U+FFFE and U+FFFF; Rust strings hold no surrogates).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}'
}

/// Every text from the data, with the characters XML 1.0 cannot hold (other control
/// characters, U+FFFE, U+FFFF) replaced by U+FFFD, so an SVG export of any data is well-formed
/// XML and the picture says where something was unprintable.
pub fn xml_safe(s: &str) -> String {
    if s.chars().all(xml_char) {
        return s.to_string();
    }
    s.chars().map(|c| if xml_char(c) { c } else { '\u{fffd}' }).collect()
}

pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s);
    out
}

/// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\u00XX`.
pub fn push_quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = c as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[(n >> 4) & 15]));
                out.push(char::from(HEX[n & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Reader {
    pub fn report(&mut self, path: &Path, message: impl Into<String>) {
        self.problems.push(Problem { path: path.to_string(), message: message.into() });
    }

    /// The value as an object whose keys are all in `known` (at most 64), each given once; any
    /// other key, and a known one given again, is a problem. Linear in the object's size: a
    /// hostile object with a million keys must not cost a million squared comparisons.
    pub fn object<'v>(
        &mut self,
        path: &Path,
        value: &'v Json,
        known: &[&str],
    ) -> Option<&'v Object<'v>> {
        let Json::Object(map) = value else {
            self.report(path, format!("expected an object, got {}", describe(value)));
            return None;
        };
        debug_assert!(known.len() <= 64, "one bit per known field");
        let mut seen = 0u64; // bit i: known[i] was given
        for key in map.keys() {
            match known.iter().position(|k| *k == key) {
                Some(i) if seen & (1 << i) != 0 => self.report(&path.key(key), "repeated field: each field may be given once"),
                Some(i) => seen |= 1 << i,
                None => {
                    let shown: String = key.chars().take(40).collect();
                    self.report(
                        &path.key(key),
                        format!("unknown field \"{shown}\"; expected one of: {}", crate::words::join(known, ", ")),
                    );
                }
            }
        }
        Some(map)
    }

    pub fn string(&mut self, path: &Path, value: &Json) -> Option<String> {
        match value {
            Json::String(s) if s.len() > MAX_STRING_BYTES => {
                self.report(path, format!("string longer than {MAX_STRING_BYTES} bytes"));
                None
            }
            Json::String(s) => Some(xml_safe(s)),
            other => {
                self.report(path, format!("expected a string, got {}", describe(other)));
                None
            }
        }
    }

    /// An optional string field; `null` counts as absent.
    pub fn opt_string(&mut self, parent: &Path, map: &Object, key: &str) -> Option<String> {
        match map.get(key) {
            None | Some(Json::Null) => None,
            Some(value) => self.string(&parent.key(key), value),
        }
    }

    /// A finite number within `[min, max]`; `expectation` says so in words for the message.
    pub fn number(&mut self, path: &Path, value: &Json, min: f64, max: f64, expectation: &str) -> Option<f64> {
        match value.as_f64() {
            Some(x) if x.is_finite() && x >= min && x <= max => Some(x),
            _ => {
                self.report(path, format!("expected {expectation}, got {}", describe(value)));
                None
            }
        }
    }

    pub fn opt_number(
        &mut self,
        parent: &Path,
        map: &Object,
        key: &str,
        (min, max): (f64, f64),
        expectation: &str,
    ) -> Option<f64> {
        match map.get(key) {
            None | Some(Json::Null) => None,
            Some(value) => self.number(&parent.key(key), value, min, max, expectation),
        }
    }

    pub fn opt_bool(&mut self, parent: &Path, map: &Object, key: &str) -> Option<bool> {
        match map.get(key) {
            None | Some(Json::Null) => None,
            Some(Json::Bool(b)) => Some(*b),
            Some(other) => {
                self.report(&parent.key(key), format!("expected true or false, got {}", describe(other)));
                None
            }
        }
    }

    /// One of a fixed set of strings, e.g. a tiling name.
    pub fn opt_choice<T: Copy>(
        &mut self,
        parent: &Path,
        map: &Object,
        key: &str,
        choices: &[(&str, T)],
    ) -> Option<T> {
        let value = map.get(key).filter(|v| !v.is_null())?;
        let path = parent.key(key);
        let found = value.as_str().and_then(|s| choices.iter().find(|(name, _)| *name == s));
        if found.is_none() {
            let names: Vec<String> = choices.iter().map(|(n, _)| format!("\"{n}\"")).collect();
            self.report(&path, format!("expected one of {}, got {}", crate::words::join(&names, ", "), describe(value)));
        }
        found.map(|(_, v)| *v)
    }
}
