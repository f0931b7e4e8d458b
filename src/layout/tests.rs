//! Layout tests: tables of rectangles rounded to 2 decimals for named cases (including the
//! degenerate ones), and property tests of the invariants every tiling must keep.

use super::*;
use crate::model::{Padding, Tiling};
use crate::tree::{NodeData, Tree};
use proptest::prelude::*;

const ALL_TILINGS: [Tiling; 5] = [Tiling::Squarify, Tiling::Binary, Tiling::Slice, Tiling::Dice, Tiling::SliceDice];
const NO_PADDING: Padding = Padding { outer: 0.0, inner: 0.0, top: 0.0 };

fn rounded(rects: &[Rect]) -> Vec<[f64; 4]> {
    let r2 = |v: f64| (v * 100.0).round() / 100.0;
    rects.iter().map(|r| [r2(r.x0), r2(r.y0), r2(r.x1), r2(r.y1)]).collect()
}

fn tile_values(tile: TileFn, values: &[f64], area: Rect) -> Vec<[f64; 4]> {
    let mut out = vec![Rect::default(); values.len()];
    let job = Job { values, total: values.iter().sum(), depth: 0, ratio: crate::model::treemap::GOLDEN_RATIO };
    tile(&job, area, &mut out);
    rounded(&out)
}

#[test]
fn squarify_matches_the_papers_example() {
    // Bruls et al.'s running example (values 6 6 4 3 2 2 1 in a 6 × 4 box), as d3 tests it.
    let got = tile_values(squarify, &[6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0], Rect::new(0.0, 0.0, 6.0, 4.0));
    assert_eq!(
        got,
        vec![
            [0.0, 0.0, 3.0, 2.0],
            [0.0, 2.0, 3.0, 4.0],
            [3.0, 0.0, 4.71, 2.33],
            [4.71, 0.0, 6.0, 2.33],
            [3.0, 2.33, 5.4, 3.17],
            [3.0, 3.17, 5.4, 4.0],
            [5.4, 2.33, 6.0, 4.0],
        ]
    );
}

#[test]
fn squarify_leading_zero_value() {
    // The zero joins the first row (d3's rule) and gets no area; the rest split the box.
    let got = tile_values(squarify, &[0.0, 6.0, 6.0], Rect::new(0.0, 0.0, 4.0, 3.0));
    assert_eq!(got[0], [0.0, 0.0, 4.0, 0.0], "{got:?}");
    assert_eq!(got[1], [0.0, 0.0, 4.0, 1.5]);
    assert_eq!(got[2], [0.0, 1.5, 4.0, 3.0]);
}

#[test]
fn squarify_trailing_zero_value() {
    let got = tile_values(squarify, &[6.0, 6.0, 0.0], Rect::new(0.0, 0.0, 4.0, 3.0));
    let zero = Rect::new(got[2][0], got[2][1], got[2][2], got[2][3]);
    assert_eq!(zero.area(), 0.0, "{got:?}");
}

#[test]
fn single_child_fills_the_area_in_every_tiling() {
    for tiling in ALL_TILINGS {
        let got = tile_values(tile_fn(tiling), &[5.0], Rect::new(1.0, 2.0, 11.0, 7.0));
        assert_eq!(got, vec![[1.0, 2.0, 11.0, 7.0]], "{tiling:?}");
    }
}

#[test]
fn empty_sibling_list_writes_nothing() {
    for tiling in ALL_TILINGS {
        assert!(tile_values(tile_fn(tiling), &[], Rect::new(0.0, 0.0, 10.0, 10.0)).is_empty());
    }
}

#[test]
fn zero_size_area_gives_zero_size_cells() {
    for tiling in ALL_TILINGS {
        let got = tile_values(tile_fn(tiling), &[1.0, 2.0, 3.0], Rect::new(5.0, 5.0, 5.0, 5.0));
        assert!(got.iter().all(|r| r[0] == 5.0 && r[2] == 5.0 && r[1] == 5.0 && r[3] == 5.0), "{tiling:?} {got:?}");
    }
}

