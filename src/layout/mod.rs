//! Treemap layout: tiling algorithms (one per file, all with the signature of [`TileFn`]) and
//! the driver that applies padding and tiles every group, in one forward pass over the
//! pre-order tree.

mod binary;
mod dice;
mod hit;
mod nodes;
pub mod order;
mod rect;
mod resquarify;
mod slice;
mod slice_dice;
mod squarify;

pub use binary::binary;
pub use dice::dice;
pub use hit::hit;
pub use nodes::{layout_spec, LayoutNode, LayoutOutput};
pub use rect::Rect;
pub use resquarify::resquarify;
pub use slice::slice;
pub use slice_dice::slice_dice;
pub use squarify::{squarify, squarify_rows};

use crate::hash::{FastMap, FastSet};
use crate::model::{Padding, Sort, Tiling, TreemapOptions};
use crate::tree::Tree;

/// One row of a squarified layout: how many siblings, and whether they were diced (laid out
/// left to right in a horizontal strip) or sliced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub len: usize,
    pub dice: bool,
}

/// The rows squarify chose for each group, kept between layouts for stable tiling. Groups are
/// keyed by [`node_keys`], so the memory survives new data; [`TilingMemory::retain_keys`] drops
/// the groups that no longer exist, so it never holds more than one entry per group of the
/// current tree.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TilingMemory {
    rows: FastMap<u64, Vec<Row>>,
}

impl TilingMemory {
    pub fn clear(&mut self) {
        self.rows.clear();
    }

    /// Forgets every group whose key is not in `keys` (the new tree's, after an update).
    pub fn retain_keys(&mut self, keys: &[u64]) {
        let alive: FastSet<u64> = keys.iter().copied().collect();
        self.rows.retain(|k, _| alive.contains(k));
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// Every node's identity across data updates, indexed like `tree.nodes()`: a hash of its id, or
/// else of its parent's key and its name (the path of names, without building it). One forward
/// pass over the pre-order arena; the key is 8 bytes whatever the depth or the names' length.
pub fn node_keys(tree: &Tree) -> Vec<u64> {
    use std::hash::Hasher;
    let mut keys: Vec<u64> = Vec::with_capacity(tree.len());
    for node in tree.nodes() {
        let mut h = rustc_hash::FxHasher::default();
        match &node.id {
            Some(id) => {
                h.write_u8(b'#');
                h.write(id.as_bytes());
            }
            None => {
                h.write_u64(node.parent.and_then(|p| keys.get(p)).copied().unwrap_or(0));
                h.write(node.name.as_bytes());
            }
        }
        h.write_u8(0xff); // ends the string, so "ab" + "c" and "a" + "bc" differ
        keys.push(h.finish());
    }
    keys
}

/// What a tiling algorithm is asked to do: divide an area among siblings by value.
pub struct Job<'a> {
    /// The siblings' values, in order (all finite and >= 0).
    pub values: &'a [f64],
    /// Their sum (the caller knows it; a group may state more, see [`layout`]).
    pub total: f64,
    /// Depth of the parent, for algorithms that alternate direction by level.
    pub depth: usize,
    /// Target aspect ratio, for squarify.
    pub ratio: f64,
}

/// Every tiling algorithm: writes one rectangle per value into `out` (same length as
/// `job.values`), together covering `area`, each with area proportional to its value.
pub type TileFn = fn(&Job, Rect, &mut [Rect]);

pub fn tile_fn(tiling: Tiling) -> TileFn {
    match tiling {
        Tiling::Squarify | Tiling::Resquarify => squarify,
        Tiling::Binary => binary,
        Tiling::Slice => slice,
        Tiling::Dice => dice,
        Tiling::SliceDice => slice_dice,
    }
}

/// The padding above a group's children: `top` (room for a header) when the group is at least
/// three headers tall, else just `outer`, so that small groups keep their area for their cells.
/// The root has no header: the widget's title names it.
pub fn header_height(group: &Rect, padding: Padding, is_root: bool) -> f64 {
    if is_root || group.height() < 3.0 * padding.top {
        padding.outer
    } else {
        padding.top
    }
}

/// Children of `group` too small to see, tiled together as one cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Folded {
    pub group: usize,
    pub rect: Rect,
    /// The folded children, in input order.
    pub children: Vec<usize>,
    pub value: f64,
}

