//! Work grows linearly with text length: the text fitted into a title, a cell, a header or a
//! gauge costs measurements in proportion to its length, never one measurement per prefix.
//! Counted, not timed (a timing test would be flaky): a measure that counts the characters it
//! is asked to measure stands in for the browser's `measureText`.

use cluster_widgets::format::GroupedFormat;
use cluster_widgets::model::{parse_gauges, parse_treemap};
use cluster_widgets::render::gauges_scene;
use cluster_widgets::scene::{build_treemap_scene, TreemapStyle, View};
use cluster_widgets::text::{ApproxMeasure, Font, TextMeasure};
use std::cell::Cell;

#[derive(Default)]
struct Counting {
    chars: Cell<usize>,
    calls: Cell<usize>,
}

impl TextMeasure for Counting {
    fn width(&self, text: &str, font: Font) -> f64 {
        self.chars.set(self.chars.get() + text.chars().count());
        self.calls.set(self.calls.get() + 1);
        ApproxMeasure.width(text, font)
    }
}

/// A treemap whose title, subtitle, source, group and leaf names are each `n` characters of
/// words (which wrap) and of one unbroken run (which must be cut).
fn treemap_work(n: usize) -> (usize, usize) {
    let words = "word ".repeat(n / 5);
    let run = "x".repeat(n);
    let text = format!(
        r#"{{"title": "{words}", "subtitle": "{run}", "source": "{words}",
            "tree": {{"name": "r", "children": [
              {{"name": "{run}", "children": [{{"name": "{words}", "value": 5}}, {{"name": "{run}", "value": 3}}]}},
              {{"name": "{words}", "value": 4}}]}}}}"#
    );
    let spec = parse_treemap(&text).expect("valid");
    let m = Counting::default();
    for (w, h) in [(960.0, 600.0), (320.0, 400.0), (20000.0, 300.0)] {
        build_treemap_scene(&spec, w, h, &m, &GroupedFormat, &TreemapStyle::default(), &View::default(), None);
    }
    (m.chars.get(), m.calls.get())
}

fn gauge_work(n: usize) -> usize {
    let words = "word ".repeat(n / 5);
    let text = format!(r#"{{"title": "{words}", "note": "{words}", "unit": "{words}", "baseline": {{"value": 1, "label": "{words}"}}, "target": {{"value": 2, "label": "{words}"}}}}"#);
    let set = parse_gauges(&text).expect("valid");
    let m = Counting::default();
    let _ = cluster_widgets::render::gauges_scene_with(&set, 960.0, None, &m, &|_| Some(&GroupedFormat), &Default::default());
    let _ = gauges_scene(&set, 320.0, None);
    m.chars.get()
}

#[test]
fn treemap_text_work_is_linear_in_its_length() {
    let (small, small_calls) = treemap_work(8 * 1024);
    let (large, calls) = treemap_work(64 * 1024);
    assert!(large <= small * 10, "8× the text, {}× the work ({small} → {large} characters measured)", large / small.max(1));
    assert!(large <= 64 * 1024 * 60, "{large} characters measured for 64 KiB texts");
    assert!(calls <= small_calls * 10, "8× the text, {small_calls} → {calls} measurements");
}

#[test]
fn gauge_text_work_is_linear_in_its_length() {
    let small = gauge_work(8 * 1024);
    let large = gauge_work(64 * 1024);
    assert!(large <= small * 10, "8× the text, {}× the work ({small} → {large})", large / small.max(1));
}