#[test]
fn dice_and_slice_divide_by_value() {
    let area = Rect::new(0.0, 0.0, 10.0, 4.0);
    assert_eq!(tile_values(dice, &[1.0, 3.0, 1.0], area), vec![[0.0, 0.0, 2.0, 4.0], [2.0, 0.0, 8.0, 4.0], [8.0, 0.0, 10.0, 4.0]]);
    assert_eq!(tile_values(slice, &[1.0, 3.0], area), vec![[0.0, 0.0, 10.0, 1.0], [0.0, 1.0, 10.0, 4.0]]);
}

#[test]
fn binary_splits_the_longer_side_at_the_value_midpoint() {
    let got = tile_values(binary, &[1.0, 1.0, 1.0, 1.0], Rect::new(0.0, 0.0, 8.0, 2.0));
    assert_eq!(got, vec![[0.0, 0.0, 2.0, 2.0], [2.0, 0.0, 4.0, 2.0], [4.0, 0.0, 6.0, 2.0], [6.0, 0.0, 8.0, 2.0]]);
}

#[test]
fn binary_with_geometric_values_does_not_recurse_deeply() {
    // Each split peels off one value: a recursive implementation would go 1000 levels deep.
    let values: Vec<f64> = (0..1000).map(|i| 0.5f64.powi(i / 4)).collect();
    let got = tile_values(binary, &values, Rect::new(0.0, 0.0, 100.0, 100.0));
    assert_eq!(got.len(), 1000);
}

#[test]
fn slice_dice_alternates_by_depth() {
    let area = Rect::new(0.0, 0.0, 4.0, 4.0);
    let mut out = vec![Rect::default(); 2];
    slice_dice(&Job { values: &[1.0, 1.0], total: 2.0, depth: 0, ratio: 1.0 }, area, &mut out);
    assert_eq!(out[0], Rect::new(0.0, 0.0, 2.0, 4.0), "depth 0 dices");
    slice_dice(&Job { values: &[1.0, 1.0], total: 2.0, depth: 1, ratio: 1.0 }, area, &mut out);
    assert_eq!(out[0], Rect::new(0.0, 0.0, 4.0, 2.0), "depth 1 slices");
}

fn two_level(groups: &[Vec<f64>], group_value: Option<f64>) -> Tree {
    let mut tree = Tree::default();
    let root = tree.push(NodeData { name: "root".into(), ..NodeData::default() }, None);
    for (g, leaves) in groups.iter().enumerate() {
        let group = tree.push(NodeData { name: format!("g{g}"), value: group_value, ..NodeData::default() }, Some(root));
        for (l, v) in leaves.iter().enumerate() {
            tree.push(NodeData { name: format!("l{l}"), value: Some(*v), ..NodeData::default() }, Some(group));
        }
    }
    tree.sum_values();
    tree
}

#[test]
fn padding_insets_groups_and_separates_siblings() {
    let tree = two_level(&[vec![1.0, 1.0]], None);
    let padding = Padding { outer: 3.0, inner: 2.0, top: 10.0 };
    // The group (44 px tall) is over three headers tall, so it gets its header band.
    let rects = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, 100.0, 50.0), Tiling::Dice, 1.0, padding), None).rects;
    // The root pads by `outer` on all four sides (it has no header); the tile area is widened
    // by inner/2 and each cell inset by it, so the group's edge lands exactly `outer` inside.
    assert_eq!(rects[1], Rect::new(3.0, 3.0, 97.0, 47.0));
    // Its children sit `outer` from its sides, `top` below its top, and `inner` apart.
    assert_eq!(rounded(&rects[2..]), vec![[6.0, 13.0, 49.0, 44.0], [51.0, 13.0, 94.0, 44.0]]);
}

#[test]
fn stated_group_value_above_the_children_sum_leaves_empty_space() {
    let tree = two_level(&[vec![1.0, 1.0]], Some(4.0));
    let rects = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, 40.0, 10.0), Tiling::Dice, 1.0, NO_PADDING), None).rects;
    assert_eq!(rounded(&rects[2..]), vec![[0.0, 0.0, 10.0, 10.0], [10.0, 0.0, 20.0, 10.0]]);
}

#[test]
fn short_groups_give_up_their_header_band() {
    let tree = two_level(&[vec![1.0]], None);
    let padding = Padding { outer: 1.0, inner: 0.0, top: 20.0 };
    let rects = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, 100.0, 50.0), Tiling::Squarify, 1.0, padding), None).rects;
    assert_eq!(rects[2].y0, 2.0, "a 48 px group is under three 20 px headers tall: outer padding only");
}