/// The layout of a view: a rectangle per node, and the "Other" cells of folded children.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewLayout {
    pub rects: Vec<Rect>,
    pub folded: Vec<Folded>,
}

/// What to lay out and how: the one argument of [`layout`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutOptions {
    /// The node that fills `area` (the drill-down view); nodes outside its subtree get empty
    /// rectangles.
    pub root: usize,
    pub area: Rect,
    pub tiling: Tiling,
    /// Squarify's target aspect ratio.
    pub ratio: f64,
    pub padding: Padding,
    /// Square pixels below which two or more children of a group fold into one "Other" cell
    /// (0 folds none).
    pub min_area: f64,
    /// The order siblings are tiled in (the tree keeps the input order).
    pub sort: Sort,
}

impl LayoutOptions {
    /// The whole tree in `area`, with no folding.
    pub fn new(area: Rect, tiling: Tiling, ratio: f64, padding: Padding) -> Self {
        LayoutOptions { root: 0, area, tiling, ratio, padding, min_area: 0.0, sort: Sort::None }
    }

    /// The data's own options (tiling, ratio, padding, folding) for the whole tree in `area`.
    pub fn of(options: &TreemapOptions, area: Rect) -> Self {
        LayoutOptions { min_area: options.min_cell_area, sort: options.sort, ..Self::new(area, options.tiling, options.ratio, options.padding) }
    }

    /// The same, with `root` filling the area.
    pub fn at(self, root: usize) -> Self {
        LayoutOptions { root, ..self }
    }
}

