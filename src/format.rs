//! Number formatting behind a trait: the browser formats with `Intl.NumberFormat` for the
//! data's locale; natively [`GroupedFormat`] writes en-style digit groups.

pub trait FormatNumber {
    /// Digit groups, at most two decimals: `12,345.68`.
    fn format(&self, value: f64) -> String;
    /// Compact for large values: `2.82 trillion` (en), `2.82万亿` (zh) in the browser. Values
    /// below a million are written in full.
    fn format_compact(&self, value: f64) -> String;
}

/// From here up, numbers are written compactly.
pub const COMPACT_FROM: f64 = 1e6;

/// `12345.678` → `"12,345.68"`: at most two decimals, trailing zeros dropped.
pub struct GroupedFormat;

impl FormatNumber for GroupedFormat {
    fn format(&self, value: f64) -> String {
        if !value.is_finite() {
            return crate::decimal::Decimal(value).to_string();
        }
        let fixed = crate::decimal::Decimal(round_to(value.abs(), 2)).to_string();
        if fixed.contains('e') {
            return crate::decimal::Decimal(value).to_string(); // beyond 1e21: no digit groups
        }
        let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let frac = frac.trim_end_matches('0');
        let mut grouped = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let sign = if value < 0.0 && fixed.trim_matches(|c| c == '0' || c == '.') != "" { "-" } else { "" };
        if frac.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}.{frac}")
        }
    }

    fn format_compact(&self, value: f64) -> String {
        const SCALES: [(f64, &str); 3] = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")];
        match SCALES.iter().find(|(scale, _)| value.abs() >= *scale) {
            Some((scale, word)) => format!("{} {word}", self.format(value / scale)),
            None => self.format(value),
        }
    }
}

/// [`GroupedFormat`] with Chinese scale words, as `Intl.NumberFormat("zh")` writes them compactly
/// (`1万亿`, `5000亿`, `100万`): what native exports of Chinese data use.
pub struct ChineseFormat;

impl FormatNumber for ChineseFormat {
    fn format(&self, value: f64) -> String {
        GroupedFormat.format(value).replace(',', "")
    }

    fn format_compact(&self, value: f64) -> String {
        const SCALES: [(f64, &str); 3] = [(1e12, "万亿"), (1e8, "亿"), (1e4, "万")];
        match SCALES.iter().find(|(scale, _)| value.abs() >= *scale && value.abs() >= COMPACT_FROM) {
            Some((scale, word)) => format!("{}{word}", self.format(value / scale)),
            None => self.format(value),
        }
    }
}

/// The native number format for a locale tag: Chinese scale words for `zh…`, else English.
pub fn native_format(locale: Option<&str>) -> &'static dyn FormatNumber {
    if locale.is_some_and(|l| l.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("zh"))) {
        &ChineseFormat
    } else {
        &GroupedFormat
    }
}

/// `value` rounded to `decimals` places, so that its shortest `Display` shows at most that many.
/// Why not `format!("{:.2}")`: fixed-precision float formatting (Dragon4 `format_exact`) is
/// ~12 KB of wasm, while the shortest form is linked anyway (plotters formats with `{}`). Values
/// beyond 1e15 have no fraction to show and are left as they are.
pub fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    if value.abs() >= 1e15 {
        return value;
    }
    (value * scale).round() / scale
}

/// A value with its unit: `10,000 (100 million yuan)` when the unit starts with a number
/// (it is a multiplier), else `3,938 bytes`.
pub fn with_unit(formatted: &str, unit: Option<&str>) -> String {
    match unit {
        None => formatted.to_string(),
        Some(u) if u == "%" => format!("{formatted}%"),
        Some(u) if u.starts_with(|c: char| c.is_ascii_digit()) => format!("{formatted} ({u})"),
        // Chinese and Japanese write no space before a unit: "1.18万亿元".
        Some(u) if u.starts_with(crate::text::is_wide) => format!("{formatted}{u}"),
        Some(u) => format!("{formatted} {u}"),
    }
}

/// `part` as a share of `whole`: "19%", with one decimal below 10 % so small shares do not
/// read as 0 % ("0.2%").
pub fn share_percent(part: f64, whole: f64) -> String {
    if whole <= 0.0 {
        return "0%".into();
    }
    let p = part / whole * 100.0;
    if !p.is_finite() {
        return "0%".into(); // a share of validated data is at most 100 %: a guard, never "NaN%"
    }
    if p < 10.0 && p > 0.0 {
        format!("{}%", crate::decimal::Decimal(round_to(p, 1)))
    } else {
        format!("{}%", crate::decimal::Decimal(p.round()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_digits_and_trims_decimals() {
        let f = GroupedFormat;
        assert_eq!(f.format(10000.0), "10,000");
        assert_eq!(f.format(1234567.891), "1,234,567.89");
        assert_eq!(f.format(2.5), "2.5");
        assert_eq!(f.format(0.0), "0");
        assert_eq!(f.format(-1500.0), "-1,500");
        assert_eq!(with_unit("10,000", Some("100 million yuan")), "10,000 (100 million yuan)");
        assert_eq!(with_unit("3", Some("bytes")), "3 bytes");
        assert_eq!(with_unit("31.1", Some("%")), "31.1%");
        assert_eq!(f.format_compact(2.82e12), "2.82 trillion");
        assert_eq!(f.format_compact(8e10), "80 billion");
        assert_eq!(f.format_compact(86000.0), "86,000");
        assert_eq!((share_percent(10000.0, 52800.0), share_percent(100.0, 52800.0), share_percent(1.0, 0.0)), ("19%".into(), "0.2%".into(), "0%".into()));
    }
}
