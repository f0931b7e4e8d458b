//! What the widgets report to a page, as JSON text: the layout, the cells as drawn, a node's
//! description, the breadcrumb, the effects of an input and a gauge's ARIA values. Pure, so the
//! exact shapes JavaScript receives are tested natively; the web layer only parses the text.

mod json;
mod legend;

pub use json::Json;
pub use legend::legend;

use crate::interact::{Effect, NodeText};
use crate::layout::Rect;
use crate::model::{GaugeStyle, TreemapSpec};
use crate::scene::Cell;
use crate::widget::GaugeAria;

/// `{nodes: [{id, name, depth, value, x0, y0, x1, y1}]}`, one per node, root first.
pub fn layout(spec: &TreemapSpec, rects: &[Rect]) -> String {
    let mut j = Json::new();
    j.open('{').key("nodes").open('[');
    for (n, r) in spec.tree.nodes().iter().zip(rects) {
        j.open('{').key("id").opt_string(n.id.as_deref()).key("name").string(&n.name).key("depth").num(n.depth as f64).key("value").num(n.value);
        j.key("x0").num(r.x0).key("y0").num(r.y0).key("x1").num(r.x1).key("y1").num(r.y1).close('}');
    }
    j.close(']').close('}');
    j.finish()
}

/// `{width, height, title, cells: [{id, name, depth, leaf, value, rect, fill, label, other}]}`:
/// the cells as drawn; `other` is, for an "Other" cell, how many children of `name` it holds.
pub fn cells(spec: &TreemapSpec, width: f64, height: f64, cells: &[Cell]) -> String {
    let nodes = spec.tree.nodes();
    let mut j = Json::new();
    j.open('{').key("width").num(width).key("height").num(height).key("title").opt_string(spec.title.as_deref()).key("cells").open('[');
    for c in cells {
        let Some(n) = nodes.get(c.node) else { continue };
        j.open('{').key("id").opt_string(n.id.as_deref()).key("name").string(&n.name).key("depth").num(n.depth as f64);
        j.key("leaf").bool(n.is_leaf() && c.folded == 0).key("value").num(n.value).key("rect").corners(c.rect).key("fill").string(&c.fill.css());
        j.key("label");
        match c.label {
            Some(r) => j.corners(r),
            None => j.opt_string(None),
        };
        j.key("other").num(c.folded as f64).close('}');
    }
    j.close(']').close('}');
    j.finish()
}

/// Everything the tooltip and the live region say about node `node`, with the fill and
/// rectangle of its cell when it is drawn (`color`, `rect`: null otherwise).
pub fn node(spec: &TreemapSpec, node: usize, text: &NodeText, cell: Option<&Cell>) -> Option<String> {
    let n = spec.tree.nodes().get(node)?;
    let mut j = Json::new();
    j.open('{').key("node").num(node as f64).key("id").opt_string(n.id.as_deref()).key("name").string(&text.name).key("path").open('[');
    for part in &text.path {
        j.string(part);
    }
    j.close(']').key("value").num(n.value).key("valueText").string(&text.value).key("shareOfTotal").string(&text.share_of_total);
    j.key("shareOfParent").opt_string(text.share_of_parent.as_deref()).key("description").opt_string(text.description.as_deref());
    j.key("note").opt_string(text.note.as_deref()).key("assumed").bool(text.assumed).key("announcement").string(&text.announcement);
    j.key("tooltip").opt_string(text.tooltip.as_deref());
    j.key("leaf").bool(n.is_leaf()).key("color").opt_string(cell.map(|c| c.fill.css()).as_deref()).key("rect");
    match cell {
        Some(c) => j.corners(c.rect),
        None => j.opt_string(None),
    };
    j.close('}');
    Some(j.finish())
}

