//! Numbers formatted by the browser's `Intl.NumberFormat` for the data's locale: plain (digit
//! groups) and compact ("2.82 trillion", "2.82万亿").

use crate::format::{round_to, FormatNumber, COMPACT_FROM};
use crate::model::Problems;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub struct IntlFormat {
    plain: Function,
    compact: Function,
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined())
}

/// `new Intl.NumberFormat(locale, options).format`, or the reason it failed.
fn formatter(locale: Option<&str>, options: &[(&str, JsValue)]) -> Result<Function, Problems> {
    let unavailable = || Problems::one("", "this browser has no Intl.NumberFormat");
    let ctor = get(&js_sys::global(), "Intl").and_then(|intl| get(&intl, "NumberFormat")).ok_or_else(unavailable)?;
    let ctor: Function = ctor.dyn_into().map_err(|_| unavailable())?;
    let opts = Object::new();
    for (k, v) in options {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&opts, &JsValue::from_str(k), v);
    }
    let locales = locale.map_or(JsValue::UNDEFINED, JsValue::from_str);
    // An invalid tag makes the constructor throw a RangeError: Reflect.construct catches it, so
    // it becomes a problem at `locale` instead of a trap across the boundary.
    let instance = Reflect::construct(&ctor, &Array::of2(&locales, &opts))
        .map_err(|_| Problems::one("locale", format!("\"{}\" is not a valid locale tag", locale.unwrap_or_default())))?;
    get(&instance, "format").and_then(|f| f.dyn_into::<Function>().ok()).ok_or_else(unavailable)
}

impl IntlFormat {
    /// `locale` as given in the data (e.g. "en", "zh-CN"); the browser's default when absent.
    pub fn new(locale: Option<&str>) -> Result<Self, Problems> {
        let two = ("maximumFractionDigits", JsValue::from(2));
        Ok(IntlFormat {
            plain: formatter(locale, &[two.clone()])?,
            compact: formatter(locale, &[two, ("notation", "compact".into()), ("compactDisplay", "long".into())])?,
        })
    }

    fn call(f: &Function, value: f64) -> Option<String> {
        f.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok().and_then(|s| s.as_string())
    }
}

/// What a formatter call that failed shows: plain digits. `Intl.NumberFormat#format` does not
/// fail for a number, so this is a guard, kept small (no digit grouping) for the wasm's size.
fn plain_digits(value: f64) -> String {
    round_to(value, 2).to_string()
}

impl FormatNumber for IntlFormat {
    fn format(&self, value: f64) -> String {
        Self::call(&self.plain, value).unwrap_or_else(|| plain_digits(value))
    }

    fn format_compact(&self, value: f64) -> String {
        if value.abs() < COMPACT_FROM {
            return self.format(value);
        }
        Self::call(&self.compact, value).unwrap_or_else(|| plain_digits(value))
    }
}
