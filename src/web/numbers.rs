//! Numbers formatted by the browser's `Intl.NumberFormat` for the data's locale.

use crate::format::{FormatNumber, GroupedFormat};
use crate::model::Problems;
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

pub struct IntlFormat {
    format: Function,
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined())
}

impl IntlFormat {
    /// `locale` as given in the data (e.g. "en", "zh-CN"); the browser's default when absent.
    /// An invalid tag makes the constructor throw a RangeError: constructing through
    /// `Reflect.construct` turns that into a problem at `locale` instead of a trap.
    pub fn new(locale: Option<&str>) -> Result<Self, Problems> {
        let unavailable = || Problems::one("", "this browser has no Intl.NumberFormat");
        let ctor = get(&js_sys::global(), "Intl").and_then(|intl| get(&intl, "NumberFormat")).ok_or_else(unavailable)?;
        let ctor: Function = ctor.dyn_into().map_err(|_| unavailable())?;
        let options = Object::new();
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &2.into());
        let locales = match locale {
            Some(l) => JsValue::from_str(l),
            None => JsValue::UNDEFINED,
        };
        let formatter = Reflect::construct(&ctor, &Array::of2(&locales, &options))
            .map_err(|_| Problems::one("locale", format!("\"{}\" is not a valid locale tag", locale.unwrap_or_default())))?;
        let format = get(&formatter, "format").and_then(|f| f.dyn_into::<Function>().ok()).ok_or_else(unavailable)?;
        Ok(IntlFormat { format })
    }
}

impl FormatNumber for IntlFormat {
    fn format(&self, value: f64) -> String {
        self.format
            .call1(&JsValue::NULL, &JsValue::from_f64(value))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| GroupedFormat.format(value))
    }
}
