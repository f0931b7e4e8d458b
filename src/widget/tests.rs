//! The widgets driven by sequences of input: the orders that used to trap the wasm, each as a
//! named test, then random sequences of pointer, key, tap, update (with other trees), resize,
//! theme and frame events — before and after the first render — checking the invariants after
//! every step.

use super::*;
use crate::format::GroupedFormat;
use crate::interact::{Input, Key};
use crate::model::{parse_gauges, parse_treemap, Tiling, TreemapSpec};
use crate::scene::{build_treemap_scene, Item, Scene, Theme, TreemapStyle, View};
use crate::text::ApproxMeasure;
use proptest::prelude::*;

type Widget = TreemapWidget<ApproxMeasure, GroupedFormat>;

/// Trees of different shapes to update between: the demo, one leaf, a deep chain, zeros and no
/// ids, a folding tree and a resquarified one.
const TREES: [&str; 6] = [
    include_str!("../../examples/33618.treemap.json"),
    r#"{"tree": {"name": "only", "value": 1}}"#,
    r#"{"title": "chain", "tree": {"name": "a", "children": [{"name": "b", "children": [{"name": "c", "children": [{"name": "d", "value": 2}, {"name": "e", "value": 1}]}]}]}}"#,
    r#"{"tree": {"name": "r", "children": [{"name": "x", "value": 0}, {"name": "y", "children": [{"name": "y1", "value": 3}, {"name": "y2", "value": 0}]}, {"name": "z", "value": 5}]}}"#,
    r#"{"options": {"minCellArea": 5000}, "tree": {"name": "r", "children": [{"name": "big", "value": 1000}, {"name": "g", "children": [{"name": "s1", "value": 1}, {"name": "s2", "value": 1}, {"name": "s3", "value": 1}]}, {"name": "s4", "value": 1}, {"name": "s5", "value": 1}]}}"#,
    r#"{"options": {"tiling": "resquarify"}, "tree": {"name": "r", "children": [{"id": 1, "name": "a", "children": [{"name": "a1", "value": 6}, {"name": "a2", "value": 4}]}, {"id": 2, "name": "b", "value": 3}, {"name": "c", "children": [{"name": "c1", "value": 2}, {"name": "c2", "value": 2}, {"name": "c3", "value": 1}]}]}}"#,
];

fn spec(i: usize) -> TreemapSpec {
    parse_treemap(TREES[i % TREES.len()]).expect("test tree")
}

fn widget(tree: usize) -> Widget {
    TreemapWidget::new(spec(tree), GroupedFormat, ApproxMeasure, false)
}

fn finite_scene(scene: &Scene) -> bool {
    let rect = |r: &crate::layout::Rect| [r.x0, r.y0, r.x1, r.y1].iter().all(|v| v.is_finite());
    scene.items.iter().all(|item| match item {
        Item::Rect { rect: r, .. } => rect(r),
        Item::Polygon { points, .. } => points.iter().all(|(x, y)| x.is_finite() && y.is_finite()),
        Item::Text { x, y, bounds, .. } => x.is_finite() && y.is_finite() && rect(bounds),
    }) && scene.cells.iter().all(|c| rect(&c.rect))
}

/// What must hold after any input: every node the state names exists, focus and hover lie in
/// the view, the breadcrumb runs from the top to the view's root through parents.
fn check_state(w: &Widget) -> Result<(), TestCaseError> {
    let tree = &w.spec().tree;
    let nodes = tree.nodes();
    let ui = w.interaction();
    prop_assert!(ui.root < nodes.len());
    prop_assert!(ui.root == 0 || !nodes[ui.root].is_leaf(), "the view's root is a group");
    let in_view = |n: usize| n > ui.root && n < nodes[ui.root].subtree_end;
    for n in [ui.hover, ui.focus].into_iter().flatten() {
        prop_assert!(in_view(n), "node {n} is inside the view rooted at {}", ui.root);
    }
    if let Some(s) = ui.selected {
        prop_assert!(s < nodes.len());
    }
    let crumbs = w.breadcrumb();
    prop_assert_eq!(crumbs.first().map(|c| c.0), Some(0));
    prop_assert_eq!(crumbs.last().map(|c| c.0), Some(ui.root));
    for pair in crumbs.windows(2) {
        prop_assert_eq!(nodes[pair[1].0].parent, Some(pair[0].0));
    }
    prop_assert!(w.remembered_groups() <= nodes.len());
    Ok(())
}

