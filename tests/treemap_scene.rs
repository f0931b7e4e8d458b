//! The treemap scene as data: cells in tier colours, labels inside their cells at every size,
//! headers, footer notes; plus one SVG snapshot kept for human review.
#![cfg(not(target_arch = "wasm32"))] // native: reads files and runs processes

use cluster_widgets::format::GroupedFormat;
use cluster_widgets::layout::{layout, LayoutOptions, Rect};
use cluster_widgets::model::{parse_treemap, TreemapSpec};
use cluster_widgets::render::{render_treemap_svg, scene_to_svg};
use cluster_widgets::scene::{build_treemap_scene, Color, Item, Scene, TreemapStyle, View, Zoom, TIER_PALETTE};
use cluster_widgets::text::ApproxMeasure;

fn demo() -> TreemapSpec {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/33618.treemap.json")).expect("demo data");
    parse_treemap(&text).expect("valid demo data")
}

fn scene(spec: &TreemapSpec, w: f64, h: f64) -> Scene {
    build_treemap_scene(spec, w, h, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None).scene
}

#[test]
fn thirty_cluster_cells_in_their_tier_colours() {
    let spec = demo();
    let s = scene(&spec, 960.0, 600.0);
    let nodes = spec.tree.nodes();
    let leaves: Vec<_> = s.cells.iter().filter(|c| nodes[c.node].is_leaf()).collect();
    assert_eq!(leaves.len(), 30);
    for cell in leaves {
        let tier = spec.tree.tier_of(cell.node).expect("a cluster has a tier");
        let tier_index = nodes[0].children.iter().position(|&c| c == tier).expect("tier is a root child");
        assert_eq!(cell.fill, TIER_PALETTE[tier_index].mix(Color::WHITE, 0.45), "{}", nodes[cell.node].name);
    }
}

#[test]
fn labels_stay_inside_their_cells_at_every_size() {
    let spec = demo();
    for (w, h) in [(960.0, 600.0), (768.0, 500.0), (360.0, 480.0), (300.0, 180.0), (160.0, 120.0)] {
        let s = scene(&spec, w, h);
        let whole = Rect::new(0.0, 0.0, w, h);
        for cell in &s.cells {
            if let Some(label) = cell.label {
                assert!(cell.rect.contains(&label, 1e-9), "{w}x{h}: label of {} {label:?} leaves {:?}", spec.tree.nodes()[cell.node].name, cell.rect);
            }
        }
        for item in &s.items {
            if let Item::Text { bounds, text, .. } = item {
                assert!(whole.contains(bounds, 1e-9), "{w}x{h}: {text:?} at {bounds:?}");
            }
        }
    }
}

#[test]
fn big_cells_show_name_and_value_the_legend_the_unit_and_assumed_names_are_starred() {
    let spec = demo();
    let s = scene(&spec, 960.0, 600.0);
    let texts: Vec<&str> = s.texts().collect();
    assert!(texts.contains(&"Advanced materials"), "{texts:?}");
    // Cells carry the number alone: the unit is stated once, in the legend.
    assert!(texts.contains(&"1 trillion"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("trillion yuan") && !t.contains(" · ")), "no unit in cells: {texts:?}");
    assert!(texts.contains(&"Trillion-level leading clusters · 3 trillion"), "tier header: {texts:?}");
    assert!(texts.contains(&"Trillion-level leading clusters · 3 trillion yuan · 57%"), "legend entry: {texts:?}");
    assert!(texts.iter().any(|t| t.contains("assumed value, not given by the source")), "footer note: {texts:?}");
    let nodes = spec.tree.nodes();
    for (w, h) in [(2400.0, 1600.0), (1600.0, 1100.0)] {
        let s = scene(&spec, w, h);
        let mut labelled = 0;
        for cell in s.cells.iter().filter(|c| nodes[c.node].assumed && c.folded == 0) {
            let Some(label) = cell.label else { continue };
            labelled += 1;
            let starred = s.items.iter().any(|i| matches!(i, Item::Text { bounds, text, .. } if label.contains(bounds, 1e-9) && text.ends_with('*')));
            assert!(starred, "{w}: the label of assumed {} shows the star", nodes[cell.node].name);
        }
        assert!(labelled > 0, "{w}: some assumed cluster is labelled");
    }
}

