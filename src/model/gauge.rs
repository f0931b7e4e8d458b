//! The target-gauge data format: one gauge, or a grid of them under `gauges`. A gauge tells
//! where a measure stands between its baseline and its target. See the README's reference.

use super::reader::{describe, Reader};
use crate::decimal::Decimal;
use super::treemap::parse_json;
use super::presentation::{read_number_format, read_strings, NumberFormatSpec};
use super::{Path, Problems};
use super::json::{Json, Object};
use crate::messages::{Messages, Msg};

/// Most gauges in one element.
pub const MAX_GAUGES: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Progress means the value rises toward the target.
    Increase,
    /// Progress means the value falls toward the target (e.g. energy use per unit of output).
    Decrease,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GaugeStyle {
    /// A circular arc, by default 240° (see `gauge::Angles`).
    Arc,
    /// A horizontal bar with the same markers.
    Bullet,
}

const STYLES: &[(&str, GaugeStyle)] = &[("arc", GaugeStyle::Arc), ("bullet", GaugeStyle::Bullet)];
const DIRECTIONS: &[(&str, Direction)] = &[("increase", Direction::Increase), ("decrease", Direction::Decrease)];

/// A value with its label, e.g. `{"value": 2.82, "label": "2022"}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub value: f64,
    pub label: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub from: f64,
    pub to: f64,
    pub label: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GaugeSpec {
    pub title: String,
    pub unit: Option<String>,
    pub locale: Option<String>,
    pub baseline: Option<Mark>,
    /// The latest value; `None` means "the baseline is the latest figure".
    pub current: Option<Mark>,
    pub target: Mark,
    pub direction: Direction,
    pub min: f64,
    pub max: f64,
    pub bands: Vec<Band>,
    pub style: GaugeStyle,
    /// The arc's sweep in degrees, clockwise from 12 o'clock (see `gauge`); default −120 to 120.
    pub start_angle: f64,
    pub end_angle: f64,
    pub note: Option<String>,
    /// How this gauge's numbers are written (the grid's `numberFormat` unless it sets its own).
    pub number_format: NumberFormatSpec,
}

/// One element's gauges, with the grid's own heading.
#[derive(Clone, Debug, PartialEq)]
pub struct GaugeSet {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub source: Option<String>,
    /// The grid's locale (its words' language), or the single gauge's.
    pub locale: Option<String>,
    /// Message overrides (`strings`).
    pub strings: Vec<(Msg, String)>,
    pub gauges: Vec<GaugeSpec>,
}

impl GaugeSet {
    /// The grid's messages: its locale's (or `fallback`'s, the page's language), with `strings` over them.
    pub fn messages(&self, fallback: Option<&str>) -> Messages {
        Messages::for_locale(self.locale.as_deref().or(fallback)).with(&self.strings)
    }
}

pub(crate) const GAUGE_FIELDS: &[&str] =
    &["title", "unit", "locale", "numberFormat", "strings", "baseline", "current", "target", "direction", "min", "max", "bands", "style", "startAngle", "endAngle", "note"];
pub(crate) const SET_FIELDS: &[&str] = &["title", "subtitle", "source", "locale", "numberFormat", "strings", "unit", "style", "gauges"];
pub(crate) const MARK_FIELDS: &[&str] = &["value", "label"];
pub(crate) const BAND_FIELDS: &[&str] = &["from", "to", "label"];
const ANY_NUMBER: (f64, f64) = (-f64::MAX, f64::MAX);

/// Parses one gauge (`{"title", "target", ...}`) or a grid (`{"gauges": [...]}`), reporting
/// every problem with its JSON path.
pub fn parse_gauges(text: &str) -> Result<GaugeSet, Problems> {
    let (value, _) = parse_json(text)?;
    let mut reader = Reader::default();
    let root = Path::Root;
    let set = match &value {
        Json::Object(map) if map.contains_key("gauges") => read_set(&mut reader, &root, &value),
        _ => {
            let strings = match &value {
                Json::Object(map) => map.get("strings").map(|v| read_strings(&mut reader, &root.key("strings"), v)).unwrap_or_default(),
                _ => Vec::new(),
            };
            read_gauge(&mut reader, &root, &value, &Defaults::default()).map(|g| GaugeSet {
                title: None,
                subtitle: None,
                source: None,
                locale: g.locale.clone(),
                strings,
                gauges: vec![g],
            })
        }
    };
    match set {
        Some(set) if reader.problems.is_empty() => Ok(set),
        _ => Err(Problems(reader.problems)),
    }
}