/// After a render: the scene is of the current data and view — finite, every cell a node of
/// the view — and, when still (and not resquarified), exactly what a fresh build would draw.
fn check_render(w: &mut Widget) -> Result<(), TestCaseError> {
    let root = w.interaction().root;
    let (width, height) = w.size();
    let len = w.spec().tree.len();
    let end = w.spec().tree.nodes()[root].subtree_end;
    let still = !w.is_moving();
    let theme = w.theme();
    let frame = w.render();
    prop_assert!(finite_scene(frame.scene));
    let overlay_finite = frame.overlay.iter().all(|i| matches!(i, Item::Rect { rect, .. } if rect.x0.is_finite() && rect.y1.is_finite()));
    prop_assert!(overlay_finite);
    for cell in &frame.scene.cells {
        prop_assert!(cell.node < len && cell.node >= root && cell.node < end, "cell of node {} outside view {root}", cell.node);
    }
    let drawn = frame.scene.clone();
    if still && w.spec().options.tiling != Tiling::Resquarify {
        let style = TreemapStyle { theme, ..TreemapStyle::default() };
        let fresh = build_treemap_scene(w.spec(), width, height, &ApproxMeasure, &GroupedFormat, &style, &View { root, ..View::default() }, None);
        prop_assert_eq!(&fresh.scene, &drawn, "the kept scene is the one the data and view give");
    }
    Ok(())
}

#[test]
fn a_pointer_move_between_update_and_frame_sees_the_new_layout() {
    // Once: update() kept the old rectangles until the next frame and a pointer move in between
    // indexed past them (layout/hit.rs), trapping the wasm.
    let mut w = widget(0);
    w.resize(960.0, 600.0);
    w.render();
    w.update(spec(1), GroupedFormat);
    for (x, y) in [(480.0, 300.0), (10.0, 590.0), (955.0, 200.0)] {
        w.input(Input::PointerMove { x, y });
        assert!(w.interaction().hover.is_none_or(|h| h < w.spec().tree.len()));
    }
}

#[test]
fn arrow_keys_right_after_enter_move_in_the_new_view() {
    // Once: Enter drilled and took the layout away, and the next arrow key indexed an empty one
    // (interact/navigate.rs).
    let mut w = widget(0);
    w.resize(960.0, 600.0);
    w.render();
    w.input(Input::Focus);
    w.input(Input::Key(Key::Enter));
    let root = w.interaction().root;
    assert_ne!(root, 0, "Enter drilled into the first tier");
    w.input(Input::Key(Key::Right));
    w.input(Input::Key(Key::Down));
    let focus = w.interaction().focus.expect("a focused cell");
    assert_eq!(w.spec().tree.nodes()[focus].parent, Some(root), "focus moved among the new view's cells");
}

#[test]
fn update_keeps_the_drilled_view_and_forgets_groups_that_are_gone() {
    let mut w = widget(5);
    w.resize(600.0, 400.0);
    w.render();
    let a = w.spec().tree.nodes().iter().position(|n| n.name == "a").expect("a");
    w.input(Input::DrillTo(a));
    w.frame(0.0);
    w.frame(1000.0);
    w.render();
    let before = w.remembered_groups();
    w.update(spec(5), GroupedFormat);
    assert_eq!(w.interaction().root, a, "the same group by id");
    w.update(spec(1), GroupedFormat);
    assert_eq!(w.interaction().root, 0, "gone: back to the top");
    assert!(w.remembered_groups() <= w.spec().tree.len() && w.remembered_groups() < before.max(1), "the memory holds only groups that exist");
}

#[test]
fn a_cancelled_drill_goes_back_at_once_and_a_cancelled_select_restores_the_old_one() {
    let mut w = widget(0);
    w.resize(960.0, 600.0);
    w.render();
    let tier = w.spec().tree.nodes()[0].children[1];
    w.input(Input::DrillTo(tier));
    assert!(w.is_moving(), "a drill zooms");
    w.drill_now(0);
    assert_eq!(w.interaction().root, 0);
    assert!(!w.is_moving(), "going back is at once");
    w.select(Some(3));
    assert_eq!(w.interaction().selected, Some(3));
    w.select(Some(usize::MAX));
    assert_eq!(w.interaction().selected, None, "no such node: cleared");
}

