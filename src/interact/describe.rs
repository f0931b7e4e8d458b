//! What is said about a node, for the tooltip and the screen-reader live region: its path, its
//! value with the unit, and its share of its parent and of the whole.

use crate::format::{share_percent as percent, with_unit, FormatNumber};
use crate::tree::Tree;

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
}

pub fn describe_node(tree: &Tree, node: usize, unit: Option<&str>, numbers: &dyn FormatNumber) -> NodeText {
    let nodes = tree.nodes();
    let n = &nodes[node];
    let mut value = with_unit(&numbers.format_compact(n.value), unit);
    if n.assumed {
        value.push('*');
    }
    let total = nodes[0].value;
    let share_of_total = format!("{} of the total", percent(n.value, total));
    let share_of_parent = n.parent.filter(|&p| p != 0).map(|p| format!("{} of {}", percent(n.value, nodes[p].value), nodes[p].name));
    let path: Vec<String> = tree.name_path(node).into_iter().map(str::to_string).collect();
    let announcement = format!("{}, {value}, {share_of_total}", crate::words::join(&path, " › "));
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
    }
}