/// Fields a grid passes down to its gauges unless a gauge sets its own.
#[derive(Default)]
struct Defaults {
    locale: Option<String>,
    unit: Option<String>,
    style: Option<GaugeStyle>,
    number_format: NumberFormatSpec,
}

fn read_set(reader: &mut Reader, path: &Path, value: &Json) -> Option<GaugeSet> {
    let map = reader.object(path, value, SET_FIELDS)?;
    let defaults = Defaults {
        locale: reader.opt_string(path, map, "locale"),
        unit: reader.opt_string(path, map, "unit"),
        style: reader.opt_choice(path, map, "style", STYLES),
        number_format: map.get("numberFormat").map(|v| read_number_format(reader, &path.key("numberFormat"), v)).unwrap_or_default(),
    };
    let strings = map.get("strings").map(|v| read_strings(reader, &path.key("strings"), v)).unwrap_or_default();
    let title = reader.opt_string(path, map, "title");
    let subtitle = reader.opt_string(path, map, "subtitle");
    let source = reader.opt_string(path, map, "source");
    let list_path = path.key("gauges");
    let items = match map.get("gauges") {
        Some(Json::Array(items)) if items.is_empty() => {
            reader.report(&list_path, "no gauges: give at least one");
            return None;
        }
        Some(Json::Array(items)) if items.len() > MAX_GAUGES => {
            reader.report(&list_path, format!("{} gauges; the limit is {MAX_GAUGES}", items.len()));
            return None;
        }
        Some(Json::Array(items)) => items,
        Some(other) => {
            reader.report(&list_path, format!("expected an array of gauges, got {}", describe(other)));
            return None;
        }
        None => return None,
    };
    let gauges: Vec<Option<GaugeSpec>> =
        items.iter().enumerate().map(|(i, g)| read_gauge(reader, &list_path.index(i), g, &defaults)).collect();
    Some(GaugeSet { title, subtitle, source, locale: defaults.locale, strings, gauges: gauges.into_iter().collect::<Option<Vec<_>>>()? })
}

fn read_mark(reader: &mut Reader, parent: &Path, map: &Object, key: &str) -> Option<Mark> {
    let value = map.get(key).filter(|v| !v.is_null())?;
    let path = parent.key(key);
    let mark = reader.object(&path, value, MARK_FIELDS)?;
    let label = reader.opt_string(&path, mark, "label");
    let Some(v) = mark.get("value") else {
        reader.report(&path, "missing \"value\"");
        return None;
    };
    let value = reader.number(&path.key("value"), v, ANY_NUMBER.0, ANY_NUMBER.1, "a finite number")?;
    Some(Mark { value, label })
}

fn read_bands(reader: &mut Reader, parent: &Path, map: &Object) -> Vec<Band> {
    let path = parent.key("bands");
    let items = match map.get("bands") {
        None | Some(Json::Null) => return Vec::new(),
        Some(Json::Array(items)) => items,
        Some(other) => {
            reader.report(&path, format!("expected an array of bands, got {}", describe(other)));
            return Vec::new();
        }
    };
    let mut bands = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let p = path.index(i);
        let Some(b) = reader.object(&p, item, BAND_FIELDS) else { continue };
        let from = reader.opt_number(&p, b, "from", ANY_NUMBER, "a finite number");
        let to = reader.opt_number(&p, b, "to", ANY_NUMBER, "a finite number");
        let label = reader.opt_string(&p, b, "label");
        match (from, to) {
            (Some(from), Some(to)) if from < to => bands.push(Band { from, to, label }),
            (Some(from), Some(to)) => reader.report(&p.key("to"), format!("{} is not above \"from\" ({})", crate::decimal::Decimal(to), crate::decimal::Decimal(from))),
            _ if !b.contains_key("from") || !b.contains_key("to") => reader.report(&p, "a band needs \"from\" and \"to\""),
            _ => {}
        }
    }
    bands
}

