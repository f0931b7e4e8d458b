//! What is said about a node, for the tooltip and the screen-reader live region: its path, its
//! value with the unit, and its share of its parent and of the whole.

use crate::format::{share_percent as percent, with_unit, FormatNumber};
use crate::messages::{Msg, Messages};
use crate::model::TreemapSpec;

#[derive(Clone, Debug, PartialEq)]
pub struct NodeText {
    pub name: String,
    /// Names from the top level down to this node.
    pub path: Vec<String>,
    /// "1 trillion yuan" (compact from a million up, like the cells), "*" after an assumed value.
    pub value: String,
    /// "19% of the total"
    pub share_of_total: String,
    /// "33% of Trillion-level leading clusters" (absent at the top level)
    pub share_of_parent: Option<String>,
    pub description: Option<String>,
    pub note: Option<String>,
    pub assumed: bool,
    /// The live-region sentence: "Tier › Cluster, 1 trillion yuan, 19% of the total".
    pub announcement: String,
    /// The data's tooltip template (`options.tooltip`) filled in for this node, if it has one.
    pub tooltip: Option<String>,
}

pub fn describe_node(spec: &TreemapSpec, node: usize, numbers: &dyn FormatNumber, messages: &Messages) -> NodeText {
    let (tree, unit) = (&spec.tree, spec.unit.as_deref());
    let nodes = tree.nodes();
    let n = &nodes[node];
    let mut value = with_unit(&numbers.format_compact(n.value), unit);
    if n.assumed {
        value.push('*');
    }
    let total = nodes[0].value;
    let share_of_total = messages.fill(Msg::ShareOfTotal, &[("share", &percent(n.value, total))]);
    let share_of_parent = n.parent.filter(|&p| p != 0).map(|p| messages.fill(Msg::ShareOfParent, &[("share", &percent(n.value, nodes[p].value)), ("parent", &nodes[p].name)]));
    let path: Vec<String> = tree.name_path(node).into_iter().map(str::to_string).collect();
    let joined = crate::words::join(&path, " › ");
    let announcement = messages.fill(Msg::Announcement, &[("path", &joined), ("value", &value), ("share", &share_of_total)]);
    let tooltip = spec.tooltip.as_deref().map(|template| {
        let fields = [
            ("name", n.name.as_str()),
            ("value", value.as_str()),
            ("unit", unit.unwrap_or_default()),
            ("path", joined.as_str()),
            ("shareOfParent", share_of_parent.as_deref().unwrap_or_default()),
            ("shareOfTotal", share_of_total.as_str()),
            ("description", n.description.as_deref().unwrap_or_default()),
            ("note", n.note.as_deref().unwrap_or_default()),
        ];
        crate::messages::fill(template, &fields)
    });
    NodeText {
        name: n.name.clone(),
        path,
        value,
        share_of_total,
        share_of_parent,
        description: n.description.clone(),
        note: n.note.clone(),
        assumed: n.assumed,
        announcement,
        tooltip,
    }
}
