//! Label fitting behind the [`TextMeasure`] trait: the browser measures with the canvas
//! (`measureText`, cached), native rendering with [`ApproxMeasure`]. Labels never overflow
//! their box: wrap, then shrink to a minimum size, then ellipsis, then hide.

/// Every font the widgets use is this family stack (CJK fonts listed so Chinese labels render).
pub const FONT_FAMILY: &str = "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"Noto Sans CJK SC\", sans-serif";

/// Line height as a multiple of the font size.
pub const LINE_HEIGHT: f64 = 1.25;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    /// Size in CSS pixels.
    pub size: f64,
    pub bold: bool,
}

pub trait TextMeasure {
    /// Advance width of `text` in CSS pixels.
    fn width(&self, text: &str, font: Font) -> f64;
}

/// A measure without a font renderer: per-character widths in ems, typical of sans-serif fonts
/// (wide for CJK and capitals, narrow for i, l, punctuation). Errs wide, so labels fitted with
/// it stay inside their boxes in real fonts too.
pub struct ApproxMeasure;

fn approx_em(c: char) -> f64 {
    // Widths of DejaVu Sans (the widest common sans-serif), so the estimate errs wide.
    match c {
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 0.32,
        '(' | ')' | 'f' | 't' | 'r' | '-' => 0.42,
        'm' | 'w' | 'M' | 'W' => 0.98,
        'A'..='Z' => 0.74,
        '0'..='9' => 0.64,
        c if is_wide(c) => 1.0,
        _ => 0.62,
    }
}

impl TextMeasure for ApproxMeasure {
    fn width(&self, text: &str, font: Font) -> f64 {
        let ems: f64 = text.chars().map(approx_em).sum();
        ems * font.size * if font.bold { 1.1 } else { 1.0 }
    }
}

/// East Asian wide characters, which may break a line anywhere.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// False when `text` cannot fit in `width` on one line whatever the font: no glyph is narrower
/// than 0.15 em. Lets a caller skip measuring a long text that has no chance (bounded work).
pub fn may_fit(text: &str, font: Font, width: f64) -> bool {
    let limit = (width / (font.size * 0.15)).max(0.0).min(1e9) as usize;
    text.chars().take(limit.saturating_add(1)).count() <= limit
}

/// One line of a fitted label, with its measured width.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    pub font: Font,
    pub width: f64,
}

/// What to fit: a name (wrapped, bold) and optionally a detail line (e.g. the value), given as
/// alternatives from longest to shortest ("1,000 (100 million yuan)", then "1,000").
pub struct LabelRequest<'a> {
    pub name: &'a str,
    pub details: &'a [&'a str],
    pub max_size: f64,
    pub min_size: f64,
}

/// The byte length of the first piece of `text` that may start a new line: a word with its
/// trailing space, or a single wide character.
fn unit_len(text: &str) -> usize {
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let (next, next_c) = chars.peek().map_or((text.len(), None), |&(j, d)| (j, Some(d)));
        if is_wide(c) || c == ' ' && next_c != Some(' ') || next_c.is_some_and(is_wide) {
            return next;
        }
    }
    text.len()
}

/// Splits text into pieces that may start a new line (see [`unit_len`]).
fn break_units(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let n = unit_len(rest);
        let (unit, after) = (rest.get(..n)?, rest.get(n..)?); // `get`: no slice-panic path in the wasm
        rest = after;
        (!unit.is_empty()).then_some(unit)
    })
}

/// Greedy word wrap into lines no wider than `width`; `None` if a single unit is too wide or
/// more than `max_lines` lines are needed.
fn wrap(m: &dyn TextMeasure, text: &str, font: Font, width: f64, max_lines: usize) -> Option<Vec<Line>> {
    let mut lines: Vec<Line> = Vec::new();
    let mut rest = text;
    while !rest.trim_end().is_empty() {
        if lines.len() >= max_lines {
            return None;
        }
        let (line, after) = first_line(m, rest, font, width)?;
        lines.push(line);
        rest = after;
    }
    Some(lines)
}

/// Fewer visible characters than this before an ellipsis say nothing ("S…"): hide instead. A
/// wide (CJK) character counts twice: "未来…" says as much as "Fut…".
pub const MIN_CHARS_BEFORE_ELLIPSIS: usize = 3;