#[test]
fn headers_are_whole_or_absent_and_the_legend_names_every_tier() {
    let spec = demo();
    let nodes = spec.tree.nodes();
    for (w, h) in [(1280.0, 700.0), (960.0, 600.0), (414.0, 520.0), (320.0, 420.0)] {
        let s = scene(&spec, w, h);
        let texts: Vec<&str> = s.texts().collect();
        for cell in s.cells.iter().filter(|c| !nodes[c.node].is_leaf() && c.folded == 0) {
            let name = &nodes[cell.node].name;
            let header = texts.iter().find(|t| t.starts_with(name.as_str()));
            assert!(cell.label.is_none() || header.is_some(), "{w}: a header label is the whole name: {name}");
        }
        for cell in s.cells.iter().filter(|c| !nodes[c.node].is_leaf()) {
            let Some(label) = cell.label else { continue };
            let cut = s.items.iter().any(|i| matches!(i, Item::Text { bounds, text, .. } if label.contains(bounds, 1e-9) && text.ends_with('…')));
            assert!(!cut, "{w}: the header of {} is not cut", nodes[cell.node].name);
        }
        let legend = cluster_widgets::scene::tier_legend(&spec, &TreemapStyle::default().theme, &s.cells, 0);
        assert_eq!(legend.len(), nodes[0].children.len());
        for e in &legend {
            let name = &nodes[e.node].name;
            assert!(texts.iter().filter(|t| t.starts_with(name.as_str())).count() >= 1, "{w}: legend names {name}: {texts:?}");
        }
    }
}

#[test]
fn equal_siblings_share_one_label_size() {
    let spec = demo();
    let nodes = spec.tree.nodes();
    for (w, h) in [(1280.0, 700.0), (960.0, 600.0), (600.0, 500.0)] {
        let s = scene(&spec, w, h);
        let mut sizes: std::collections::HashMap<(Option<usize>, u64), Vec<f64>> = Default::default();
        for cell in s.cells.iter().filter(|c| nodes[c.node].is_leaf() && c.label.is_some()) {
            let label = cell.label.expect("labelled");
            let size = s.items.iter().find_map(|i| match i {
                Item::Text { bounds, font, .. } if label.contains(bounds, 1e-9) && font.bold => Some(font.size),
                _ => None,
            });
            let n = &nodes[cell.node];
            sizes.entry((n.parent, n.value.to_bits())).or_default().extend(size);
        }
        for (key, s) in sizes {
            assert!(s.windows(2).all(|p| p[0] == p[1]), "{w}: siblings {key:?} in sizes {s:?}");
        }
    }
}

#[test]
fn tiny_widget_drops_title_and_footer_and_no_cluster_vanishes() {
    let spec = demo();
    let s = scene(&spec, 160.0, 120.0);
    assert!(!s.texts().any(|t| t.starts_with("Chongqing")), "no title at 160x120");
    // Every cluster is drawn, or counted in its group's "Other (+N)" cell.
    let nodes = spec.tree.nodes();
    let drawn = s.cells.iter().filter(|c| c.folded == 0 && nodes[c.node].is_leaf()).count();
    let o = &spec.options;
    let v = layout(&spec.tree, &LayoutOptions { min_area: o.min_cell_area, ..LayoutOptions::new(Rect::new(0.0, 0.0, 160.0, 120.0), o.tiling, o.ratio, o.padding).at(0) }, None);
    let folded_leaves: usize = v.folded.iter().flat_map(|f| f.children.iter())
        .map(|&c| (c..nodes[c].subtree_end).filter(|&d| nodes[d].is_leaf()).count()).sum();
    assert!(s.cells.iter().any(|c| c.folded > 0), "small clusters fold at this size");
    assert_eq!(drawn + folded_leaves, 30);
}

