//! Golden layouts of a real public hierarchy: the flare class hierarchy from d3-hierarchy's
//! tests. (1) Without padding our squarify must reproduce d3's own expected rectangles.
//! (2) Our full layout product (default padding) must match `golden/flare-layout.json`,
//! regenerated only by `make golden` (see tests/golden/README.md), never by hand.
#![cfg(not(target_arch = "wasm32"))] // native: reads files and runs processes

use cluster_widgets::layout::{layout, layout_spec, LayoutOptions, Rect};
use cluster_widgets::model::{parse_treemap, Padding, Tiling};
use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// JavaScript's `Math.round(x * 100) / 100`, as d3's test rounds.
fn js_round2(x: f64) -> f64 {
    (x * 100.0 + 0.5).floor() / 100.0
}

#[test]
fn squarify_reproduces_d3_on_flare() {
    let spec = parse_treemap(&read("tests/fixtures/flare.json")).expect("flare parses");
    let no_padding = Padding { outer: 0.0, inner: 0.0, top: 0.0 };
    let rects = layout(&spec.tree, &LayoutOptions::new(Rect::new(0.0, 0.0, 960.0, 500.0), Tiling::Squarify, spec.options.ratio, no_padding), None).rects;
    let expected: Value = serde_json::from_str(&read("tests/fixtures/flare-d3-phi.json")).expect("d3 fixture");
    let expected = expected["nodes"].as_array().expect("nodes");
    assert_eq!(expected.len(), spec.tree.len());
    for ((node, rect), want) in spec.tree.nodes().iter().zip(&rects).zip(expected) {
        assert_eq!(node.id.as_deref(), want["id"].as_str());
        let got = [rect.x0, rect.y0, rect.x1, rect.y1].map(js_round2);
        let want = ["x0", "y0", "x1", "y1"].map(|k| want[k].as_f64().unwrap_or(f64::NAN));
        // Equal after d3's rounding; 1e-9 absorbs a last-digit difference in the rounding itself.
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() <= 0.01 + 1e-9, "{:?}: got {got:?}, d3 has {want:?}", node.id);
        }
        assert_eq!(got.map(|v| (v * 100.0).round() as i64), want.map(|v| (v * 100.0).round() as i64), "{:?}", node.id);
    }
}

#[test]
fn flare_layout_matches_the_golden_file() {
    let spec = parse_treemap(&read("tests/fixtures/flare.json")).expect("flare parses");
    let got = serde_json::to_value(layout_spec(&spec, 960.0, 500.0)).expect("serialises");
    let want: Value = serde_json::from_str(&read("tests/golden/flare-layout.json")).expect("golden file; run `make golden`");
    let (got, want) = (got["nodes"].as_array().expect("nodes"), want["nodes"].as_array().expect("nodes"));
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g["id"], w["id"]);
        for k in ["x0", "y0", "x1", "y1", "value"] {
            let (a, b) = (g[k].as_f64().unwrap_or(f64::NAN), w[k].as_f64().unwrap_or(f64::NAN));
            assert!((a - b).abs() <= 1e-9, "{} {k}: {a} vs golden {b}", g["id"]);
        }
    }
}
