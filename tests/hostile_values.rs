//! Values inside the format's limits that used to give broken output silently: characters XML
//! cannot hold, sums and spans that overflow, magnitudes that overflow inside the tiling. Each
//! now either renders well-formed, finite output or is a problem naming its path.
#![cfg(not(target_arch = "wasm32"))]

use cluster_widgets::model::{parse_gauges, parse_treemap};
use cluster_widgets::render::{render_gauges_svg, render_treemap_svg};
use cluster_widgets::scene::{build_treemap_scene, Item, TreemapStyle, View};
use cluster_widgets::text::ApproxMeasure;

fn well_formed(svg: &str) {
    if let Err(e) = roxmltree::Document::parse(svg) {
        panic!("not well-formed XML: {e}\n{}", svg.chars().take(400).collect::<String>());
    }
}

#[test]
fn characters_xml_cannot_hold_become_the_replacement_character() {
    let data = r#"{"title": "nul\u0000 bell\u0007 \uFFFE\uFFFF", "tree": {"name": "r", "children": [
      {"name": "esc\u001b<&>\"'", "value": 2, "description": "\u0001"}, {"name": "tab\tok", "value": 1}]}}"#;
    let spec = parse_treemap(data).expect("valid");
    assert_eq!(spec.title.as_deref(), Some("nul\u{fffd} bell\u{fffd} \u{fffd}\u{fffd}"));
    assert_eq!(spec.tree.nodes()[1].name, "esc\u{fffd}<&>\"'");
    assert_eq!(spec.tree.nodes()[2].name, "tab\tok", "tab, LF and CR are XML");
    let svg = render_treemap_svg(&spec, 600.0, 400.0);
    well_formed(&svg);
    let gauge = parse_gauges(r#"{"title": "g\u0002", "unit": "\uFFFF", "target": {"value": 2, "label": "\u0003"}}"#).expect("valid");
    well_formed(&render_gauges_svg(&gauge, 400.0, None));
}

#[test]
fn the_kept_snapshot_is_well_formed() {
    well_formed(include_str!("snapshots/demo-960x600.svg"));
}

#[test]
fn values_whose_sum_overflows_are_a_problem_at_the_tree() {
    let data = r#"{"tree": {"name": "r", "children": [{"name": "a", "value": 1.7e308}, {"name": "b", "value": 1.7e308}]}}"#;
    let problems = parse_treemap(data).expect_err("the total is infinite");
    assert_eq!(problems.0[0].path, "tree");
    assert!(problems.0[0].message.contains("add up to more than"), "{problems}");
}

#[test]
fn a_gauge_too_large_for_a_scale_names_its_value() {
    let problems = parse_gauges(r#"{"title": "t", "target": {"value": 1.797e308}}"#).expect_err("no room above it");
    assert_eq!(problems.0[0].path, "target.value", "{problems}");
    let problems = parse_gauges(r#"{"title": "t", "min": -1.7e308, "max": 1.7e308, "target": {"value": 1}}"#).expect_err("span overflows");
    assert_eq!(problems.0[0].path, "max", "{problems}");
}

#[test]
fn huge_and_tiny_magnitudes_lay_out_finite() {
    for v in ["1e200", "1e-200", "1e300", "5e-324"] {
        let data = format!(r#"{{"tree": {{"name": "r", "children": [{{"name": "a", "value": {v}}}, {{"name": "g", "children": [{{"name": "b", "value": {v}}}, {{"name": "c", "value": {v}}}]}}]}}}}"#);
        let spec = parse_treemap(&data).expect("valid");
        let t = build_treemap_scene(&spec, 800.0, 500.0, &ApproxMeasure, &cluster_widgets::format::GroupedFormat, &TreemapStyle::default(), &View::default(), None);
        for item in &t.scene.items {
            if let Item::Rect { rect, .. } = item {
                assert!([rect.x0, rect.y0, rect.x1, rect.y1].iter().all(|c| c.is_finite()), "{v}: {rect:?}");
            }
        }
        let leaves = t.scene.cells.iter().filter(|c| spec.tree.nodes()[c.node].is_leaf() && c.rect.area() > 1.0).count();
        assert_eq!(leaves, 3, "{v}: every leaf drawn with its share");
        assert!(!t.scene.texts().any(|s| s.contains("NaN") || s.contains("inf")), "{v}: no NaN or inf in the text");
    }
}