#[test]
fn hostile_names_are_escaped_in_svg() {
    let spec = parse_treemap(r#"{"title": "<script>alert(1)</script>", "tree": {"name": "r", "children": [{"name": "a&b\"<x>", "value": 1}]}}"#).expect("valid");
    let svg = render_treemap_svg(&spec, 400.0, 300.0);
    assert!(!svg.contains("<script>"), "{svg}");
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn svg_snapshot_of_the_demo() {
    // Kept for human review: open tests/snapshots/demo-960x600.svg in a browser.
    // Regenerate with UPDATE_SNAPSHOTS=1 cargo test --test treemap_scene, and review the diff.
    let svg = scene_to_svg(&scene(&demo(), 960.0, 600.0));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/demo-960x600.svg");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &svg).expect("write snapshot");
    }
    let stored = std::fs::read_to_string(path).expect("snapshot exists; run with UPDATE_SNAPSHOTS=1");
    assert!(svg == stored, "SVG differs from {path}; review and regenerate with UPDATE_SNAPSHOTS=1");
}

#[test]
fn a_drilled_view_shows_only_the_subtree_filling_the_area() {
    let spec = demo();
    let leading = spec.tree.nodes().iter().position(|n| n.id.as_deref() == Some("leading")).expect("leading tier");
    let view = View { root: leading, ..View::default() };
    let t = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &view, None);
    let names: Vec<&str> = t.scene.cells.iter().map(|c| spec.tree.nodes()[c.node].name.as_str()).collect();
    assert_eq!(names.len(), 3, "the three trillion-level clusters: {names:?}");
    let covered: f64 = t.scene.cells.iter().map(|c| c.rect.area()).sum();
    assert!(covered > 0.9 * t.area.area(), "they fill the view");
}

#[test]
fn highlights_and_zoom_frames() {
    let spec = demo();
    let nev = spec.tree.nodes().iter().position(|n| n.id.as_deref() == Some("ic-nev")).expect("nev");
    let base = scene(&spec, 960.0, 600.0);
    let view = View { hover: Some(nev), focus: Some(nev), show_focus: true, ..View::default() };
    let lit = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &view, None).scene;
    assert_eq!(lit.items.len(), base.items.len() + 4 + 4 + 4, "hover outline, focus ring and its white inner edge");
    // Mid-zoom: cells are drawn through the zoom, clipped to the area, without labels.
    let area = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None).area;
    let small = Rect::new(area.x0 + 10.0, area.y0 + 10.0, area.x0 + 110.0, area.y0 + 60.0);
    let zoom = View { zoom: Some(Zoom { from: area, to: small }), ..View::default() };
    let z = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &zoom, None).scene;
    assert!(z.cells.iter().all(|c| small.contains(&c.rect, 1e-9)), "every cell inside the zoomed frame");
    assert!(z.cells.iter().all(|c| c.label.is_none()));
}

#[test]
fn an_update_morphs_cells_from_their_old_rectangles() {
    let spec = demo();
    let nev = spec.tree.nodes().iter().position(|n| n.id.as_deref() == Some("ic-nev")).expect("nev");
    let still = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None);
    let target = still.scene.cells.iter().find(|c| c.node == nev).expect("cell").rect;
    let mut before = vec![None; spec.tree.len()];
    before[nev] = Some(Rect::new(0.0, 100.0, 100.0, 200.0));
    let view = View { morph: Some((&before, 0.5)), ..View::default() };
    let mid = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &view, None);
    let cell = mid.scene.cells.iter().find(|c| c.node == nev).expect("cell");
    assert_eq!(cell.rect, cluster_widgets::scene::lerp_rect(&Rect::new(0.0, 100.0, 100.0, 200.0), &target, 0.5), "halfway from old to new");
    assert!(mid.scene.cells.iter().all(|c| c.label.is_none()), "labels wait for the motion to end");
    // A node with no old rectangle grows from its centre.
    let other = mid.scene.cells.iter().find(|c| c.node != nev && spec.tree.nodes()[c.node].is_leaf()).expect("another cell");
    let full = still.scene.cells.iter().find(|c| c.node == other.node).expect("same cell").rect;
    assert!((other.rect.area() - full.area() * 0.25).abs() < 1e-6 * full.area(), "half size each way: a quarter of the area");
}

