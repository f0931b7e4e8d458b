#!/usr/bin/env python3
"""Build the "flare" golden fixtures used to cross-check our squarify tiling
against d3-hierarchy's.

Python 3 standard library only.  Run from anywhere:

    python3 scripts/flare_fixture.py            # regenerate + verify
    python3 scripts/flare_fixture.py --check    # verify only: fail if the
                                                # committed outputs differ

READS (raw upstream copies, never modified; see tests/fixtures/README.md):

  tests/fixtures/d3/flare.csv
      d3-hierarchy test/data/flare.csv.  Columns "id,size" in the stored copy
      (later upstream revisions call the second column "value"; both are
      accepted).  ids are dotted paths ("flare.analytics.cluster.MergeEdge");
      internal nodes have an empty value.

  tests/fixtures/d4_hierarchy/flare_phi.json
      The expected squarify(phi) layout of flare at size 960x500 that
      d3-hierarchy's test/treemap/flare-test.js compares against
      (test/data/flare-phi.json upstream), taken from the Dart port
      luizbarboza/d4_hierarchy, which ships it as test/data/flare_phi.json.
      It is D3 3.x output: nested {name, children, depth, value, x, y, dx, dy}
      at full double precision, with every children array in REVERSE order
      (d3's test calls children.reverse() with the comment "D3 3.x bug").

WRITES:

  tests/fixtures/flare.json
      Our treemap input format:
        {"title": "flare class hierarchy",
         "source": "d3-hierarchy test data (ISC licence)",
         "unit": "bytes",
         "tree": NODE}
        NODE = {"id": <dotted id>, "name": <last segment>,
                "value": <int, leaves only> | "children": [NODE, ...]}
      Children are ordered exactly as d3's test sorts them: summed value
      descending, ties by id ascending (d3 uses String#localeCompare; for the
      tied ids in this data a plain code-point comparison gives the same order,
      which this script checks).

  tests/fixtures/flare-d3-phi.json
      {"nodes": [{"id", "x0", "y0", "x1", "y1"}, ...]} -- d3's expected
      rectangles, depth-first pre-order (root first, children in the order of
      flare.json).  Coordinates are what d3's test compares:
        x0 = round(x), y0 = round(y), x1 = round(x + dx), y1 = round(y + dy)
      with round(v) = Math.round(v * 100) / 100 (JavaScript semantics: ties go
      towards +infinity).  Integral values are written as JSON integers, as
      JavaScript's JSON.stringify would.

VERIFIES (exit status 1 on any failure):
  * CSV is a single rooted tree; internal nodes have no value of their own.
  * Every expected node maps to exactly one CSV node by reconstructed dotted
    path, counts match the CSV rows, and the stored value/depth match ours.
  * After reversing children, d3's expected sibling order equals ours.
  * Geometry: every node lies inside the 960x500 root, children of a node
    exactly tile it (areas sum to the parent's area) and each area is
    proportional to its value.
  * An independent Python transcription of d3-hierarchy 3.x's treemap()
    (no padding, no rounding) with treemapSquarify (ratio phi) reproduces
    every rounded rectangle exactly.
"""

import argparse
import csv
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
CSV_IN = os.path.join(FIXTURES, "d3", "flare.csv")
PHI_IN = os.path.join(FIXTURES, "d4_hierarchy", "flare_phi.json")
TREE_OUT = os.path.join(FIXTURES, "flare.json")
RECTS_OUT = os.path.join(FIXTURES, "flare-d3-phi.json")

WIDTH, HEIGHT = 960, 500
PHI = (1 + math.sqrt(5)) / 2

errors = []


def fail(msg):
    errors.append(msg)
    print("ERROR: " + msg, file=sys.stderr)


def js_round2(v):
    """Math.round(v * 100) / 100 with JavaScript's Math.round semantics."""
    s = v * 100
    f = math.floor(s)
    r = f + 1 if s - f >= 0.5 else f
    return r / 100