/// Lays out `options.root`'s subtree in `options.area`, returning one rectangle per node
/// (indexed like `tree.nodes()`) and the "Other" cells of folded children, with d3-hierarchy's
/// padding model: each non-root node is inset by `inner / 2` on every side (so siblings are
/// `inner` apart), and a group's children are tiled inside it less `outer` on the sides and
/// bottom and [`header_height`] above. A group whose stated value exceeds its children's sum
/// leaves the difference as empty space at the end of the tiling. Children are finally clamped
/// into their parent's padded box, so even zero-size cells never stray out.
///
/// In each group the children whose cells would cover less than `min_area` (two or more of
/// them) are tiled as one "Other" cell at the end of the group, instead of vanishing or being
/// drawn as specks; the other children keep areas proportional to their values.
///
/// With `memory` and the resquarify tiling, each group keeps its rows from the last layout that
/// had the same number of cells in that group, and new ones are remembered.
pub fn layout(tree: &Tree, options: &LayoutOptions, mut memory: Option<&mut TilingMemory>) -> ViewLayout {
    let LayoutOptions { root, area, tiling, ratio, padding, min_area, sort } = *options;
    let mut row_scratch: Vec<Row> = Vec::new();
    let mut folded_cells = Vec::new();
    let tile = tile_fn(tiling);
    let nodes = tree.nodes();
    let keys = if memory.is_some() && tiling == Tiling::Resquarify { node_keys(tree) } else { Vec::new() };
    let mut rects = vec![Rect::default(); nodes.len()];
    let Some(root_node) = nodes.get(root) else { return ViewLayout { rects, folded: folded_cells } };
    let mut kept: Vec<usize> = Vec::new();
    let mut small: Vec<usize> = Vec::new();
    rects[root] = area;
    let half_inner = padding.inner / 2.0;
    let mut values: Vec<f64> = Vec::new();
    let mut out: Vec<Rect> = Vec::new();
    for (i, node) in nodes.iter().enumerate().take(root_node.subtree_end).skip(root) {
        if node.children.is_empty() {
            continue;
        }
        // Children get `half_inner` back on each side here and lose it again in their own inset,
        // so the outer edge of the padded box stays exactly `outer` / `top` from the group edge.
        let r = rects[i];
        let top = header_height(&r, padding, i == root);
        let padded = Rect::new(r.x0 + padding.outer, r.y0 + top, r.x1 - padding.outer, r.y1 - padding.outer).collapsed();
        let inner_box = Rect {
            x0: r.x0 + padding.outer - half_inner,
            y0: r.y0 + top - half_inner,
            x1: r.x1 - padding.outer + half_inner,
            y1: r.y1 - padding.outer + half_inner,
        }
        .collapsed();

        // Fold the children whose share of this box is below `min_area` (if two or more).
        let children_sum: f64 = node.children.iter().map(|&c| nodes[c].value).sum();
        let total = node.value.max(children_sum);
        let per_value = if total > 0.0 { inner_box.area() / total } else { 0.0 };
        kept.clear();
        small.clear();
        for &c in &node.children {
            let v = nodes[c].value;
            if v > 0.0 && v * per_value < min_area {
                small.push(c);
            } else {
                kept.push(c);
            }
        }
        if small.len() < 2 {
            kept.clear();
            kept.extend_from_slice(&node.children);
            small.clear();
        }
        // Stable, so equal values keep their input order.
        match sort {
            Sort::Desc => order::stable_sort(&mut kept, &|a, b| nodes[a].value > nodes[b].value),
            Sort::Asc => order::stable_sort(&mut kept, &|a, b| nodes[a].value < nodes[b].value),
            Sort::None => {}
        }
        values.clear();
        values.extend(kept.iter().map(|&c| nodes[c].value));
        let small_sum: f64 = small.iter().map(|&c| nodes[c].value).sum();
        if !small.is_empty() {
            values.push(small_sum);
        }
        if node.value > children_sum {
            values.push(node.value - children_sum);
        }
        // Tilings square and multiply sums (squarify's `sum * sum * alpha`): values far from 1
        // are scaled to shares first, so 1e200 or 1e-200 never overflows or underflows to a
        // non-finite rectangle. Ordinary magnitudes are left as they are (same rounding as d3).
        let sum: f64 = values.iter().sum();
        if sum > 0.0 && sum.is_finite() && !(1e-100..=1e100).contains(&sum) {
            values.iter_mut().for_each(|v| *v /= sum);
        }
        out.clear();
        out.resize(values.len(), Rect::default());
        let job = Job { values: &values, total: values.iter().sum(), depth: node.depth, ratio };
        if job.total > 0.0 {
            match memory.as_deref_mut().filter(|_| tiling == Tiling::Resquarify) {
                Some(m) => {
                    let key = keys.get(i).copied().unwrap_or_default();
                    match m.rows.get(&key).filter(|rows| rows.iter().map(|r| r.len).sum::<usize>() == values.len()) {
                        Some(rows) => resquarify(&job, inner_box, &mut out, rows),
                        None => {
                            squarify_rows(&job, inner_box, &mut out, &mut row_scratch);
                            m.rows.insert(key, row_scratch.clone());
                        }
                    }
                }
                None => tile(&job, inner_box, &mut out),
            }
        } else {
            out.fill(Rect::new(padded.x0, padded.y0, padded.x0, padded.y0));
        }
        for (&child, rect) in kept.iter().zip(&out) {
            rects[child] = rect.inset(half_inner).clamped_into(&padded);
        }
        if !small.is_empty() {
            let other = out[kept.len()].inset(half_inner).clamped_into(&padded);
            let speck = Rect::new(other.x0, other.y0, other.x0, other.y0);
            for &c in &small {
                rects[c] = speck; // and so is everything below it
                for d in c + 1..nodes[c].subtree_end {
                    rects[d] = speck;
                }
            }
            folded_cells.push(Folded { group: i, rect: other, children: small.clone(), value: small_sum });
        }
    }
    ViewLayout { rects, folded: folded_cells }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
