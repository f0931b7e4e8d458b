//! The gauge scene as data: text never collides or leaves the box at any size from 160 × 120
//! up, secondary text goes in the documented order, the markers sit where the values say, and
//! the screen-reader sentence reads the way the brief asks.
#![cfg(not(target_arch = "wasm32"))] // native: reads files

use cluster_widgets::format::GroupedFormat;
use cluster_widgets::layout::Rect;
use cluster_widgets::model::{parse_gauges, GaugeSpec, GaugeStyle};
use cluster_widgets::scene::{build_gauge_scene, gauge_value_text, GaugeLook, GaugeScene, Item, DROP_ORDER};
use cluster_widgets::text::ApproxMeasure;

fn demo() -> Vec<GaugeSpec> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/2027-targets.gauges.json")).expect("demo");
    parse_gauges(&text).expect("valid").gauges
}

fn scene(g: &GaugeSpec, w: f64, h: f64) -> GaugeScene {
    build_gauge_scene(g, w, h, &ApproxMeasure, &GroupedFormat, &GaugeLook::default(), 1.0)
}

fn texts(s: &GaugeScene) -> Vec<(String, Rect)> {
    s.scene.items.iter().filter_map(|i| match i {
        Item::Text { text, bounds, .. } => Some((text.clone(), *bounds)),
        _ => None,
    }).collect()
}

fn both_styles() -> Vec<GaugeSpec> {
    demo().into_iter().flat_map(|g| [GaugeSpec { style: GaugeStyle::Arc, ..g.clone() }, GaugeSpec { style: GaugeStyle::Bullet, ..g }]).collect()
}

#[test]
fn nothing_collides_or_overflows_from_160_by_120_up() {
    for g in both_styles() {
        for w in (160..=1200).step_by(52) {
            for h in (120..=800).step_by(68) {
                let s = scene(&g, w as f64, h as f64);
                let t = texts(&s);
                let whole = Rect::new(0.0, 0.0, w as f64, h as f64);
                for (i, (text, b)) in t.iter().enumerate() {
                    assert!(whole.contains(b, 1e-9), "{:?} {w}x{h}: {text:?} at {b:?} leaves the box", g.style);
                    for (other, c) in &t[i + 1..] {
                        assert!(b.overlap(c) == 0.0, "{:?} {w}x{h}: {text:?} collides with {other:?}", g.style);
                    }
                }
                assert!(!t.is_empty(), "{:?} {w}x{h}: {} has some text", g.style, g.title);
            }
        }
    }
}

#[test]
fn the_title_and_the_value_survive_at_the_smallest_size() {
    for g in demo() {
        let s = scene(&g, 160.0, 120.0);
        let t: Vec<String> = texts(&s).into_iter().map(|(t, _)| t).collect();
        assert!(t.iter().any(|x| x.contains("trillion yuan") || x.contains('%') || x.chars().any(|c| c.is_ascii_digit())), "{}: {t:?}", g.title);
        assert!(t[0].starts_with(&g.title[..3]), "title first: {t:?}");
    }
}

#[test]
fn secondary_text_goes_in_the_documented_order() {
    // Whatever the size, the secondary texts still shown are a tail of DROP_ORDER: a text is
    // only gone if every text before it in the order is gone too.
    let gauges = demo();
    let energy = gauges.iter().find(|g| g.note.is_some() && g.baseline.is_some()).expect("a gauge with every text");
    let secondary = ["13% below 2022", "needs", "2022: 100", "2027 target: 87", "2022", "0% of the gap closed"];
    let full = scene(energy, 900.0, 700.0);
    assert_eq!(full.dropped, 0, "a large gauge shows everything");
    let mut seen_drops = 0;
    for w in (160..=900).step_by(10) {
        for aspect in [0.6, 0.75, 1.0] {
            let s = scene(energy, w as f64, (w as f64 * aspect).max(120.0));
            let t: Vec<String> = texts(&s).into_iter().map(|(t, _)| t).collect();
            let visible: Vec<bool> = secondary.iter().enumerate().map(|(i, key)| {
                // "2022" alone is the caption; the others are prefixes or substrings.
                if i == 4 { t.iter().any(|x| x == key) } else { t.iter().any(|x| x.starts_with(key)) }
            }).collect();
            let first_shown = visible.iter().position(|&v| v).unwrap_or(visible.len());
            assert!(visible[first_shown..].iter().all(|&v| v), "{w}x{aspect}: shown {visible:?} is not a tail of the drop order; texts {t:?}");
            let title_part = |x: &str| energy.title.contains(x.trim_end_matches('…'));
            let cut_number = t.iter().any(|x| x.ends_with('…') && !title_part(x) && !x.starts_with("13%"));
            assert!(!cut_number, "{w}x{aspect}: a number was cut: {t:?}");
            assert_eq!(first_shown, s.dropped, "{w}x{aspect}: texts {t:?}");
            seen_drops = seen_drops.max(s.dropped);
        }
    }
    assert!(seen_drops >= 3, "small sizes do drop secondary text ({seen_drops})");
    assert_eq!(DROP_ORDER.len(), secondary.len());
}