#[test]
fn node_keys_do_not_grow_with_the_names() {
    let long = "名".repeat(20_000);
    let text = format!(r#"{{"tree": {{"name": "{long}", "children": [{{"name": "{long}", "children": [{{"name": "{long}", "value": 1}}]}}]}}}}"#);
    let spec = parse_treemap(&text).expect("valid");
    let keys = crate::layout::node_keys(&spec.tree);
    assert_eq!(keys.len(), 3);
    assert!(keys[0] != keys[1] && keys[1] != keys[2], "same names at different depths are different nodes");
}

#[derive(Clone, Debug)]
enum Event {
    Move(f64, f64),
    Leave,
    Click(f64, f64),
    Tap(f64, f64),
    Key(Key),
    DrillTo(usize),
    Focus,
    Blur,
    Frame(f64),
    Update(usize),
    Resize(f64, f64),
    Theme(bool),
    Render,
    Select(Option<usize>),
    DrillNow(usize),
}

fn coordinate() -> impl Strategy<Value = f64> {
    prop_oneof![8 => 0.0f64..1000.0, 1 => Just(-5.0), 1 => Just(f64::NAN), 1 => Just(1e300)]
}

fn event() -> impl Strategy<Value = Event> {
    let key = prop_oneof![
        Just(Key::Left),
        Just(Key::Right),
        Just(Key::Up),
        Just(Key::Down),
        Just(Key::Enter),
        Just(Key::Escape),
        Just(Key::Backspace),
        Just(Key::Home)
    ];
    let size = prop_oneof![6 => 0.0f64..1400.0, 1 => Just(0.0), 1 => Just(f64::INFINITY), 1 => Just(-1.0)];
    prop_oneof![
        6 => (coordinate(), coordinate()).prop_map(|(x, y)| Event::Move(x, y)),
        1 => Just(Event::Leave),
        3 => (coordinate(), coordinate()).prop_map(|(x, y)| Event::Click(x, y)),
        2 => (coordinate(), coordinate()).prop_map(|(x, y)| Event::Tap(x, y)),
        5 => key.prop_map(Event::Key),
        1 => (0usize..80).prop_map(Event::DrillTo),
        1 => Just(Event::Focus),
        1 => Just(Event::Blur),
        4 => prop_oneof![0.0f64..400.0, Just(f64::NAN)].prop_map(Event::Frame),
        2 => (0usize..TREES.len()).prop_map(Event::Update),
        2 => (size.clone(), size).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => any::<bool>().prop_map(Event::Theme),
        4 => Just(Event::Render),
        1 => prop::option::of(0usize..80).prop_map(Event::Select),
        1 => (0usize..80).prop_map(Event::DrillNow),
    ]
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_of_events_breaks_a_treemap(first in 0usize..TREES.len(), events in prop::collection::vec(event(), 1..40)) {
        let mut w = widget(first);
        let mut clock = 0.0;
        for e in events {
            match e {
                Event::Move(x, y) => { w.input(Input::PointerMove { x, y }); }
                Event::Leave => { w.input(Input::PointerLeave); }
                Event::Click(x, y) => { w.input(Input::Click { x, y }); }
                Event::Tap(x, y) => { w.input(Input::Tap { x, y }); }
                Event::Key(k) => { w.input(Input::Key(k)); }
                Event::DrillTo(n) => { w.input(Input::DrillTo(n)); }
                Event::Focus => { w.input(Input::Focus); }
                Event::Blur => { w.input(Input::Blur); }
                // A NaN clock reaches the widget (which ignores it) but not the test's clock.
                Event::Frame(dt) if dt.is_nan() => { w.frame(dt); }
                Event::Frame(dt) => { clock += dt; w.frame(clock); }
                Event::Update(i) => w.update(spec(i), GroupedFormat),
                Event::Resize(width, height) => w.resize(width, height),
                Event::Theme(dark) => w.set_theme(if dark { Theme::DARK } else { Theme::LIGHT }),
                Event::Render => check_render(&mut w)?,
                Event::Select(n) => { w.select(n); }
                Event::DrillNow(n) => { w.drill_now(n); }
            }
            check_state(&w)?;
        }
        // Whatever happened, the widget still answers hover.
        w.resize(960.0, 600.0);
        // Two frames: the first starts a pending morph's clock, the second ends it.
        w.frame(clock + 10_000.0);
        w.frame(clock + 20_000.0);
        prop_assert!(!w.is_moving());
        check_render(&mut w)?;
        let root = w.interaction().root;
        let cell = w.last_scene().and_then(|s| s.cells.iter().find(|c| c.node != root && c.rect.area() > 0.0).map(|c| (c.node, c.rect)));
        if let Some((node, r)) = cell {
            w.input(Input::PointerMove { x: (r.x0 + r.x1) / 2.0, y: (r.y0 + r.y1) / 2.0 });
            let hover = w.interaction().hover;
            prop_assert!(hover.is_some(), "hovering cell of node {node} hovers something");
        }
    }
}

const GAUGES: [&str; 3] = [
    include_str!("../../examples/2027-targets.gauges.json"),
    r#"{"title": "one", "target": {"value": 10}}"#,
    r#"{"gauges": [{"title": "a", "baseline": {"value": 5}, "target": {"value": 1}, "style": "bullet"}, {"title": "b", "baseline": {"value": 0}, "current": {"value": 20}, "target": {"value": 10}}]}"#,
];

fn gauges(i: usize) -> GaugeWidget<GroupedFormat> {
    GaugeWidget::new(parse_gauges(GAUGES[i % GAUGES.len()]).expect("test gauges"), |_, _| Ok(GroupedFormat)).expect("formats")
}

#[derive(Clone, Debug)]
enum GaugeEvent {
    Update(usize),
    Theme(bool),
    Draw(usize, f64, f64, f64),
    Aria(usize),
    Grid(f64),
}

fn gauge_event() -> impl Strategy<Value = GaugeEvent> {
    let size = prop_oneof![6 => 0.0f64..900.0, 1 => Just(f64::NAN), 1 => Just(-3.0), 1 => Just(1e9)];
    let reveal = prop_oneof![4 => 0.0f64..1.0, 1 => Just(f64::NAN), 1 => Just(7.0)];
    prop_oneof![
        1 => (0usize..GAUGES.len()).prop_map(GaugeEvent::Update),
        1 => any::<bool>().prop_map(GaugeEvent::Theme),
        6 => (0usize..12, size.clone(), size.clone(), reveal).prop_map(|(i, w, h, r)| GaugeEvent::Draw(i, w, h, r)),
        2 => (0usize..12).prop_map(GaugeEvent::Aria),
        1 => size.prop_map(GaugeEvent::Grid),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 10, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_of_calls_breaks_gauges(first in 0usize..GAUGES.len(), events in prop::collection::vec(gauge_event(), 1..20)) {
        let mut g = gauges(first);
        for e in events {
            match e {
                GaugeEvent::Update(i) => g = gauges(i),
                GaugeEvent::Theme(dark) => g.set_theme(if dark { Theme::DARK } else { Theme::LIGHT }),
                GaugeEvent::Draw(i, w, h, r) => {
                    let scene = g.scene(i, w, h, &ApproxMeasure, r);
                    prop_assert_eq!(scene.is_some(), i < g.count(), "a scene exactly for the gauges that exist");
                    if let Some(s) = scene {
                        prop_assert!(finite_scene(&s.scene));
                    }
                }
                GaugeEvent::Aria(i) => {
                    let aria = g.aria(i);
                    prop_assert_eq!(aria.is_some(), i < g.count());
                    if let Some(a) = aria {
                        prop_assert!(a.min <= a.now && a.now <= a.max && !a.text.is_empty());
                    }
                }
                GaugeEvent::Grid(w) => prop_assert!(finite_scene(&g.grid_scene(w, None, &ApproxMeasure))),
            }
        }
    }
}

#[test]
fn the_gauge_grid_exports_in_its_theme() {
    let mut g = gauges(0);
    g.set_theme(Theme::DARK);
    let scene = g.grid_scene(960.0, None, &ApproxMeasure);
    assert_eq!(scene.background, Theme::DARK.background);
    let heading = scene.items.iter().find_map(|i| match i {
        Item::Text { color, .. } => Some(*color),
        _ => None,
    });
    assert_eq!(heading, Some(Theme::DARK.text), "the title in the dark theme's text colour");
}
