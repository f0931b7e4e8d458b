// The fuzz targets' checks, shared with tests/fuzz_corpus.rs (which replays the committed corpus
// on stable): each asserts invariants, not just "no panic".
//   check_treemap:     treemap JSON → validation → layout → scene → SVG, at three sizes
//   check_gauges:      gauge JSON → validation → grid scene → SVG, in both themes
//   check_interaction: an arbitrary sequence of events on an interactive treemap
// Invariants: every problem has a message; coordinates are finite; children lie inside their
// parents; every SVG is well-formed XML; the interaction state only names nodes that exist.

#[allow(unused_imports)]
use cluster_widgets::{
    format::GroupedFormat,
    interact::{Input, Key},
    model::{parse_gauges, parse_treemap, Problems},
    render::{gauges_scene_with, scene_to_svg},
    scene::{build_treemap_scene, GaugeLook, Item, Scene, Theme, TreemapStyle, View},
    text::ApproxMeasure,
    widget::TreemapWidget,
};

fn assert_problems(p: &Problems) {
    assert!(!p.0.is_empty(), "an error lists at least one problem");
    for x in &p.0 {
        assert!(!x.message.is_empty(), "problem at {:?} has a message", x.path);
    }
}

fn assert_finite(scene: &Scene) {
    let ok = |v: f64| v.is_finite();
    for item in &scene.items {
        match item {
            Item::Rect { rect: r, .. } => assert!(ok(r.x0) && ok(r.y0) && ok(r.x1) && ok(r.y1), "rect {r:?}"),
            Item::Polygon { points, .. } => assert!(points.iter().all(|&(x, y)| ok(x) && ok(y)), "polygon"),
            Item::Text { x, y, bounds: b, .. } => assert!(ok(*x) && ok(*y) && ok(b.x0) && ok(b.y1), "text at {x},{y}"),
        }
    }
}

fn assert_xml(svg: &str) {
    if let Err(e) = roxmltree::Document::parse(svg) {
        panic!("SVG is not well-formed XML: {e}");
    }
}

/// The data validated, or `None` when it is not UTF-8 or not valid (its problems then checked).
fn parsed<T>(data: &[u8], parse: fn(&str) -> Result<T, Problems>) -> Option<T> {
    parse(std::str::from_utf8(data).ok()?).map_err(|p| assert_problems(&p)).ok()
}

#[allow(dead_code)]
pub fn check_treemap(data: &[u8]) {
    let Some(spec) = parsed(data, parse_treemap) else { return };
    for (w, h) in [(960.0, 600.0), (320.0, 480.0), (37.0, 13.0)] {
        let t = build_treemap_scene(&spec, w, h, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None);
        assert_finite(&t.scene);
        for (i, node) in spec.tree.nodes().iter().enumerate() {
            for &c in &node.children {
                let (parent, child) = (t.rects[i], t.rects[c]);
                assert!(child.area() == 0.0 || parent.contains(&child, 1e-6), "node {c} outside its parent {i}");
            }
        }
        assert_xml(&scene_to_svg(&t.scene));
    }
}

#[allow(dead_code)]
pub fn check_gauges(data: &[u8]) {
    let Some(set) = parsed(data, parse_gauges) else { return };
    for theme in [Theme::LIGHT, Theme::DARK] {
        let look = GaugeLook { theme, ..GaugeLook::default() };
        let scene = gauges_scene_with(&set, 700.0, None, &ApproxMeasure, &|_| Some(&GroupedFormat), &look);
        assert_finite(&scene);
        assert_xml(&scene_to_svg(&scene));
    }
}

#[derive(arbitrary::Arbitrary, Debug)]
enum Event {
    Move(u16, u16),
    Leave,
    Click(u16, u16),
    Tap(u16, u16),
    Key(u8),
    DrillTo(u8),
    Focus,
    Blur,
    Frame(u16),
    Update(u8),
    Resize(u16, u16),
    Dark(bool),
    Render,
    Select(Option<u8>),
}

const TREES: [&str; 4] = [
    r#"{"title": "t", "tree": {"name": "r", "children": [{"name": "a", "children": [{"name": "a1", "value": 3}, {"name": "a2", "value": 1}]}, {"name": "b", "value": 2}]}}"#,
    r#"{"tree": {"name": "only", "value": 1}}"#,
    r#"{"options": {"minCellArea": 3000, "tiling": "resquarify"}, "tree": {"name": "r", "children": [{"id": 1, "name": "g", "children": [{"name": "x", "value": 1}, {"name": "y", "value": 1}, {"name": "z", "value": 1}]}, {"name": "big", "value": 500}]}}"#,
    r#"{"tree": {"name": "r", "children": [{"name": "c", "children": [{"name": "d", "children": [{"name": "e", "value": 0}, {"name": "f", "value": 2}]}]}]}}"#,
];

#[allow(dead_code)]
pub fn check_interaction(data: &[u8]) {
    let mut u = arbitrary::Unstructured::new(data);
    let Ok(events) = u.arbitrary::<Vec<Event>>() else { return };
    let spec = |i: u8| parse_treemap(TREES[i as usize % TREES.len()]).expect("fixed tree");
    let mut w = TreemapWidget::new(spec(0), GroupedFormat, ApproxMeasure, false);
    let mut clock = 0.0;
    let keys = [Key::Left, Key::Right, Key::Up, Key::Down, Key::Enter, Key::Escape, Key::Backspace, Key::Home];
    for e in events.into_iter().take(200) {
        match e {
            Event::Move(x, y) => drop(w.input(Input::PointerMove { x: x as f64 / 40.0, y: y as f64 / 60.0 })),
            Event::Leave => drop(w.input(Input::PointerLeave)),
            Event::Click(x, y) => drop(w.input(Input::Click { x: x as f64 / 40.0, y: y as f64 / 60.0 })),
            Event::Tap(x, y) => drop(w.input(Input::Tap { x: x as f64 / 40.0, y: y as f64 / 60.0 })),
            Event::Key(k) => drop(w.input(Input::Key(keys[k as usize % keys.len()]))),
            Event::DrillTo(n) => drop(w.input(Input::DrillTo(n as usize))),
            Event::Focus => drop(w.input(Input::Focus)),
            Event::Blur => drop(w.input(Input::Blur)),
            Event::Frame(dt) => {
                clock += dt as f64;
                w.frame(clock);
            }
            Event::Update(i) => w.update(spec(i), GroupedFormat),
            Event::Resize(a, b) => w.resize(a as f64 / 20.0, b as f64 / 30.0),
            Event::Dark(d) => w.set_theme(if d { Theme::DARK } else { Theme::LIGHT }),
            Event::Render => assert_finite(w.render().scene),
            Event::Select(n) => drop(w.select(n.map(usize::from))),
        }
        let len = w.spec().tree.len();
        let ui = w.interaction();
        assert!(ui.root < len);
        for n in [ui.hover, ui.focus, ui.selected].into_iter().flatten() {
            assert!(n < len, "state names node {n} of {len}");
        }
        assert_eq!(w.breadcrumb().last().map(|c| c.0), Some(ui.root));
    }
}
