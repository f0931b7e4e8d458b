//! The hierarchy as a flat arena in depth-first pre-order (root first, children in input
//! order). Pre-order lets layout and scene building run as one forward loop with no recursion,
//! whatever the depth, and makes "root first, depth-first in input order" the natural output.

/// One node of the hierarchy. Indices refer to positions in [`Tree::nodes`].
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The id given in the data, if any.
    pub id: Option<String>,
    pub name: String,
    /// The value given in the data (required for leaves, optional for groups).
    pub stated_value: Option<f64>,
    /// The value used for layout: the stated value, or the sum of the children's values.
    /// A group's stated value may exceed its children's sum; the rest stays empty space.
    pub value: f64,
    pub description: Option<String>,
    /// True when the data marks the value as an assumption rather than a sourced figure.
    pub assumed: bool,
    pub note: Option<String>,
    /// A colour given in the data (`0xRRGGBB`), for this node and, as shades, its descendants.
    pub color: Option<u32>,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub depth: usize,
    /// One past the last node of this node's subtree: in pre-order a subtree is the contiguous
    /// range `index..subtree_end`.
    pub subtree_end: usize,
}

impl Node {
    pub fn is_leaf(&self) -> bool {
        self.children.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tree {
    nodes: Vec<Node>,
}

/// Facts about a node as the data gives them; the tree adds structure and summed values.
#[derive(Clone, Debug, Default)]
pub struct NodeData {
    pub id: Option<String>,
    pub name: String,
    pub value: Option<f64>,
    pub description: Option<String>,
    pub assumed: bool,
    pub note: Option<String>,
    pub color: Option<u32>,
}

impl Tree {
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Appends a node in pre-order: `parent` must already be in the tree (or `None` for the
    /// root, which must come first). Returns the new node's index.
    /// An empty tree with room for `nodes` nodes: the arena then never grows by doubling, whose
    /// copy held the old and the new arena at once (the parse's memory peak).
    pub fn with_capacity(nodes: usize) -> Tree {
        Tree { nodes: Vec::with_capacity(nodes) }
    }

    pub fn push(&mut self, data: NodeData, parent: Option<usize>) -> usize {
        let index = self.nodes.len();
        let depth = match parent {
            Some(p) => {
                self.nodes[p].children.push(index);
                self.nodes[p].depth + 1
            }
            None => 0,
        };
        self.nodes.push(Node {
            id: data.id,
            name: data.name,
            stated_value: data.value,
            value: 0.0,
            description: data.description,
            assumed: data.assumed,
            note: data.note,
            color: data.color,
            parent,
            children: Vec::new(),
            depth,
            subtree_end: index + 1,
        });
        // Every ancestor's subtree now reaches this node.
        let mut at = parent;
        while let Some(p) = at {
            self.nodes[p].subtree_end = index + 1;
            at = self.nodes[p].parent;
        }
        index
    }

    /// Sets every node's `value` bottom-up: a leaf's stated value (0 if none), a group's stated
    /// value or, if larger, the sum of its children. Reverse pre-order visits children first.
    pub fn sum_values(&mut self) {
        for i in (0..self.nodes.len()).rev() {
            let sum: f64 = self.nodes[i].children.iter().map(|&c| self.nodes[c].value).sum();
            let node = &mut self.nodes[i];
            node.value = match node.stated_value {
                Some(stated) if node.children.is_empty() => stated,
                Some(stated) => stated.max(sum),
                None => sum,
            };
        }
    }

    /// The names from the root's first child down to `index` (the root itself is omitted: it
    /// is the whole picture, named by the title).
    pub fn name_path(&self, index: usize) -> Vec<&str> {
        let mut names = Vec::new();
        let mut at = Some(index);
        while let Some(i) = at {
            if self.nodes[i].parent.is_some() {
                names.push(self.nodes[i].name.as_str());
            }
            at = self.nodes[i].parent;
        }
        names.reverse();
        names
    }

    /// The index of the depth-1 ancestor of `index` (its "tier"), or `None` for the root.
    pub fn tier_of(&self, index: usize) -> Option<usize> {
        let mut at = index;
        loop {
            match self.nodes[at].parent {
                None => return None,
                Some(0) => return Some(at),
                Some(p) => at = p,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str, value: Option<f64>) -> NodeData {
        NodeData { name: name.into(), value, ..NodeData::default() }
    }

    #[test]
    fn sums_bottom_up_and_keeps_a_larger_stated_group_value() {
        let mut tree = Tree::default();
        let root = tree.push(data("root", None), None);
        let a = tree.push(data("a", Some(10.0)), Some(root));
        tree.push(data("a1", Some(3.0)), Some(a));
        tree.push(data("a2", Some(4.0)), Some(a));
        tree.push(data("b", Some(5.0)), Some(root));
        tree.sum_values();
        let values: Vec<f64> = tree.nodes().iter().map(|n| n.value).collect();
        assert_eq!(values, vec![15.0, 10.0, 3.0, 4.0, 5.0]);
        assert_eq!(tree.nodes()[2].depth, 2);
        assert_eq!(tree.name_path(3), vec!["a", "a2"]);
        assert_eq!(tree.tier_of(3), Some(1));
        assert_eq!(tree.tier_of(0), None);
    }
}
