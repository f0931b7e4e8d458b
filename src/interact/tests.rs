//! The state machine driven through the demo data: hover, click-drill and back, keyboard
//! through all four tiers, touch tap-tap, and the animation clock.

use super::*;
use crate::format::GroupedFormat;
use crate::layout::{layout, LayoutOptions, Rect};
use crate::model::{parse_treemap, TreemapSpec};

fn demo() -> TreemapSpec {
    parse_treemap(include_str!("../../examples/33618.treemap.json")).expect("demo data")
}

const AREA: Rect = Rect { x0: 0.0, y0: 0.0, x1: 960.0, y1: 600.0 };

fn view(spec: &TreemapSpec, root: usize) -> Vec<Rect> {
    let o = &spec.options;
    layout(&spec.tree, &LayoutOptions::new(AREA, o.tiling, o.ratio, o.padding).at(root), None).rects
}

fn centre(r: Rect) -> (f64, f64) {
    ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)
}

fn index_of(spec: &TreemapSpec, id: &str) -> usize {
    spec.tree.nodes().iter().position(|n| n.id.as_deref() == Some(id)).expect(id)
}

#[test]
fn hover_shows_the_tooltip_for_the_cell_under_the_pointer() {
    let spec = demo();
    let mut ui = Interaction::new(false);
    let rects = view(&spec, 0);
    let nev = index_of(&spec, "ic-nev");
    let (x, y) = centre(rects[nev]);
    assert_eq!(ui.handle(&spec.tree, &rects, Input::PointerMove { x, y }), vec![Effect::Tooltip(Some(nev)), Effect::Redraw]);
    assert_eq!(ui.hover, Some(nev));
    assert_eq!(ui.handle(&spec.tree, &rects, Input::PointerLeave), vec![Effect::Tooltip(None), Effect::Redraw]);
    assert_eq!(ui.hover, None);
}

#[test]
fn click_drills_into_the_tier_then_escape_comes_back() {
    let spec = demo();
    let mut ui = Interaction::new(false);
    let rects = view(&spec, 0);
    let leading = index_of(&spec, "leading");
    let nev = index_of(&spec, "ic-nev");
    let (x, y) = centre(rects[nev]);
    let effects = ui.handle(&spec.tree, &rects, Input::Click { x, y });
    assert!(effects.contains(&Effect::Drill(leading)), "{effects:?}");
    assert_eq!(ui.root, leading);
    assert!(ui.transition.is_some(), "the drill animates");
    // The animation runs on the clock and ends after 300 ms.
    ui.handle(&spec.tree, &rects, Input::Frame { now: 1000.0 });
    assert_eq!(ui.progress(1150.0), 0.5);
    ui.handle(&spec.tree, &rects, Input::Frame { now: 1300.0 });
    assert_eq!(ui.transition, None);
    // In the tier's view the same cluster is a leaf: clicking selects it.
    let rects = view(&spec, leading);
    let (x, y) = centre(rects[nev]);
    let effects = ui.handle(&spec.tree, &rects, Input::Click { x, y });
    assert_eq!(effects, vec![Effect::Select(nev), Effect::Redraw]);
    assert_eq!(ui.selected, Some(nev));
    let effects = ui.handle(&spec.tree, &rects, Input::Key(Key::Escape));
    assert!(effects.contains(&Effect::Drill(0)));
    assert_eq!((ui.root, ui.focus), (0, Some(leading)), "back at the top, focus on the tier we left");
}

#[test]
fn keyboard_reaches_every_tier_and_home_returns() {
    let spec = demo();
    let mut ui = Interaction::new(true);
    let tiers = spec.tree.nodes()[0].children.clone();
    let rects = view(&spec, 0);
    ui.handle(&spec.tree, &rects, Input::Focus);
    assert_eq!(ui.focus, Some(tiers[0]));
    // Arrow keys visit all four tiers by position.
    let mut seen = std::collections::BTreeSet::from([tiers[0]]);
    for key in [Key::Right, Key::Down, Key::Right, Key::Left, Key::Up, Key::Down, Key::Right] {
        ui.handle(&spec.tree, &rects, Input::Key(key));
        seen.extend(ui.focus);
    }
    assert_eq!(seen.len(), 4, "every tier was focusable: {seen:?}");
    // Enter on the new-star tier drills in; again into its first group; Home goes back up.
    let new_star = index_of(&spec, "new-star");
    ui.focus = Some(new_star);
    let effects = ui.handle(&spec.tree, &rects, Input::Key(Key::Enter));
    assert!(effects.contains(&Effect::Drill(new_star)) && effects.contains(&Effect::Announce(index_of(&spec, "future"))), "{effects:?}");
    assert_eq!(ui.transition, None, "no animation under reduced motion");
    let rects = view(&spec, new_star);
    ui.handle(&spec.tree, &rects, Input::Key(Key::Enter));
    assert_eq!(ui.root, index_of(&spec, "future"));
    let rects = view(&spec, ui.root);
    ui.handle(&spec.tree, &rects, Input::Key(Key::Home));
    assert_eq!((ui.root, ui.focus), (0, Some(new_star)));
}

#[test]
fn first_tap_selects_second_tap_drills() {
    let spec = demo();
    let mut ui = Interaction::new(false);
    let rects = view(&spec, 0);
    let pillar = index_of(&spec, "pillar");
    let (x, y) = centre(rects[spec.tree.nodes()[pillar].children[0]]);
    let first = ui.handle(&spec.tree, &rects, Input::Tap { x, y });
    assert!(first.contains(&Effect::Select(pillar)) && !first.iter().any(|e| matches!(e, Effect::Drill(_))), "{first:?}");
    assert!(first.iter().any(|e| matches!(e, Effect::Tooltip(Some(_)))), "the tooltip shows on the first tap");
    let second = ui.handle(&spec.tree, &rects, Input::Tap { x, y });
    assert!(second.contains(&Effect::Drill(pillar)), "{second:?}");
}

#[test]
fn drill_to_ignores_leaves_and_unknown_nodes() {
    let spec = demo();
    let mut ui = Interaction::new(false);
    let rects = view(&spec, 0);
    assert!(ui.handle(&spec.tree, &rects, Input::DrillTo(index_of(&spec, "ic-nev"))).is_empty());
    assert!(ui.handle(&spec.tree, &rects, Input::DrillTo(99_999)).is_empty());
    assert_eq!(ui.root, 0);
}

#[test]
fn announcements_name_the_path_value_and_share() {
    let spec = demo();
    let nev = index_of(&spec, "ic-nev");
    let m = spec.messages(None);
    let text = describe_node(&spec, nev, &GroupedFormat, &m);
    assert_eq!(text.announcement, "Trillion-level leading clusters › Intelligent connected new-energy vehicles, 1 trillion yuan, 19% of the total");
    assert_eq!(text.share_of_parent.as_deref(), Some("33% of Trillion-level leading clusters"));
    let satellite = describe_node(&spec, spec.tree.nodes()[index_of(&spec, "future")].children[0], &GroupedFormat, &m);
    assert_eq!(satellite.value, "10 billion yuan*");
    assert_eq!(satellite.share_of_total, "0.2% of the total");
}
