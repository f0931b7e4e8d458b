// The hierarchy without the canvas (issue 14), from the wasm's describe() of each node in
// pre-order (so a node's path length is its depth): the rows the Table view shows, and the
// accessible tree that the canvas owns (the canvas is role=tree; the focused cell is its
// aria-activedescendant, so screen readers speak the item as the keys move).
import { node, fill } from "./dom.js";

// Nodes listed: the 33618 system has 38; a huge tree is listed in part.
const OUTLINE_NODES = 2000;

/** `[{n, d, parent}]`: every node below the root (up to OUTLINE_NODES), described. */
export function rows(tm) {
  const out = [], stack = [];
  for (let n = 1; n <= OUTLINE_NODES; n++) {
    let d;
    try {
      d = tm.describe(n);
    } catch {
      break; // past the last node
    }
    stack.length = d.path.length - 1;
    const row = { n, d, parent: stack.at(-1) };
    out.push(row);
    stack.push(row);
  }
  return out;
}

/** What a node is called to a screen reader: "Cluster, value, share" (of its parent, or of the
 *  total at the top), in the data's words. */
export const spokenName = (d, words) => fill(words.announcement, { path: d.name, value: d.valueText, share: d.shareOfParent ?? d.shareOfTotal });

/** An item's id in the shadow root, for aria-activedescendant. */
export const itemId = (n) => `n${n}`;

/** The tree's top group (id "outline", owned by the canvas): an item per row, nested by
 *  depth, named "Cluster, value, share" with its description as the item's description. */
export function outline(rows, words) {
  const top = group(), lists = [top];
  top.id = "outline";
  for (const { n, d } of rows) {
    const depth = d.path.length, item = node("li");
    item.id = itemId(n);
    item.setAttribute("role", "treeitem");
    item.setAttribute("aria-level", depth);
    item.setAttribute("aria-label", spokenName(d, words));
    const about = [d.description, d.note].filter(Boolean).join(" ");
    if (about) item.setAttribute("aria-description", about);
    lists.length = depth;
    lists.at(-1).append(item);
    if (!d.leaf) {
      item.setAttribute("aria-expanded", "true");
      item.append((lists[depth] = group()));
    }
  }
  for (const list of [top, ...top.querySelectorAll("ul")]) {
    [...list.children].forEach((li, i, all) => {
      li.setAttribute("aria-setsize", all.length);
      li.setAttribute("aria-posinset", i + 1);
    });
  }
  return top;
}

function group() {
  const g = node("ul");
  g.setAttribute("role", "group");
  return g;
}