#[test]
fn padding_larger_than_the_cell_collapses_instead_of_inverting() {
    let tree = two_level(&[vec![1.0]], None);
    let padding = Padding { outer: 30.0, inner: 0.0, top: 30.0 };
    let rects = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, 20.0, 20.0), Tiling::Squarify, 1.0, padding), None).rects;
    for r in &rects {
        assert!(r.width() >= 0.0 && r.height() >= 0.0, "{r:?}");
    }
}

fn arb_groups() -> impl Strategy<Value = Vec<Vec<f64>>> {
    let value = prop_oneof![1 => Just(0.0), 6 => 0.001f64..1000.0];
    prop::collection::vec(prop::collection::vec(value, 1..8), 1..8)
}

fn arb_tiling() -> impl Strategy<Value = Tiling> {
    prop::sample::select(ALL_TILINGS.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn children_stay_inside_the_padded_parent_and_siblings_never_overlap(
        groups in arb_groups(), tiling in arb_tiling(),
        outer in 0.0f64..6.0, inner in 0.0f64..6.0, top in 0.0f64..24.0,
        w in 1.0f64..2000.0, h in 1.0f64..2000.0,
    ) {
        let tree = two_level(&groups, None);
        let padding = Padding { outer, inner, top };
        let rects = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, w, h), tiling, 1.618, padding), None).rects;
        for (i, node) in tree.nodes().iter().enumerate() {
            let r = rects[i];
            let t = header_height(&r, padding, i == 0);
            let padded = Rect::new(r.x0 + outer, r.y0 + t, r.x1 - outer, r.y1 - outer).collapsed();
            for (a, &ca) in node.children.iter().enumerate() {
                prop_assert!(padded.contains(&rects[ca], 1e-9), "{:?} child {:?} outside {:?}", tiling, rects[ca], padded);
                for &cb in &node.children[a + 1..] {
                    prop_assert!(rects[ca].overlap(&rects[cb]) <= 1e-9, "{:?}: {:?} overlaps {:?}", tiling, rects[ca], rects[cb]);
                }
            }
        }
    }

    #[test]
    fn areas_are_proportional_to_values_and_zero_values_get_zero_area(
        groups in arb_groups(), tiling in arb_tiling(), w in 10.0f64..2000.0, h in 10.0f64..2000.0,
    ) {
        let tree = two_level(&groups, None);
        let rects = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, w, h), tiling, 1.618, NO_PADDING), None).rects;
        for (i, node) in tree.nodes().iter().enumerate() {
            let parent_area = rects[i].area();
            if node.children.is_empty() || node.value == 0.0 || parent_area == 0.0 {
                continue;
            }
            for &c in &node.children {
                let expected = nodes_share(&tree, c) * parent_area;
                let got = rects[c].area();
                if expected == 0.0 {
                    prop_assert_eq!(got, 0.0);
                } else {
                    prop_assert!((got - expected).abs() <= 1e-9 * expected, "{:?}: area {} expected {}", tiling, got, expected);
                }
            }
        }
    }

    #[test]
    fn the_same_input_gives_the_same_output(groups in arb_groups(), tiling in arb_tiling()) {
        let tree = two_level(&groups, None);
        let padding = Padding { outer: 2.0, inner: 2.0, top: 12.0 };
        let a = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, 640.0, 480.0), tiling, 1.618, padding), None).rects;
        let b = layout(&tree, &LayoutOptions::new(Rect::new(0.0, 0.0, 640.0, 480.0), tiling, 1.618, padding), None).rects;
        prop_assert_eq!(a, b);
    }
}

fn nodes_share(tree: &Tree, node: usize) -> f64 {
    let n = &tree.nodes()[node];
    n.value / tree.nodes()[n.parent.unwrap_or(0)].value
}