def js_number(v):
    """Write integral floats as ints (as JSON.stringify does)."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# --------------------------------------------------------------------------
# Input tree from the CSV, built and sorted the way d3's test does.
# --------------------------------------------------------------------------

class Node:
    __slots__ = ("id", "name", "own", "children", "parent", "value", "depth",
                 "x0", "y0", "x1", "y1")

    def __init__(self, id_, own):
        self.id = id_
        self.name = id_[id_.rfind(".") + 1:]
        self.own = own          # value column (None if empty)
        self.children = []
        self.parent = None
        self.value = 0
        self.depth = 0


def parent_id(id_):
    # d3 test: i = d.id.lastIndexOf("."); return i >= 0 ? d.id.slice(0, i) : null
    i = id_.rfind(".")
    return id_[:i] if i >= 0 else None


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        raise SystemExit("empty CSV: " + path)
    col = "value" if "value" in rows[0] else "size"
    if col not in rows[0] or "id" not in rows[0]:
        raise SystemExit("CSV needs columns id and value (or size): " + path)
    nodes = {}
    order = []
    for r in rows:
        v = r[col].strip()
        n = Node(r["id"], int(v) if v else None)
        if n.id in nodes:
            fail("duplicate id in CSV: " + n.id)
        nodes[n.id] = n
        order.append(n)
    roots = []
    for n in order:
        p = parent_id(n.id)
        if p is None:
            roots.append(n)
        elif p not in nodes:
            fail("missing parent %r for %r" % (p, n.id))
        else:
            n.parent = nodes[p]
            nodes[p].children.append(n)
    if len(roots) != 1:
        raise SystemExit("expected exactly one root, got %d" % len(roots))
    return roots[0], order, col


def finish_tree(root):
    """node.sum(d => d.value) then node.sort(b.value - a.value || a.id < b.id)."""
    ties = []

    def visit(n, depth):
        n.depth = depth
        if n.children and n.own is not None:
            fail("internal node has its own value: " + n.id)
        if not n.children and n.own is None:
            fail("leaf without value: " + n.id)
        total = n.own or 0
        for c in n.children:
            total += visit(c, depth + 1)
        n.value = total
        n.children.sort(key=lambda c: (-c.value, c.id))
        for a, b in zip(n.children, n.children[1:]):
            if a.value == b.value:
                # localeCompare is (roughly) case-insensitive at the primary
                # level; make sure it would agree with the code-point order.
                agree = (a.id.lower() < b.id.lower()) == (a.id < b.id)
                ties.append((a.id, b.id, a.value, agree))
        return total

    visit(root, 0)
    return ties


def preorder(n):
    yield n
    for c in n.children:
        yield from preorder(c)


def to_input_json(n):
    out = {"id": n.id, "name": n.name}
    if n.children:
        out["children"] = [to_input_json(c) for c in n.children]
    else:
        out["value"] = n.own
    return out


# --------------------------------------------------------------------------
# Independent re-computation: d3-hierarchy 3.x treemap() + treemapSquarify.
# (src/treemap/index.js, squarify.js, dice.js, slice.js; default options:
# no padding, round(false).)
# --------------------------------------------------------------------------

def d3_dice(nodes, value, x0, y0, x1, y1):
    k = value and (x1 - x0) / value
    for n in nodes:
        n.y0, n.y1 = y0, y1
        n.x0 = x0
        x0 += n.value * k
        n.x1 = x0


def d3_slice(nodes, value, x0, y0, x1, y1):
    k = value and (y1 - y0) / value
    for n in nodes:
        n.x0, n.x1 = x0, x1
        n.y0 = y0
        y0 += n.value * k
        n.y1 = y0


def d3_squarify(ratio, parent, x0, y0, x1, y1):
    nodes = parent.children
    i0 = i1 = 0
    n = len(nodes)
    value = parent.value
    while i0 < n:
        dx, dy = x1 - x0, y1 - y0
        while True:  # do sumValue = nodes[i1++].value; while (!sumValue && i1 < n)
            sum_value = nodes[i1].value
            i1 += 1
            if sum_value or i1 >= n:
                break
        min_value = max_value = sum_value
        alpha = max(dy / dx, dx / dy) / (value * ratio)
        beta = sum_value * sum_value * alpha
        min_ratio = max(max_value / beta, beta / min_value)
        while i1 < n:
            node_value = nodes[i1].value
            sum_value += node_value
            if node_value < min_value:
                min_value = node_value
            if node_value > max_value:
                max_value = node_value
            beta = sum_value * sum_value * alpha
            new_ratio = max(max_value / beta, beta / min_value)
            if new_ratio > min_ratio:
                sum_value -= node_value
                break
            min_ratio = new_ratio
            i1 += 1
        row = nodes[i0:i1]
        if dx < dy:
            y_end = y1
            if value:
                y0_new = y0 + dy * sum_value / value
                d3_dice(row, sum_value, x0, y0, x1, y0_new)
                y0 = y0_new
            else:
                d3_dice(row, sum_value, x0, y0, x1, y_end)
        else:
            if value:
                x0_new = x0 + dx * sum_value / value
                d3_slice(row, sum_value, x0, y0, x0_new, y1)
                x0 = x0_new
            else:
                d3_slice(row, sum_value, x0, y0, x1, y1)
        value -= sum_value
        i0 = i1


def d3_treemap(root, width, height, ratio):
    root.x0 = root.y0 = 0
    root.x1, root.y1 = width, height
    for n in preorder(root):  # eachBefore(positionNode), padding 0
        if n.children:
            d3_squarify(ratio, n, n.x0, n.y0, n.x1, n.y1)


# --------------------------------------------------------------------------
# Expected output (D3 3.x JSON) -> flat pre-order list keyed by dotted id.
# --------------------------------------------------------------------------

def flatten_expected(exp):
    """Return {dotted id: (node dict, reversed children names)}."""
    out = {}

    def visit(node, prefix):
        path = node["name"] if prefix is None else prefix + "." + node["name"]
        if path in out:
            fail("duplicate path in expected file: " + path)
        kids = list(reversed(node.get("children", [])))  # "D3 3.x bug"
        out[path] = (node, [k["name"] for k in kids])
        for k in kids:
            visit(k, path)

    visit(exp, None)
    return out


def rect_of(node):
    return (js_round2(node["x"]), js_round2(node["y"]),
            js_round2(node["x"] + node["dx"]), js_round2(node["y"] + node["dy"]))


def check_geometry(exp):
    eps = 1e-6
    scale = WIDTH * HEIGHT / exp["value"]

    def visit(node, path):
        x, y, dx, dy = node["x"], node["y"], node["dx"], node["dy"]
        if dx < 0 or dy < 0:
            fail("negative size at " + path)
        if x < -eps or y < -eps or x + dx > WIDTH + eps or y + dy > HEIGHT + eps:
            fail("outside the root rectangle: " + path)
        area = dx * dy
        if abs(area - node["value"] * scale) > 1e-6 * max(1.0, area):
            fail("area not proportional to value at %s (%g vs %g)"
                 % (path, area, node["value"] * scale))
        kids = node.get("children", [])
        if kids:
            if sum(k["value"] for k in kids) != node["value"]:
                fail("children values do not sum to parent at " + path)
            if abs(sum(k["dx"] * k["dy"] for k in kids) - area) > 1e-6 * max(1.0, area):
                fail("children areas do not tile parent at " + path)
            for k in kids:
                kx, ky = k["x"], k["y"]
                if (kx < x - eps or ky < y - eps or kx + k["dx"] > x + dx + eps
                        or ky + k["dy"] > y + dy + eps):
                    fail("child %s outside its parent" % (path + "." + k["name"]))
                visit(k, path + "." + k["name"])

    visit(exp, exp["name"])


# --------------------------------------------------------------------------

def dump_tree(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def dump_rects(rows):
    lines = ["  " + json.dumps(r, ensure_ascii=False) for r in rows]
    return '{"nodes": [\n' + ",\n".join(lines) + "\n]}\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="do not write; fail if the outputs on disk differ")
    args = ap.parse_args()

    root, rows, col = read_csv(CSV_IN)
    ties = finish_tree(root)
    ours = list(preorder(root))
    leaves = [n for n in ours if not n.children]
    print("csv: %d rows (value column %r), %d leaves, %d internal, max depth %d, "
          "root value %d" % (len(rows), col, len(leaves), len(ours) - len(leaves),
                              max(n.depth for n in ours), root.value))
    if len(ours) != len(rows):
        fail("tree does not reach every CSV row (%d of %d)" % (len(ours), len(rows)))

    for a, b, v, agree in ties:
        print("tie (value %d): %s < %s%s" % (v, a, b,
              "" if agree else "  <-- case-insensitive order differs!"))
        if not agree:
            fail("tie order may differ under localeCompare: %s / %s" % (a, b))

    with open(PHI_IN, encoding="utf-8") as f:
        exp = json.load(f)
    flat = flatten_expected(exp)
    print("expected: %d nodes, root %r, size %gx%g"
          % (len(flat), exp["name"], exp["dx"], exp["dy"]))
    if (exp["x"], exp["y"], exp["dx"], exp["dy"]) != (0, 0, WIDTH, HEIGHT):
        fail("expected root is not 0,0,%d,%d" % (WIDTH, HEIGHT))
    if len(flat) != len(rows):
        fail("expected has %d nodes, CSV has %d rows" % (len(flat), len(rows)))
    ids = {n.id for n in ours}
    for p in sorted(set(flat) - ids):
        fail("expected node not in CSV: " + p)
    for p in sorted(ids - set(flat)):
        fail("CSV node not in expected: " + p)

    check_geometry(exp)

    out_rows = []
    for n in ours:
        if n.id not in flat:
            continue
        node, kid_names = flat[n.id]
        if node["value"] != n.value:
            fail("value mismatch at %s: expected %s, ours %s" % (n.id, node["value"], n.value))
        if node["depth"] != n.depth:
            fail("depth mismatch at %s" % n.id)
        if kid_names != [c.name for c in n.children]:
            fail("child order differs at %s:\n  d3:   %s\n  ours: %s"
                 % (n.id, kid_names, [c.name for c in n.children]))
        x0, y0, x1, y1 = rect_of(node)
        out_rows.append({"id": n.id, "x0": js_number(x0), "y0": js_number(y0),
                         "x1": js_number(x1), "y1": js_number(y1)})

    # Independent recomputation with a transcription of d3's algorithm.
    d3_treemap(root, WIDTH, HEIGHT, PHI)
    mismatches = 0
    max_dev = 0.0
    for n in ours:
        if n.id not in flat:
            continue
        node = flat[n.id][0]
        got = tuple(js_round2(v) for v in (n.x0, n.y0, n.x1, n.y1))
        if got != rect_of(node):
            mismatches += 1
            fail("recomputed squarify differs at %s: %s vs %s" % (n.id, got, rect_of(node)))
        raw = (node["x"], node["y"], node["x"] + node["dx"], node["y"] + node["dy"])
        max_dev = max(max_dev, max(abs(a - b) for a, b in zip((n.x0, n.y0, n.x1, n.y1), raw)))
    print("recomputed squarify(phi): %d/%d rounded rectangles match; "
          "max unrounded deviation from D3 3.x values %.3g"
          % (len(ours) - mismatches, len(ours), max_dev))

    tree_doc = {"title": "flare class hierarchy",
                "source": "d3-hierarchy test data (ISC licence)",
                "unit": "bytes",
                "tree": to_input_json(root)}
    outputs = {TREE_OUT: dump_tree(tree_doc), RECTS_OUT: dump_rects(out_rows)}

    if errors:
        print("FAILED with %d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    for path, text in outputs.items():
        rel = os.path.relpath(path, ROOT)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == text
            except FileNotFoundError:
                same = False
            print("%s: %s" % (rel, "up to date" if same else "OUT OF DATE"))
            if not same:
                errors.append(rel)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            print("wrote %s (%d nodes)" % (rel, len(out_rows)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
