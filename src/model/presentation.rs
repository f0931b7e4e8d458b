//! The presentation fields both formats share: `strings` (message overrides, see
//! [`crate::messages`]) and `numberFormat` (options for `Intl.NumberFormat`).

use super::json::Json;
use super::reader::{describe, Reader};
use super::Path;
use crate::messages::{msg_of_key, Msg, KEYS};

/// How numbers are written: `Intl.NumberFormat` options, validated. Absent fields keep the
/// default (digit groups, at most two decimals; compact from a million up where space is short).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NumberFormatSpec {
    /// `Some(true)`: always compact ("2.8 trillion"); `Some(false)`: never; `None`: from a million.
    pub compact: Option<bool>,
    pub minimum_fraction_digits: Option<u8>,
    pub maximum_fraction_digits: Option<u8>,
    /// "decimal", "percent", "currency" or "unit".
    pub style: Option<&'static str>,
    /// ISO 4217 code for `style: "currency"` ("CNY").
    pub currency: Option<String>,
    /// A sanctioned unit identifier for `style: "unit"` ("kilometer", "percent").
    pub unit: Option<String>,
}

pub(crate) const NUMBER_FORMAT_FIELDS: &[&str] = &["notation", "minimumFractionDigits", "maximumFractionDigits", "style", "currency", "unit"];
const NOTATIONS: &[(&str, bool)] = &[("standard", false), ("compact", true)];
const STYLES: &[(&str, &str)] = &[("decimal", "decimal"), ("percent", "percent"), ("currency", "currency"), ("unit", "unit")];

pub(crate) fn read_number_format(reader: &mut Reader, path: &Path, value: &Json) -> NumberFormatSpec {
    let mut spec = NumberFormatSpec::default();
    let Some(map) = reader.object(path, value, NUMBER_FORMAT_FIELDS) else { return spec };
    spec.compact = reader.opt_choice(path, map, "notation", NOTATIONS);
    let digits = |reader: &mut Reader, key: &str| reader.opt_number(path, map, key, (0.0, 20.0), "a whole number from 0 to 20").map(|d| d as u8);
    spec.minimum_fraction_digits = digits(reader, "minimumFractionDigits");
    spec.maximum_fraction_digits = digits(reader, "maximumFractionDigits");
    if let (Some(lo), Some(hi)) = (spec.minimum_fraction_digits, spec.maximum_fraction_digits) {
        if lo > hi {
            reader.report(&path.key("minimumFractionDigits"), format!("{lo} is more than maximumFractionDigits ({hi})"));
        }
    }
    spec.style = reader.opt_choice(path, map, "style", STYLES);
    spec.currency = reader.opt_string(path, map, "currency");
    spec.unit = reader.opt_string(path, map, "unit");
    if let Some(c) = &spec.currency {
        if c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            reader.report(&path.key("currency"), format!("expected a three-letter ISO 4217 code such as \"CNY\", got \"{c}\""));
        }
    }
    let needs = |style: &str, field: &str, given: bool, reader: &mut Reader| {
        if spec.style == Some(style) && !given {
            reader.report(path, format!("style \"{style}\" needs \"{field}\""));
        }
    };
    needs("currency", "currency", spec.currency.is_some(), reader);
    needs("unit", "unit", spec.unit.is_some(), reader);
    spec
}

/// `strings`: message overrides by key, each a text template.
pub(crate) fn read_strings(reader: &mut Reader, path: &Path, value: &Json) -> Vec<(Msg, String)> {
    let Some(map) = reader.object(path, value, &KEYS) else { return Vec::new() };
    let mut out = Vec::new();
    for (key, v) in &map.0 {
        let (Some(msg), p) = (msg_of_key(key), path.key(key)) else { continue }; // unknown: reported by `object`
        match v {
            Json::String(_) => out.extend(reader.string(&p, v).map(|text| (msg, text))),
            other => reader.report(&p, format!("expected a message text, got {}", describe(other))),
        }
    }
    out
}
