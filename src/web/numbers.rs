//! Numbers formatted by the browser's `Intl.NumberFormat` for the data's locale: plain (digit
//! groups) and compact ("2.82 trillion", "2.82万亿").

use crate::format::{round_to, FormatNumber, COMPACT_FROM};
use crate::model::{NumberFormatSpec, Problems};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub struct IntlFormat {
    plain: Function,
    compact: Function,
    /// `notation` from the data: always compact, never, or (None) from a million up.
    always_compact: Option<bool>,
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
    /// For `locale` as given in the data (e.g. "en", "zh-CN"; the browser's default when absent),
    /// with the data's `numberFormat` options (fraction digits, style, currency, unit).
    pub fn with(locale: Option<&str>, spec: &NumberFormatSpec) -> Result<Self, Problems> {
        let mut options: Vec<(&str, JsValue)> = vec![("maximumFractionDigits", JsValue::from(spec.maximum_fraction_digits.unwrap_or(2)))];
        if let Some(d) = spec.minimum_fraction_digits {
            options.push(("minimumFractionDigits", JsValue::from(d)));
        }
        for (key, value) in [("style", spec.style), ("currency", spec.currency.as_deref()), ("unit", spec.unit.as_deref())] {
            if let Some(v) = value {
                options.push((key, JsValue::from_str(v)));
            }
        }
        let plain = formatter(locale, &options).map_err(|p| at_number_format(p, locale))?;
        options.extend([("notation", "compact".into()), ("compactDisplay", "long".into())]);
        let compact = formatter(locale, &options).map_err(|p| at_number_format(p, locale))?;
        Ok(IntlFormat { plain, compact, always_compact: spec.compact })
    }

    fn call(f: &Function, value: f64) -> Option<String> {
        f.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok().and_then(|s| s.as_string())
    }
}

/// A constructor error that is not about the locale tag (the locale alone is accepted) comes
/// from the `numberFormat` options: a unit or currency this browser's Intl does not know.
fn at_number_format(p: Problems, locale: Option<&str>) -> Problems {
    if formatter(locale, &[]).is_ok() {
        Problems::one("numberFormat", "this browser's Intl.NumberFormat rejects these options (check \"unit\" and \"currency\")")
    } else {
        p
    }
}

/// What a formatter call that failed shows: plain digits. `Intl.NumberFormat#format` does not
/// fail for a number, so this is a guard, kept small (no digit grouping) for the wasm's size.
fn plain_digits(value: f64) -> String {
    crate::decimal::Decimal(round_to(value, 2)).to_string()
}

impl FormatNumber for IntlFormat {
    fn format(&self, value: f64) -> String {
        let f = if self.always_compact == Some(true) { &self.compact } else { &self.plain };
        Self::call(f, value).unwrap_or_else(|| plain_digits(value))
    }

    fn format_compact(&self, value: f64) -> String {
        if self.always_compact == Some(false) || value.abs() < COMPACT_FROM {
            return self.format(value);
        }
        Self::call(&self.compact, value).unwrap_or_else(|| plain_digits(value))
    }
}