#[test]
fn tiny_cells_fold_into_one_other_cell_and_the_rest_stay_proportional() {
    let tree = two_level(&[vec![1000.0, 1.0, 1.0, 1.0]], None);
    let area = Rect::new(0.0, 0.0, 100.0, 100.0);
    let v = layout(&tree, &LayoutOptions { min_area: 50.0, ..LayoutOptions::new(area, Tiling::Squarify, 1.0, NO_PADDING).at(0) }, None);
    assert_eq!(v.folded.len(), 1);
    let f = &v.folded[0];
    assert_eq!((f.group, f.children.clone(), f.value), (1, vec![3, 4, 5], 3.0));
    assert!((f.rect.area() - 3.0 / 1003.0 * 10_000.0).abs() < 1e-9, "Other keeps its share: {}", f.rect.area());
    assert!((v.rects[2].area() - 1000.0 / 1003.0 * 10_000.0).abs() < 1e-9, "the big cell is not rescaled");
    assert!(v.rects[3..].iter().all(|r| r.area() == 0.0), "folded cells draw nothing");
    assert_eq!(v.rects[2].overlap(&f.rect), 0.0);
}

#[test]
fn a_single_small_cell_is_not_folded() {
    let tree = two_level(&[vec![1000.0, 1.0, 500.0]], None);
    let v = layout(&tree, &LayoutOptions { min_area: 50.0, ..LayoutOptions::new(Rect::new(0.0, 0.0, 100.0, 100.0), Tiling::Squarify, 1.0, NO_PADDING).at(0) }, None);
    assert!(v.folded.is_empty(), "\"Other (+1)\" would say nothing more than the cell");
}

#[test]
fn resquarify_keeps_rows_when_values_change() {
    let mut memory = TilingMemory::default();
    let area = Rect::new(0.0, 0.0, 600.0, 400.0);
    let before = two_level(&[vec![6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0]], None);
    let a = layout(&before, &LayoutOptions { min_area: 0.0, ..LayoutOptions::new(area, Tiling::Resquarify, 1.0, NO_PADDING).at(0) }, Some(&mut memory)).rects;
    let after = two_level(&[vec![2.0, 6.0, 4.0, 3.0, 6.0, 2.0, 1.0]], None);
    let b = layout(&after, &LayoutOptions { min_area: 0.0, ..LayoutOptions::new(area, Tiling::Resquarify, 1.0, NO_PADDING).at(0) }, Some(&mut memory)).rects;
    let fresh = layout(&after, &LayoutOptions::new(area, Tiling::Squarify, 1.0, NO_PADDING), None).rects;
    // Every cell keeps its corner of the layout: same row, same order.
    for i in 2..9 {
        let moved = (a[i].x0 - b[i].x0).abs() + (a[i].y0 - b[i].y0).abs();
        assert!(moved <= 200.0, "cell {i} stays near where it was: {:?} -> {:?}", a[i], b[i]);
    }
    assert_ne!(b, fresh, "a fresh squarify would reorganise the rows");
    for i in 2..9 {
        let expected = after.nodes()[i].value / 24.0 * area.area();
        assert!((b[i].area() - expected).abs() <= 1e-9 * expected, "areas follow the new values");
    }
}

proptest! {
    #[test]
    fn resquarify_keeps_the_invariants(groups in arb_groups(), scale in prop::collection::vec(0.1f64..10.0, 8)) {
        let mut memory = TilingMemory::default();
        let area = Rect::new(0.0, 0.0, 500.0, 300.0);
        let first = two_level(&groups, None);
        layout(&first, &LayoutOptions { min_area: 0.0, ..LayoutOptions::new(area, Tiling::Resquarify, 1.618, NO_PADDING).at(0) }, Some(&mut memory));
        let changed: Vec<Vec<f64>> = groups.iter().map(|g| g.iter().enumerate().map(|(i, v)| v * scale[i % scale.len()]).collect()).collect();
        let tree = two_level(&changed, None);
        let rects = layout(&tree, &LayoutOptions { min_area: 0.0, ..LayoutOptions::new(area, Tiling::Resquarify, 1.618, NO_PADDING).at(0) }, Some(&mut memory)).rects;
        for (i, node) in tree.nodes().iter().enumerate() {
            for (a, &ca) in node.children.iter().enumerate() {
                prop_assert!(rects[i].contains(&rects[ca], 1e-9));
                for &cb in &node.children[a + 1..] {
                    prop_assert!(rects[ca].overlap(&rects[cb]) <= 1e-9);
                }
                if node.value > 0.0 && rects[i].area() > 0.0 {
                    let expected = tree.nodes()[ca].value / node.value * rects[i].area();
                    prop_assert!((rects[ca].area() - expected).abs() <= 1e-9 * expected.max(1e-300));
                }
            }
        }
    }
}
