//! Treemap layout: tiling algorithms (one per file, all with the signature of [`TileFn`]) and
//! the driver that applies padding and tiles every group, in one forward pass over the
//! pre-order tree.

mod binary;
mod dice;
mod hit;
mod nodes;
mod rect;
mod slice;
mod slice_dice;
mod squarify;

pub use binary::binary;
pub use dice::dice;
pub use hit::hit;
pub use nodes::{layout_spec, LayoutNode, LayoutOutput};
pub use rect::Rect;
pub use slice::slice;
pub use slice_dice::slice_dice;
pub use squarify::squarify;

use crate::model::{Padding, Tiling};
use crate::tree::Tree;

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
        Tiling::Squarify => squarify,
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

/// Lays out the whole tree in `area`, returning one rectangle per node (indexed like
/// `tree.nodes()`), with d3-hierarchy's padding model: each non-root node is inset by
/// `inner / 2` on every side (so siblings are `inner` apart), and a group's children are tiled
/// inside it less `outer` on the sides and bottom and [`header_height`] above. A group whose stated value exceeds its
/// children's sum leaves the difference as empty space at the end of the tiling. Children are
/// finally clamped into their parent's padded box, so even zero-size cells never stray out.
pub fn layout(tree: &Tree, area: Rect, tiling: Tiling, ratio: f64, padding: Padding) -> Vec<Rect> {
    layout_from(tree, 0, area, tiling, ratio, padding)
}

/// Lays out the subtree of `root` in `area` as if it were the whole tree (the drill-down view):
/// `root` fills `area` and has no header; nodes outside its subtree get empty rectangles.
pub fn layout_from(tree: &Tree, root: usize, area: Rect, tiling: Tiling, ratio: f64, padding: Padding) -> Vec<Rect> {
    let tile = tile_fn(tiling);
    let nodes = tree.nodes();
    let mut rects = vec![Rect::default(); nodes.len()];
    let Some(root_node) = nodes.get(root) else { return rects };
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

        values.clear();
        values.extend(node.children.iter().map(|&c| nodes[c].value));
        let children_sum: f64 = values.iter().sum();
        if node.value > children_sum {
            values.push(node.value - children_sum);
        }
        out.clear();
        out.resize(values.len(), Rect::default());
        let job = Job { values: &values, total: values.iter().sum(), depth: node.depth, ratio };
        if job.total > 0.0 {
            tile(&job, inner_box, &mut out);
        } else {
            out.fill(Rect::new(padded.x0, padded.y0, padded.x0, padded.y0));
        }
        for (&child, rect) in node.children.iter().zip(&out) {
            rects[child] = rect.inset(half_inner).clamped_into(&padded);
        }
    }
    rects
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
