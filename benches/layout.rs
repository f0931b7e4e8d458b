//! Layout speed at 1e4, 1e5 and 1e6 leaves (criterion prints the figures; `make bench`).
//! The tree is two levels of groups over the leaves, values from a fixed-seed generator.

use cluster_widgets::format::GroupedFormat;
use cluster_widgets::layout::{layout, LayoutOptions, Rect};
use cluster_widgets::model::{parse_treemap, Padding, Tiling};
use cluster_widgets::scene::{build_treemap_scene, TreemapStyle, View};
use cluster_widgets::text::ApproxMeasure;
use cluster_widgets::tree::{NodeData, Tree};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion};

/// A deterministic tree of `leaves` leaves: about sqrt(leaves) groups of sqrt(leaves) leaves,
/// each group split into 10 subgroups, values from a 64-bit LCG.
pub fn synthetic_tree(leaves: usize) -> Tree {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        1.0 + (seed >> 33) as f64 % 1000.0
    };
    let per_group = (leaves as f64).sqrt().ceil() as usize;
    let mut tree = Tree::default();
    let root = tree.push(NodeData { name: "root".into(), ..NodeData::default() }, None);
    let mut made = 0;
    while made < leaves {
        let group = tree.push(NodeData { name: "g".into(), ..NodeData::default() }, Some(root));
        for _ in 0..10 {
            let sub = tree.push(NodeData { name: "s".into(), ..NodeData::default() }, Some(group));
            for _ in 0..per_group.div_ceil(10) {
                if made == leaves {
                    break;
                }
                tree.push(NodeData { name: "l".into(), value: Some(next()), ..NodeData::default() }, Some(sub));
                made += 1;
            }
        }
    }
    tree.sum_values();
    tree
}

fn bench_layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout_squarify");
    group.sample_size(10);
    let padding = Padding { outer: 2.0, inner: 1.0, top: 0.0 };
    for leaves in [10_000usize, 100_000, 1_000_000] {
        let tree = synthetic_tree(leaves);
        group.bench_with_input(BenchmarkId::from_parameter(leaves), &tree, |b, tree| {
            b.iter(|| layout(black_box(tree), &LayoutOptions::new(Rect::new(0.0, 0.0, 1920.0, 1080.0), Tiling::Squarify, 1.618, padding), None).rects)
        });
    }
    group.finish();
}

/// The same tree as JSON, nested, as a page would embed it.
fn tree_json(tree: &Tree) -> String {
    fn node(tree: &Tree, i: usize, out: &mut String) {
        let n = &tree.nodes()[i];
        out.push_str(&format!("{{\"name\":\"{}\"", n.name));
        if n.is_leaf() {
            out.push_str(&format!(",\"value\":{}}}", n.value));
            return;
        }
        out.push_str(",\"children\":[");
        for (k, &c) in n.children.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            node(tree, c, out);
        }
        out.push_str("]}");
    }
    let mut out = String::from("{\"tree\":");
    node(tree, 0, &mut out);
    out.push('}');
    out
}

/// What a first frame costs before drawing: parsing and validating the JSON, and building the
/// scene (layout, colours, label fitting) at 960 × 600.
fn bench_first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_frame_1e5");
    group.sample_size(10);
    let json = tree_json(&synthetic_tree(100_000));
    group.bench_function("parse_and_validate", |b| b.iter(|| parse_treemap(black_box(&json))));
    group.bench_function("json_value_only", |b| b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json))));
    let spec = parse_treemap(&json).expect("valid");
    group.bench_function("build_scene", |b| {
        b.iter(|| build_treemap_scene(&spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None))
    });
    group.finish();
}

/// Scene time against text length: a title, a subtitle, two leaf names and a group name of
/// 1 to 64 KiB each (words and unbroken runs). Fitting is linear, so the time should be too.
fn bench_text_length(c: &mut Criterion) {
    let mut group = c.benchmark_group("scene_text_length");
    group.sample_size(10);
    for kib in [1usize, 4, 16, 64] {
        let n = kib * 1024;
        let (words, run) = ("word ".repeat(n / 5), "x".repeat(n));
        let json = format!(
            r#"{{"title": "{words}", "subtitle": "{run}", "tree": {{"name": "r", "children": [{{"name": "{run}", "children": [{{"name": "{words}", "value": 5}}, {{"name": "b", "value": 1}}]}}, {{"name": "{words}", "value": 4}}]}}}}"#
        );
        let spec = parse_treemap(&json).expect("valid");
        group.bench_with_input(BenchmarkId::from_parameter(format!("{kib}KiB")), &spec, |b, spec| {
            b.iter(|| build_treemap_scene(spec, 960.0, 600.0, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_layout, bench_first_frame, bench_text_length);
criterion_main!(benches);