/// `[{node, name, value, share, leaf, children}]`: `node`'s children in drawing order, each with
/// its value text, its share of the parent and how many children it has (the accessible tree's
/// items and the table's rows, built a level at a time).
pub fn children(spec: &TreemapSpec, parent: usize, order: &[usize], numbers: &dyn crate::format::FormatNumber) -> String {
    let nodes = spec.tree.nodes();
    let whole = nodes.get(parent).map_or(0.0, |p| p.value);
    let mut j = Json::new();
    j.open('[');
    for &c in order {
        let Some(n) = nodes.get(c) else { continue };
        let mut value = crate::format::with_unit(&numbers.format_compact(n.value), spec.unit.as_deref());
        if n.assumed {
            value.push('*');
        }
        j.open('{').key("node").num(c as f64).key("name").string(&n.name).key("value").string(&value);
        j.key("share").string(&crate::format::share_percent(n.value, whole)).key("leaf").bool(n.is_leaf()).key("children").num(n.children.len() as f64).close('}');
    }
    j.close(']');
    j.finish()
}

/// `{key: template}` for every message (what the elements write in the DOM).
pub fn strings(messages: &crate::messages::Messages) -> String {
    let mut j = Json::new();
    j.open('{');
    for (key, text) in messages.all() {
        j.key(key).string(text);
    }
    j.close('}');
    j.finish()
}

/// `[{node, name}]` from the top to the current view's root.
pub fn breadcrumb(crumbs: &[(usize, &str)]) -> String {
    let mut j = Json::new();
    j.open('[');
    for (node, name) in crumbs {
        j.open('{').key("node").num(*node as f64).key("name").string(name).close('}');
    }
    j.close(']');
    j.finish()
}

/// `[{type, node}]`: "redraw" (no node), "tooltip" (node or null), "announce", "select", "drill".
pub fn effects(effects: &[Effect]) -> String {
    let mut j = Json::new();
    j.open('[');
    for e in effects {
        let (kind, node) = match *e {
            Effect::Redraw => ("redraw", None),
            Effect::Tooltip(node) => ("tooltip", Some(node)),
            Effect::Announce(node) => ("announce", Some(Some(node))),
            Effect::Select(node) => ("select", Some(Some(node))),
            Effect::Drill(node) => ("drill", Some(Some(node))),
        };
        j.open('{').key("type").string(kind);
        match node {
            Some(Some(n)) => j.key("node").num(n as f64),
            Some(None) => j.key("node").opt_string(None),
            None => &mut j,
        };
        j.close('}');
    }
    j.close(']');
    j.finish()
}

/// `{label, min, max, now, text, style}` for a gauge's `role="meter"` element.
pub fn gauge(a: &GaugeAria) -> String {
    let style = match a.style {
        GaugeStyle::Arc => "arc",
        GaugeStyle::Bullet => "bullet",
    };
    let mut j = Json::new();
    j.open('{').key("label").string(a.label).key("min").num(a.min).key("max").num(a.max).key("now").num(a.now);
    j.key("text").string(&a.text).key("style").string(style);
    j.key("gap").string(&a.gap).key("delta").opt_string(a.delta.as_deref()).key("note").opt_string(a.note.as_deref()).close('}');
    j.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_treemap;
    use serde_json::{json, Value};

    #[test]
    fn effects_and_breadcrumbs_have_the_shapes_the_elements_read() {
        let e: Value = serde_json::from_str(&effects(&[Effect::Redraw, Effect::Tooltip(None), Effect::Drill(3)])).expect("JSON");
        assert_eq!(e, json!([{"type": "redraw"}, {"type": "tooltip", "node": null}, {"type": "drill", "node": 3}]));
        let b: Value = serde_json::from_str(&breadcrumb(&[(0, "All"), (2, "A \"b\"")])).expect("JSON");
        assert_eq!(b, json!([{"node": 0, "name": "All"}, {"node": 2, "name": "A \"b\""}]));
    }

    #[test]
    fn the_layout_lists_every_node_with_null_for_a_missing_id() {
        let spec = parse_treemap(r#"{"tree": {"name": "r", "children": [{"id": 7, "name": "a", "value": 1}]}}"#).expect("valid");
        let rects = [Rect::new(0.0, 0.0, 10.0, 5.0), Rect::new(1.0, 1.0, 9.5, 4.0)];
        let l: Value = serde_json::from_str(&layout(&spec, &rects)).expect("JSON");
        assert_eq!(l["nodes"][0], json!({"id": null, "name": "r", "depth": 0, "value": 1, "x0": 0, "y0": 0, "x1": 10, "y1": 5}));
        assert_eq!(l["nodes"][1]["id"], json!("7"));
        assert_eq!(l["nodes"][1]["x1"], json!(9.5));
    }
}