#[test]
fn colour_by_value_uses_the_sequential_scale_with_a_legend() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/33618.treemap.json")).expect("demo data");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("json");
    json["options"] = serde_json::json!({"colorBy": "value"});
    let spec = parse_treemap(&json.to_string()).expect("valid");
    let s = scene(&spec, 960.0, 600.0);
    let nodes = spec.tree.nodes();
    let fill_of = |id: &str| s.cells.iter().find(|c| nodes[c.node].id.as_deref() == Some(id)).map(|c| c.fill);
    assert_eq!(fill_of("ic-nev"), Some(cluster_widgets::scene::BLUES[4]), "the largest value is darkest");
    assert_ne!(fill_of("new-display"), fill_of("ic-nev"));
    let texts: Vec<&str> = s.texts().collect();
    assert!(texts.contains(&"10 billion") && texts.contains(&"1 trillion yuan (log scale)"), "legend: {texts:?}");
}

#[test]
fn highlights_added_to_a_built_scene_equal_a_build_with_highlights() {
    // The browser reuses a still scene across hover frames and only adds outlines: the result
    // must be the very scene a full build would give.
    let spec = demo();
    let nev = spec.tree.nodes().iter().position(|n| n.id.as_deref() == Some("ic-nev")).expect("nev");
    let style = TreemapStyle::default();
    let lit = View { hover: Some(nev), selected: Some(nev), focus: Some(1), show_focus: true, ..View::default() };
    let full = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &style, &lit, None).scene;
    let mut reused = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &style, &View::default(), None).scene;
    cluster_widgets::scene::add_highlights(&mut reused, &lit, &style.theme);
    assert_eq!(reused, full);
}

/// Counts the numbers formatted (in the browser each is a call into `Intl.NumberFormat`).
struct CountingFormat(std::cell::Cell<usize>);

impl cluster_widgets::format::FormatNumber for CountingFormat {
    fn format(&self, value: f64) -> String {
        self.0.set(self.0.get() + 1);
        GroupedFormat.format(value)
    }
    fn format_compact(&self, value: f64) -> String {
        self.0.set(self.0.get() + 1);
        GroupedFormat.format_compact(value)
    }
}

#[test]
fn cells_with_no_room_for_text_cost_no_number_formatting() {
    // 20 groups of 500 leaves at 960 × 600, none folded: most leaves are a few pixels each.
    let groups: Vec<String> = (0..20)
        .map(|g| {
            let leaves: Vec<String> = (0..500).map(|l| format!(r#"{{"name": "leaf {g}.{l}", "value": {}}}"#, 1 + l % 7)).collect();
            format!(r#"{{"name": "group {g}", "children": [{}]}}"#, leaves.join(","))
        })
        .collect();
    let json = format!(r#"{{"options": {{"minCellArea": 0}}, "tree": {{"name": "root", "children": [{}]}}}}"#, groups.join(","));
    let spec = parse_treemap(&json).expect("valid");
    let numbers = CountingFormat(std::cell::Cell::new(0));
    let s = build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &numbers, &TreemapStyle::default(), &View::default(), None).scene;
    let labelled = s.cells.iter().filter(|c| c.label.is_some()).count();
    assert!(s.cells.len() > 5000, "{} cells", s.cells.len());
    assert!(labelled > 0);
    // At most one number per labelled cell, plus the cells that had room but whose text did not fit.
    assert!(numbers.0.get() < 2 * labelled + 50, "{} numbers for {labelled} labels among {} cells", numbers.0.get(), s.cells.len());
}