#[test]
fn revenue_gauge_reads_as_the_brief_says() {
    let g = &demo()[0];
    assert_eq!(gauge_value_text(g, &GroupedFormat, &Default::default()), "2.82 trillion yuan in 2022; 2027 target: 4 trillion yuan; 0% of the gap closed");
    let t: Vec<String> = texts(&scene(g, 480.0, 360.0)).into_iter().map(|(t, _)| t).collect();
    for expected in ["2.82", "trillion yuan", "2022", "0% of the gap closed", "needs +1.18 trillion yuan by 2027", "2022: 2.82 trillion", "2027 target: 4 trillion"] {
        assert!(t.iter().any(|x| x == expected), "{expected:?} in {t:?}");
    }
}

#[test]
fn a_gauge_without_baseline_says_so_and_shows_the_target() {
    let g = demo().into_iter().find(|g| g.title.starts_with("R&D intensity")).expect("R&D intensity gauge");
    assert_eq!(gauge_value_text(&g, &GroupedFormat, &Default::default()), "2027 target: 2%; no baseline given");
    let t: Vec<String> = texts(&scene(&g, 480.0, 360.0)).into_iter().map(|(t, _)| t).collect();
    assert!(t.contains(&"No baseline given".to_string()) && t.contains(&"2%".to_string()) && t.contains(&"2027 target".to_string()), "{t:?}");
}

#[test]
fn percent_targets_count_percentage_points() {
    let g = &demo()[1];
    let t: Vec<String> = texts(&scene(g, 480.0, 360.0)).into_iter().map(|(t, _)| t).collect();
    assert!(t.iter().any(|x| x == "needs +4.9 percentage points by 2027"), "{t:?}");
}

#[test]
fn the_target_tick_sits_at_the_target_angle() {
    let g = &demo()[0]; // 0 to 5 trillion, target 4 trillion: 80 % of the sweep = +72°
    let s = scene(g, 480.0, 360.0);
    let polys: Vec<&Vec<(f64, f64)>> = s.scene.items.iter().filter_map(|i| match i { Item::Polygon { points, .. } => Some(points), _ => None }).collect();
    let tick = polys.last().expect("the target tick is drawn last");
    let track = polys[0];
    // Centre: the track polygon's outer and inner chains share the centre; recover it from the
    // tick's direction instead: its long axis points along 72°.
    let (dx, dy) = (tick[1].0 - tick[0].0, tick[1].1 - tick[0].1);
    let angle = dx.atan2(-dy).to_degrees();
    assert!((angle - 72.0).abs() < 1e-6, "tick at {angle}°");
    assert!(track.len() > 100, "the track is a smooth 240° band");
}

#[test]
fn the_entry_animation_sweeps_segments_in() {
    let g = &demo()[0];
    let count = |reveal: f64| build_gauge_scene(g, 400.0, 300.0, &ApproxMeasure, &GroupedFormat, &GaugeLook::default(), reveal)
        .scene.items.iter().filter(|i| matches!(i, Item::Polygon { .. })).count();
    assert!(count(0.0) < count(1.0), "nothing swept in at the start");
    let texts_at = |reveal: f64| texts(&build_gauge_scene(g, 400.0, 300.0, &ApproxMeasure, &GroupedFormat, &GaugeLook::default(), reveal));
    assert_eq!(texts_at(0.0), texts_at(1.0), "text does not move during the animation");
}

#[test]
fn a_half_circle_gauge_fits_its_box() {
    let mut g = demo()[0].clone();
    (g.start_angle, g.end_angle) = (-90.0, 90.0);
    let s = scene(&g, 320.0, 200.0);
    let whole = Rect::new(0.0, 0.0, 320.0, 200.0);
    for item in &s.scene.items {
        if let Item::Polygon { points, .. } = item {
            for &(x, y) in points {
                assert!(whole.contains(&Rect::new(x, y, x, y), 1e-9), "({x}, {y}) outside");
            }
        }
    }
    let track = s.scene.items.iter().find_map(|i| match i { Item::Polygon { points, .. } => Some(points.clone()), _ => None }).expect("track");
    let lowest = track.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let first = track[0];
    assert!((first.1 - lowest).abs() < 1e-6, "a half circle starts at its lowest point, 9 o'clock");
}