fn weight(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// `text` up to its `chars`-th character (all of it when shorter).
fn prefix(text: &str, chars: usize) -> &str {
    match text.char_indices().nth(chars) {
        Some((i, _)) => text.get(..i).unwrap_or(text),
        None => text,
    }
}

/// `text` itself when it fits in `width`; else the longest prefix of it that fits with an
/// ellipsis appended (at least [`MIN_CHARS_BEFORE_ELLIPSIS`] characters of it, else nothing).
///
/// The prefix length is found by doubling and then bisecting, so the text measured is at most
/// about twice the answer's length and the measurements number O(log n): a 64 KiB name costs as
/// much as the part of it that fits, not one measurement per character of it.
pub fn ellipsize(m: &dyn TextMeasure, text: &str, font: Font, width: f64) -> Option<Line> {
    let cut = |k: usize| format!("{}…", prefix(text.trim_end(), k).trim_end());
    let fits = |t: &str| m.width(t, font) <= width;
    // Characters counted as the bytes that start one: core's `chars().count()` is a
    // word-at-a-time routine of 0.8 KB in the wasm for a count made once per label.
    let total = |t: &str| t.bytes().filter(|&b| (b as i8) >= -0x40).count();
    // Doubling: `lo` characters fit with the ellipsis (0: none known), `hi` do not.
    let (mut lo, mut hi) = (0usize, 8usize);
    loop {
        if prefix(text, hi).len() == text.len() {
            // The whole text is within reach: it may fit as it is.
            if fits(text) {
                return Some(Line { text: text.to_string(), font, width: m.width(text, font) });
            }
            hi = total(text);
            break;
        }
        if !fits(&cut(hi)) {
            break;
        }
        lo = hi;
        hi *= 2;
    }
    // Bisection for the largest fitting cut in [lo, hi).
    while lo + 1 < hi {
        let mid = lo + (hi - lo) / 2;
        if fits(&cut(mid)) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    if weight(prefix(text, lo)) < MIN_CHARS_BEFORE_ELLIPSIS {
        return None;
    }
    let text = cut(lo);
    let w = m.width(&text, font);
    (w <= width).then_some(Line { text, font, width: w })
}

/// The first line of `text` wrapped at `width` and the text after it; `None` when not even the
/// first unit fits. Stops at the end of the line, whatever follows.
///
/// Widths are added unit by unit (each unit measured once, without its trailing spaces, plus
/// the spaces' width), so a line costs time in proportion to its length, not to its square;
/// the line found is then measured whole and, should kerning across units make it wider, units
/// are given back until it fits.
fn first_line<'a>(m: &dyn TextMeasure, text: &'a str, font: Font, width: f64) -> Option<(Line, &'a str)> {
    let space = m.width(" ", font);
    let mut ends: Vec<usize> = Vec::new();
    let mut end = 0;
    let mut advance = 0.0; // the width of text[..end], trailing spaces included
    for unit in break_units(text) {
        let word = unit.trim_end();
        let w = m.width(word, font);
        if advance + w > width {
            break;
        }
        end += unit.len();
        ends.push(end);
        advance += w + space * (unit.len() - word.len()) as f64;
    }
    while let Some(&end) = ends.last() {
        let line = text.get(..end)?.trim_end();
        let w = m.width(line, font);
        if w <= width {
            return Some((Line { text: line.to_string(), font, width: w }, text.get(end..)?));
        }
        ends.pop();
    }
    None
}

fn detail_font(size: f64) -> Font {
    Font { size: (size * 0.88).max(1.0), bold: false }
}

/// Fits a label into a `width` × `height` box. In order of preference: the whole name and the
/// detail at the largest size from `max_size` down to `min_size`; the whole name alone; the
/// name cut with an ellipsis at the minimum size; nothing (the label is hidden).
pub fn fit_label(m: &dyn TextMeasure, req: &LabelRequest, width: f64, height: f64) -> Option<Vec<Line>> {
    if width <= 0.0 || height < req.min_size * LINE_HEIGHT {
        return None;
    }
    let sizes = || {
        let (max, min) = (req.max_size, req.min_size.min(req.max_size));
        (0..).map(move |k| max - k as f64).take_while(move |&s| s >= min)
    };
    let max_lines = |size: f64| (height / (size * LINE_HEIGHT)).floor() as usize;
    for size in sizes().filter(|_| !req.details.is_empty()) {
        let font = Font { size, bold: true };
        let Some(name_lines) = max_lines(size).checked_sub(1).filter(|&n| n > 0) else { continue };
        let (Some(mut lines), d) = (wrap(m, req.name, font, width, name_lines), detail_font(size)) else { continue };
        for detail in req.details {
            let dw = m.width(detail, d);
            if dw <= width {
                lines.push(Line { text: detail.to_string(), font: d, width: dw });
                return Some(lines);
            }
        }
    }
    for size in sizes() {
        let font = Font { size, bold: true };
        if let Some(lines) = wrap(m, req.name, font, width, max_lines(size)) {
            return Some(lines);
        }
    }
    let lines = wrap_ellipsis(m, req.name, Font { size: req.min_size, bold: true }, width, max_lines(req.min_size));
    (!lines.is_empty()).then_some(lines)
}

/// Wraps `text` into at most `max_lines` lines, cutting the last with an ellipsis if the text
/// does not fit; empty if not even one character and the ellipsis fit.
pub fn wrap_ellipsis(m: &dyn TextMeasure, text: &str, font: Font, width: f64, max_lines: usize) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() && lines.len() + 1 < max_lines {
        let Some((first, after)) = first_line(m, rest, font, width) else { break };
        rest = after.trim_start();
        lines.push(first);
    }
    if !rest.is_empty() && max_lines > 0 {
        lines.extend(ellipsize(m, rest, font, width));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is `size` × 0.5 wide: easy arithmetic for tests.
    struct HalfEm;
    impl TextMeasure for HalfEm {
        fn width(&self, text: &str, font: Font) -> f64 {
            text.chars().count() as f64 * font.size * 0.5
        }
    }

    fn req<'a>(name: &'a str, detail: Option<&'a str>) -> LabelRequest<'a> {
        let details: &'a [&'a str] = match detail {
            Some(d) => Box::leak(Box::new([d])),
            None => &[],
        };
        LabelRequest { name, details, max_size: 14.0, min_size: 9.0 }
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn roomy_box_keeps_the_largest_size_and_the_detail() {
        let lines = fit_label(&HalfEm, &req("Advanced materials", Some("10,000")), 400.0, 100.0).expect("fits");
        assert_eq!(texts(&lines), vec!["Advanced materials", "10,000"]);
        assert_eq!(lines[0].font.size, 14.0);
    }

    #[test]
    fn narrow_box_wraps_before_shrinking() {
        // "Advanced materials" is 18 chars = 126 px at 14 px; 70 px wide forces a wrap.
        let lines = fit_label(&HalfEm, &req("Advanced materials", None), 70.0, 100.0).expect("fits");
        assert_eq!(texts(&lines), vec!["Advanced", "materials"]);
        assert_eq!(lines[0].font.size, 14.0);
    }

    #[test]
    fn long_word_shrinks_then_ellipsizes_then_hides() {
        let shrunk = fit_label(&HalfEm, &req("Semiconductors", None), 80.0, 20.0).expect("fits");
        assert_eq!(texts(&shrunk), vec!["Semiconductors"]);
        assert!(shrunk[0].font.size < 14.0 && shrunk[0].width <= 80.0);
        let cut = fit_label(&HalfEm, &req("Semiconductors", None), 40.0, 12.0).expect("ellipsis");
        assert!(cut[0].text.ends_with('…') && cut[0].width <= 40.0, "{cut:?}");
        assert_eq!(fit_label(&HalfEm, &req("Semiconductors", None), 12.0, 12.0), None, "\"S…\" says nothing: hidden");
        assert_eq!(fit_label(&HalfEm, &req("Semiconductors", None), 100.0, 5.0), None, "too short for a line");
    }

    #[test]
    fn every_line_fits_the_box() {
        for w in [10.0, 25.0, 60.0, 140.0] {
            for h in [8.0, 12.0, 30.0, 90.0] {
                if let Some(lines) = fit_label(&HalfEm, &req("New-generation electronic information manufacturing", Some("10,000 (100 million yuan)")), w, h) {
                    let total: f64 = lines.iter().map(|l| l.font.size * LINE_HEIGHT).sum();
                    assert!(total <= h + 1e-9, "{w}x{h}: {lines:?}");
                    assert!(lines.iter().all(|l| l.width <= w), "{w}x{h}: {lines:?}");
                }
            }
        }
    }

    #[test]
    fn a_shorter_detail_is_used_before_the_detail_is_dropped() {
        let r = LabelRequest { name: "Display", details: &["1,000 (100 million yuan)", "1,000"], max_size: 14.0, min_size: 9.0 };
        let lines = fit_label(&HalfEm, &r, 60.0, 40.0).expect("fits");
        assert_eq!(texts(&lines), vec!["Display", "1,000"]);
    }

    #[test]
    fn chinese_is_cut_with_an_ellipsis_at_a_character_boundary() {
        // 7 px per character at 14 px: 22 px holds two characters and the ellipsis.
        let line = ellipsize(&HalfEm, "未来能源产业集群", Font { size: 14.0, bold: true }, 22.0).expect("two characters say enough");
        assert_eq!(line.text, "未来…");
        let lines = fit_label(&HalfEm, &req("未来能源产业集群", None), 22.0, 12.0).expect("fits");
        assert!(lines.iter().all(|l| l.width <= 22.0));
        assert!(lines.last().is_some_and(|l| l.text.ends_with('…')), "{lines:?}");
    }

    #[test]
    fn chinese_breaks_between_characters() {
        let lines = fit_label(&HalfEm, &req("智能网联新能源汽车", None), 40.0, 100.0).expect("fits");
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(texts(&lines).concat(), "智能网联新能源汽车");
    }
}
