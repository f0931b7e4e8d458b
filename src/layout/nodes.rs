//! The layout as a product: one record per node, root first, depth-first in input order, in
//! CSS pixels — what `cluster-widgets layout` prints and `layoutTreemap()` returns.

use super::{layout, LayoutOptions, Rect};
use crate::model::TreemapSpec;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LayoutNode<'a> {
    pub id: Option<&'a str>,
    pub name: &'a str,
    // In the browser through the float path (see `num::index_as_f64`); the CLI writes `2`.
    #[cfg_attr(target_arch = "wasm32", serde(serialize_with = "crate::num::index_as_f64"))]
    pub depth: usize,
    pub value: f64,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

#[derive(Serialize)]
pub struct LayoutOutput<'a> {
    pub nodes: Vec<LayoutNode<'a>>,
}

/// Lays out `spec` in a `width` × `height` box with its own options.
pub fn layout_spec(spec: &TreemapSpec, width: f64, height: f64) -> LayoutOutput<'_> {
    let o = &spec.options;
    let rects = layout(&spec.tree, &LayoutOptions { min_area: 0.0, ..LayoutOptions::of(o, Rect::new(0.0, 0.0, width, height)) }, None).rects;
    let nodes = spec
        .tree
        .nodes()
        .iter()
        .zip(rects)
        .map(|(n, r)| LayoutNode {
            id: n.id.as_deref(),
            name: &n.name,
            depth: n.depth,
            value: n.value,
            x0: r.x0,
            y0: r.y0,
            x1: r.x1,
            y1: r.y1,
        })
        .collect();
    LayoutOutput { nodes }
}