/// The smallest "nice" number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten) ≥ `x`.
pub fn nice_ceil(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return x;
    }
    // The largest power of ten ≤ x, by steps rather than `10^floor(log10 x)`: libm's log10 and
    // pow are 3 KB of wasm, and the loop runs a few dozen times at most for finite x.
    let mut power = 1.0;
    while power * 10.0 <= x {
        power *= 10.0;
    }
    while power > x {
        power /= 10.0;
    }
    let steps = [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0];
    steps.iter().map(|s| s * power).find(|&v| v >= x * (1.0 - 1e-12)).unwrap_or(10.0 * power)
}

fn read_gauge(reader: &mut Reader, path: &Path, value: &Json, defaults: &Defaults) -> Option<GaugeSpec> {
    let map = reader.object(path, value, GAUGE_FIELDS)?;
    let problems_before = reader.problems.len();
    let title = match reader.opt_string(path, map, "title") {
        Some(t) if !t.trim().is_empty() => Some(t),
        Some(_) => {
            reader.report(&path.key("title"), "must not be empty: it names the gauge for screen readers");
            None
        }
        None => {
            reader.report(path, "missing \"title\": it names the gauge for screen readers");
            None
        }
    };
    let unit = reader.opt_string(path, map, "unit").or_else(|| defaults.unit.clone());
    let locale = reader.opt_string(path, map, "locale").or_else(|| defaults.locale.clone());
    let baseline = read_mark(reader, path, map, "baseline");
    let current = read_mark(reader, path, map, "current");
    let target = read_mark(reader, path, map, "target");
    if !map.contains_key("target") {
        reader.report(path, "missing \"target\": a gauge shows progress toward a target");
    }
    let direction_given = reader.opt_choice(path, map, "direction", DIRECTIONS);
    let min_given = reader.opt_number(path, map, "min", ANY_NUMBER, "a finite number");
    let max_given = reader.opt_number(path, map, "max", ANY_NUMBER, "a finite number");
    let bands = read_bands(reader, path, map);
    let style = reader.opt_choice(path, map, "style", STYLES).or(defaults.style).unwrap_or(GaugeStyle::Arc);
    let note = reader.opt_string(path, map, "note");
    let number_format = match map.get("numberFormat") {
        Some(v) => read_number_format(reader, &path.key("numberFormat"), v),
        None => defaults.number_format.clone(),
    };
    if map.contains_key("strings") && !matches!(path, Path::Root) {
        reader.report(&path.key("strings"), "give \"strings\" once, for the whole grid");
    }
    let angle_range = (-360.0, 360.0);
    let start_angle = reader.opt_number(path, map, "startAngle", angle_range, "degrees from -360 to 360").unwrap_or(-120.0);
    let end_angle = reader.opt_number(path, map, "endAngle", angle_range, "degrees from -360 to 360").unwrap_or(120.0);
    if end_angle <= start_angle || end_angle - start_angle > 360.0 {
        let at = if map.contains_key("endAngle") { "endAngle" } else { "startAngle" };
        reader.report(&path.key(at), format!("the sweep {}° to {}° must run clockwise (end above start) by at most 360°", Decimal(start_angle), Decimal(end_angle)));
    }
    let (title, target) = (title?, target?);
    if reader.problems.len() > problems_before {
        return None;
    }

    // Direction: as given, else inferred from baseline → target; it must agree with them.
    let direction = match (&baseline, direction_given) {
        (Some(b), _) if b.value == target.value => {
            reader.report(&path.key("target").key("value"), format!("{} equals the baseline: there is no gap to close", Decimal(target.value)));
            return None;
        }
        (Some(b), Some(d)) => {
            let implied = if target.value > b.value { Direction::Increase } else { Direction::Decrease };
            if d != implied {
                let (word, other) = if d == Direction::Increase { ("increase", "lower") } else { ("decrease", "higher") };
                reader.report(
                    &path.key("direction"),
                    format!("\"{word}\" contradicts baseline {} and target {}: the target is {other}", Decimal(b.value), Decimal(target.value)),
                );
                return None;
            }
            d
        }
        (Some(b), None) if target.value < b.value => Direction::Decrease,
        (_, d) => d.unwrap_or(Direction::Increase),
    };

    // Range: as given, else from zero (or below the lowest value) to a nice number above the highest.
    let values: Vec<f64> = [baseline.as_ref(), current.as_ref(), Some(&target)].into_iter().flatten().map(|m| m.value).collect();
    let lo = values.iter().cloned().fold(f64::INFINITY, f64::min);
    let hi = values.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let min = min_given.unwrap_or(if lo >= 0.0 { 0.0 } else { -nice_ceil(-lo * 1.1) });
    let max = max_given.unwrap_or(if hi > 0.0 { nice_ceil(hi * 1.1) } else { 0.0 });
    if !(max - min).is_finite() {
        // The span (or the nice number above the highest value) overflows: name what made it.
        let marks = [("baseline", baseline.as_ref()), ("current", current.as_ref()), ("target", Some(&target))];
        let largest = marks.iter().filter_map(|(k, m)| m.map(|m| (*k, m.value.abs()))).fold(("target", 0.0), |a, b| if b.1 > a.1 { b } else { a });
        let message = "too large for a scale: the span from min to max must stay below about 1.8e308 (give the values in a larger unit)";
        match (max_given, min_given) {
            (Some(m), _) if m.abs() >= largest.1 => reader.report(&path.key("max"), message),
            (_, Some(m)) if m.abs() >= largest.1 => reader.report(&path.key("min"), message),
            _ => reader.report(&path.key(largest.0).key("value"), message),
        }
        return None;
    }
    if min >= max {
        reader.report(&path.key(if max_given.is_some() { "max" } else { "min" }), format!("the range {} to {} is empty: min must be below max", Decimal(min), Decimal(max)));
        return None;
    }
    for (key, mark) in [("baseline", baseline.as_ref()), ("target", Some(&target))] {
        if let Some(m) = mark.filter(|m| m.value < min || m.value > max) {
            reader.report(&path.key(key).key("value"), format!("{} lies outside the range {} to {}", Decimal(m.value), Decimal(min), Decimal(max)));
        }
    }
    for (i, band) in bands.iter().enumerate() {
        if band.from < min || band.to > max {
            reader.report(&path.key("bands").index(i), format!("{} to {} reaches outside the range {} to {}", Decimal(band.from), Decimal(band.to), Decimal(min), Decimal(max)));
        }
    }
    if reader.problems.len() > problems_before {
        return None;
    }
    Some(GaugeSpec { title, unit, locale, baseline, current, target, direction, min, max, bands, style, start_angle, end_angle, note, number_format })
}

#[cfg(test)]
mod tests {
    use super::nice_ceil;

    #[test]
    fn nice_ceil_rounds_up_to_one_of_the_nice_steps_at_any_scale() {
        let cases = [(4.4, 5.0), (1.0, 1.0), (11.0, 12.0), (0.031, 0.04), (2.82e12 * 1.1, 4e12), (7001.0, 8000.0), (9.5e-7, 1e-6)];
        for (x, nice) in cases {
            let got = nice_ceil(x);
            assert!((got - nice).abs() <= nice * 1e-12, "nice_ceil({x}) = {got}, expected {nice}");
        }
        assert!(nice_ceil(f64::MAX) >= f64::MAX, "the largest value still rounds up (to infinity), no hang");
        assert!(nice_ceil(f64::MIN_POSITIVE / 4.0) > 0.0, "a subnormal value ends the search too");
        assert_eq!(nice_ceil(0.0), 0.0);
    }
}
