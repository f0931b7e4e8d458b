//! Gauge data: validation with JSON paths, and the derived progress and segments (baseline →
//! current → target), including decrease targets, overshoot, regress and a missing baseline.
#![cfg(not(target_arch = "wasm32"))] // native: reads files

use cluster_widgets::gauge::{progress, segments, Segment, SegmentKind, Status};
use cluster_widgets::model::{parse_gauges, Direction, GaugeSpec, Problems};

fn problems(json: &str) -> Vec<String> {
    match parse_gauges(json) {
        Ok(_) => panic!("expected problems for {json}"),
        Err(Problems(list)) => list.iter().map(|p| p.to_string()).collect(),
    }
}

fn assert_reports(json: &str, expected: &str) {
    let got = problems(json);
    assert!(got.iter().any(|p| p == expected), "expected {expected:?} among {got:#?}");
}

fn gauge(json: &str) -> GaugeSpec {
    parse_gauges(json).unwrap_or_else(|e| panic!("{e}")).gauges.remove(0)
}

#[test]
fn bad_gauges_name_their_paths() {
    assert_reports(r#"{"title": "x", "target": {"value": "4"}}"#, r#"target.value: expected a finite number, got a string "4""#);
    assert_reports(r#"{"title": "x", "target": {"value": 4}, "min": 5, "max": 1}"#, "max: the range 5 to 1 is empty: min must be below max");
    assert_reports(r#"{"title": "x", "baseline": {"value": 4}, "target": {"value": 4}}"#, "target.value: 4 equals the baseline: there is no gap to close");
    assert_reports(
        r#"{"title": "x", "baseline": {"value": 100}, "target": {"value": 87}, "direction": "increase"}"#,
        r#"direction: "increase" contradicts baseline 100 and target 87: the target is lower"#,
    );
    assert_reports(r#"{"title": "x", "target": {"value": 4}, "colour": "red"}"#, r#"colour: unknown field "colour"; expected one of: title, unit, locale, numberFormat, strings, baseline, current, target, direction, min, max, bands, style, startAngle, endAngle, note"#);
    assert_reports(r#"{"target": {"value": 4}}"#, r#"(document): missing "title": it names the gauge for screen readers"#);
    assert_reports(r#"{"title": "x"}"#, r#"(document): missing "target": a gauge shows progress toward a target"#);
    assert_reports(r#"{"title": "x", "target": {"value": 4}, "max": 3}"#, "target.value: 4 lies outside the range 0 to 3");
    assert_reports(r#"{"title": "x", "target": {"value": 4}, "bands": [{"from": 3, "to": 1}]}"#, "bands[0].to: 1 is not above \"from\" (3)");
    assert_reports(r#"{"title": "x", "target": {"value": 4}, "style": "donut"}"#, r#"style: expected one of "arc", "bullet", got a string "donut""#);
    assert_reports(r#"{"gauges": []}"#, "gauges: no gauges: give at least one");
    assert_reports(r#"{"title": "x", "target": {"value": 4}, "startAngle": 90, "endAngle": -90}"#, "endAngle: the sweep 90° to -90° must run clockwise (end above start) by at most 360°");
    assert_reports(r#"{"title": "x", "target": {"value": 4}, "endAngle": 1000}"#, "endAngle: expected degrees from -360 to 360, got 1000");
    assert_reports(r#"{"gauges": [{"title": "a", "target": {"value": 1}}, {"title": "b", "target": {}}]}"#, r#"gauges[1].target: missing "value""#);
    assert!(problems("[]")[0].contains("expected an object"));
}

#[test]
fn defaults_come_from_the_values() {
    let g = gauge(r#"{"title": "Revenue", "baseline": {"value": 2.82, "label": "2022"}, "target": {"value": 4, "label": "2027"}}"#);
    assert_eq!((g.min, g.max), (0.0, 5.0), "zero-based, a nice number above 4 × 1.1");
    assert_eq!(g.direction, Direction::Increase, "inferred: the target is higher");
    let d = gauge(r#"{"title": "Energy", "baseline": {"value": 100}, "target": {"value": 87}}"#);
    assert_eq!(d.direction, Direction::Decrease, "inferred: the target is lower");
    assert_eq!(d.max, 120.0);
}

#[test]
fn baseline_only_means_no_progress_yet() {
    let g = gauge(r#"{"title": "Revenue", "baseline": {"value": 2.82}, "target": {"value": 4}}"#);
    let p = progress(&g);
    assert_eq!((p.now, p.share_closed, p.delta, p.status), (Some(2.82), Some(0.0), None, Status::OnTheWay));
    assert!((p.remaining.unwrap_or_default() - 1.18).abs() < 1e-12);
    let kinds: Vec<SegmentKind> = segments(&g).iter().map(|s| s.kind).collect();
    assert_eq!(kinds, vec![SegmentKind::Track, SegmentKind::Gap]);
}

#[test]
fn progress_is_drawn_from_the_baseline_not_from_min() {
    let g = gauge(r#"{"title": "t", "baseline": {"value": 2}, "current": {"value": 3}, "target": {"value": 6}, "min": 0, "max": 8}"#);
    let p = progress(&g);
    assert_eq!(p.share_closed, Some(0.25));
    assert_eq!(p.delta, Some(1.0));
    assert!(segments(&g).contains(&Segment { from: 2.0, to: 3.0, kind: SegmentKind::Progress }));
}

#[test]
fn decrease_progress_grows_as_the_value_falls() {
    let g = gauge(r#"{"title": "Energy", "baseline": {"value": 100}, "current": {"value": 95}, "target": {"value": 87}, "direction": "decrease"}"#);
    let p = progress(&g);
    assert!((p.share_closed.unwrap_or_default() - 5.0 / 13.0).abs() < 1e-12);
    let segs = segments(&g);
    assert!(segs.contains(&Segment { from: 87.0, to: 100.0, kind: SegmentKind::Gap }));
    assert!(segs.contains(&Segment { from: 95.0, to: 100.0, kind: SegmentKind::Progress }), "{segs:?}");
    let further = gauge(r#"{"title": "Energy", "baseline": {"value": 100}, "current": {"value": 90}, "target": {"value": 87}}"#);
    assert!(progress(&further).share_closed > p.share_closed, "a lower value is more progress");
}

#[test]
fn overshoot_and_regress_are_their_own_segments() {
    let over = gauge(r#"{"title": "t", "baseline": {"value": 2}, "current": {"value": 7}, "target": {"value": 6}, "max": 10}"#);
    assert_eq!(progress(&over).status, Status::Overshoot);
    let segs = segments(&over);
    assert!(segs.contains(&Segment { from: 2.0, to: 6.0, kind: SegmentKind::Progress }), "progress stops at the target");
    assert!(segs.contains(&Segment { from: 6.0, to: 7.0, kind: SegmentKind::Overshoot }));
    let back = gauge(r#"{"title": "t", "baseline": {"value": 2}, "current": {"value": 1}, "target": {"value": 6}}"#);
    assert_eq!(progress(&back).status, Status::BelowBaseline);
    assert!(segments(&back).contains(&Segment { from: 1.0, to: 2.0, kind: SegmentKind::Regress }));
    let dec_over = gauge(r#"{"title": "t", "baseline": {"value": 100}, "current": {"value": 80}, "target": {"value": 87}}"#);
    assert!(segments(&dec_over).contains(&Segment { from: 80.0, to: 87.0, kind: SegmentKind::Overshoot }));
}

#[test]
fn a_current_value_beyond_the_scale_is_clamped_for_drawing() {
    let g = gauge(r#"{"title": "t", "baseline": {"value": 2}, "current": {"value": 50}, "target": {"value": 6}, "max": 10}"#);
    assert!(segments(&g).contains(&Segment { from: 6.0, to: 10.0, kind: SegmentKind::Overshoot }));
}

#[test]
fn no_baseline_shows_only_the_target() {
    let g = gauge(r#"{"title": "R&D intensity", "unit": "%", "target": {"value": 2, "label": "2027"}}"#);
    assert_eq!(progress(&g).status, Status::NoBaseline);
    assert_eq!(segments(&g).len(), 1, "the track only");
}

#[test]
fn the_demo_targets_are_valid_and_never_invent_a_baseline() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/2027-targets.gauges.json")).expect("demo gauges");
    let set = parse_gauges(&text).unwrap_or_else(|e| panic!("{e}"));
    let with_baseline: Vec<&str> = set.gauges.iter().filter(|g| g.baseline.is_some()).map(|g| g.title.as_str()).collect();
    assert_eq!(with_baseline.len(), 6, "the five 2022 figures the article gives, and the energy index: {with_baseline:?}");
    assert!(set.gauges.iter().all(|g| g.current.is_none()), "the article gives no figure after 2022");
    let baselines: Vec<f64> = set.gauges.iter().filter_map(|g| g.baseline.as_ref().map(|b| b.value)).collect();
    assert_eq!(baselines, vec![2.82e12, 31.1, 255.0, 6438.0, 43000.0, 100.0]);
}
