//! The flat form of the hierarchy: `rows: [{id, parent, name, value, ...}]`, as exported from a
//! spreadsheet. One row (the root) has no parent. Rows are turned into the pre-order tree by an
//! iterative depth-first walk from the root, children in row order; rows the walk never reaches
//! hang off a parent cycle, which is reported with its ids.

use super::limits::{MAX_DEPTH, MAX_NODES};
use super::reader::{describe, Reader};
use super::treemap::{check_group_value, read_id, read_node_data};
use super::Path;
use crate::hash::FastMap;
use crate::tree::{NodeData, Tree};
use super::json::Json;

pub(crate) const ROW_FIELDS: &[&str] = &["id", "parent", "name", "value", "description", "assumed", "note", "color"];

struct Row {
    data: NodeData,
    parent: Option<String>,
}

pub fn read_rows(reader: &mut Reader, path: &Path, value: &Json) -> Option<Tree> {
    let Json::Array(items) = value else {
        reader.report(path, format!("expected an array of rows, got {}", describe(value)));
        return None;
    };
    if items.is_empty() {
        reader.report(path, "no rows: the tree is empty");
        return None;
    }
    if items.len() > MAX_NODES {
        reader.report(path, format!("{} rows; the limit is {MAX_NODES}", items.len()));
        return None;
    }
    let rows: Vec<Option<Row>> = items.iter().enumerate().map(|(i, item)| read_row(reader, &path.index(i), item)).collect();

    // Index the ids; a duplicate is named at both rows.
    let mut by_id: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(rows.len(), Default::default());
    for (i, row) in rows.iter().enumerate() {
        let Some(id) = row.as_ref().and_then(|r| r.data.id.as_deref()) else { continue };
        if let Some(first) = by_id.get(id) {
            reader.report(&path.index(i).key("id"), format!("duplicate id \"{id}\" (first used at rows[{first}])"));
        } else {
            by_id.insert(id, i);
        }
    }

    // Link each row to its parent; exactly one row may have none.
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    let mut parent_of: Vec<Option<usize>> = vec![None; rows.len()];
    let mut root: Option<usize> = None;
    for (i, row) in rows.iter().enumerate() {
        let Some(row) = row else { continue };
        match &row.parent {
            None => match root {
                None => root = Some(i),
                Some(first) => reader.report(
                    &path.index(i).key("parent"),
                    format!("a second root: rows[{first}] already has no parent, and only one row may"),
                ),
            },
            Some(parent) => match by_id.get(parent.as_str()) {
                Some(&p) => {
                    children[p].push(i);
                    parent_of[i] = Some(p);
                }
                None => reader.report(&path.index(i).key("parent"), format!("no row has id \"{parent}\"")),
            },
        }
    }
    let Some(root) = root else {
        reader.report(path, "no root: exactly one row must have no \"parent\"");
        report_cycles(reader, path, &rows, &parent_of, &vec![false; rows.len()]);
        return None;
    };

    // Pre-order walk from the root with an explicit stack (no recursion, whatever the depth).
    let mut tree = Tree::default();
    let mut row_of_node: Vec<usize> = Vec::with_capacity(rows.len());
    let mut reached = vec![false; rows.len()];
    let mut rows = rows;
    let mut stack: Vec<(usize, Option<usize>)> = vec![(root, None)];
    while let Some((r, parent_node)) = stack.pop() {
        reached[r] = true;
        let depth = parent_node.map_or(0, |p| tree.nodes()[p].depth + 1);
        if depth > MAX_DEPTH {
            reader.report(&path.index(r), format!("nesting deeper than {MAX_DEPTH} levels"));
            continue;
        }
        let Some(row) = rows[r].take() else { continue };
        let node = tree.push(row.data, parent_node);
        row_of_node.push(r);
        stack.extend(children[r].iter().rev().map(|&c| (c, Some(node))));
    }
    report_cycles(reader, path, &rows, &parent_of, &reached);

    // Leaves need values; groups may not state less than their children's sum.
    for node in (0..tree.len()).rev() {
        let n = &tree.nodes()[node];
        let row_path = path.index(row_of_node[node]);
        if n.is_leaf() && n.stated_value.is_none() {
            reader.report(&row_path, "missing \"value\": a row that is no row's parent needs one");
        }
        if !n.is_leaf() {
            let sum = n.children.iter().map(|&c| subtotal(&tree, c)).sum();
            check_group_value(reader, &row_path, n.stated_value, sum);
        }
    }
    tree.sum_values();
    Some(tree)
}

/// A node's value before `sum_values` has run: stated, else the sum below it.
fn subtotal(tree: &Tree, node: usize) -> f64 {
    let n = &tree.nodes()[node];
    match n.stated_value {
        Some(v) => v,
        None => n.children.iter().map(|&c| subtotal(tree, c)).sum(),
    }
}

fn read_row(reader: &mut Reader, path: &Path, item: &Json) -> Option<Row> {
    let map = reader.object(path, item, ROW_FIELDS)?;
    let data = read_node_data(reader, path, map);
    if data.id.is_none() {
        reader.report(path, "missing \"id\": every row needs one, for other rows to name as parent");
    }
    let parent = match map.get("parent") {
        None | Some(Json::Null) => None,
        Some(Json::String(s)) if s.is_empty() => None,
        Some(v) => Some(read_id(reader, &path.key("parent"), v)?),
    };
    Some(Row { data, parent })
}

/// Rows never reached from the root lead, through their parents, into a cycle. Each cycle is
/// reported once, at its first row in input order, with the ids around it.
fn report_cycles(reader: &mut Reader, path: &Path, rows: &[Option<Row>], parent_of: &[Option<usize>], reached: &[bool]) {
    let mut walk_of: Vec<usize> = vec![usize::MAX; rows.len()];
    for start in 0..rows.len() {
        if reached[start] || walk_of[start] != usize::MAX || rows[start].is_none() {
            continue;
        }
        let mut at = start;
        loop {
            walk_of[at] = start;
            match parent_of[at] {
                Some(p) if walk_of[p] == start => {
                    // `p` is where this walk closes on itself: collect the cycle from there.
                    let mut cycle = vec![p];
                    let mut c = parent_of[p];
                    while let Some(next) = c.filter(|&n| n != p) {
                        cycle.push(next);
                        c = parent_of[next];
                    }
                    // Start the listing at the cycle's first row in input order.
                    let first_at = cycle.iter().enumerate().min_by_key(|(_, &r)| r).map_or(0, |(i, _)| i);
                    cycle.rotate_left(first_at);
                    let first = cycle[0];
                    let id = |i: &usize| rows[*i].as_ref().and_then(|r| r.data.id.clone()).unwrap_or_default();
                    let mut ids: Vec<String> = cycle.iter().map(id).collect();
                    ids.push(id(&first));
                    reader.report(
                        &path.index(first).key("parent"),
                        format!("parent cycle: {}", crate::words::join(&ids, " → ")),
                    );
                    break;
                }
                Some(p) if walk_of[p] == usize::MAX && !reached[p] => at = p,
                _ => break,
            }
        }
    }
}
