//! Bad input is a feature: every malformed, hostile or huge treemap input gets a clear error
//! naming the JSON path and the problem, never a panic.
#![cfg(not(target_arch = "wasm32"))] // native: reads files and runs processes

use cluster_widgets::model::limits::{MAX_DEPTH, MAX_INPUT_BYTES};
use cluster_widgets::model::{parse_treemap, Problems};

fn problems(json: &str) -> Vec<String> {
    match parse_treemap(json) {
        Ok(_) => panic!("expected problems for {json}"),
        Err(Problems(list)) => list.iter().map(|p| p.to_string()).collect(),
    }
}

fn assert_reports(json: &str, expected: &str) {
    let got = problems(json);
    assert!(got.iter().any(|p| p == expected), "expected {expected:?} among {got:#?}");
}

#[test]
fn negative_value_is_named_by_its_path() {
    let json = r#"{"tree": {"name": "r", "children": [{"name": "a", "value": 1}, {"name": "b", "value": 1},
        {"name": "c", "children": [{"name": "c1", "value": -5}]}]}}"#;
    assert_reports(json, "tree.children[2].children[0].value: expected a finite number >= 0, got -5");
}

#[test]
fn non_numeric_value() {
    assert_reports(r#"{"tree": {"name": "r", "value": "12"}}"#, r#"tree.value: expected a finite number >= 0, got a string "12""#);
}

#[test]
fn a_huge_wrong_number_is_shown_in_exponent_notation() {
    let got = problems(r#"{"tree": {"name": "r", "value": -1e300}}"#);
    assert_eq!(got, ["tree.value: expected a finite number >= 0, got -1e+300"]);
}

#[test]
fn huge_number_literal_is_not_finite() {
    // serde_json parses 1e400 as infinity only with arbitrary precision; here it is an error
    // either way, and never reaches the layout.
    let got = problems(r#"{"tree": {"name": "r", "value": 1e400}}"#);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn missing_and_empty_names() {
    let json = r#"{"tree": {"name": "r", "children": [{"value": 1}, {"name": "  ", "value": 2}]}}"#;
    assert_reports(json, r#"tree.children[0]: missing "name""#);
    assert_reports(json, "tree.children[1].name: must not be empty");
}

#[test]
fn leaf_without_value() {
    assert_reports(r#"{"tree": {"name": "r", "children": [{"name": "a"}]}}"#, r#"tree.children[0]: missing "value": a node without children needs one"#);
}

#[test]
fn unknown_fields_are_named() {
    let json = r#"{"titel": "x", "options": {"tilling": "binary"}, "tree": {"name": "r", "valeu": 3, "value": 3}}"#;
    assert_reports(json, r#"titel: unknown field "titel"; expected one of: title, subtitle, source, unit, locale, numberFormat, strings, options, tree, rows"#);
    assert_reports(json, r#"options.tilling: unknown field "tilling"; expected one of: tiling, ratio, padding, colorBy, minCellArea, sort, tooltip"#);
    assert!(problems(json).iter().any(|p| p.starts_with("tree.valeu: unknown field")));
}

#[test]
fn a_field_given_twice_is_named_not_silently_overwritten() {
    // JSON allows repeated keys; parsers disagree on which one wins, so the data is ambiguous.
    let json = r#"{"tree": {"name": "r", "value": 3, "value": 30}}"#;
    assert_eq!(problems(json), ["tree.value: repeated field: each field may be given once"]);
}

#[test]
fn an_object_with_a_hundred_thousand_keys_is_checked_in_one_linear_pass() {
    // Hostile: 100k unknown keys (1 MB) once took a minute, comparing each key with all before it.
    let keys: Vec<String> = (0..100_000).map(|i| format!("\"k{i}\": 1")).collect();
    let got = problems(&format!(r#"{{"tree": {{"name": "r", "value": 1, {}}}}}"#, keys.join(", ")));
    assert_eq!(got.len(), 100_000);
    assert!(got[0].starts_with(r#"tree.k0: unknown field "k0"; expected one of: id, name"#), "{}", got[0]);
    // And one known field given 100k times: every repeat is named.
    let names: Vec<&str> = vec![r#""name": "x""#; 100_000];
    let got = problems(&format!(r#"{{"tree": {{"value": 1, {}}}}}"#, names.join(", ")));
    assert_eq!(got.len(), 99_999);
    assert!(got.iter().all(|p| p == "tree.name: repeated field: each field may be given once"));
}

#[test]
fn every_problem_is_reported_in_one_pass() {
    let json = r#"{"tree": {"name": "r", "children": [{"name": "a", "value": -1}, {"value": 2}, {"name": "c", "value": null}]}}"#;
    assert_eq!(problems(json).len(), 3, "{:#?}", problems(json));
}

#[test]
fn empty_tree() {
    assert_reports(r#"{"tree": {"name": "r", "children": []}}"#, r#"tree: missing "value": a node without children needs one"#);
    assert_reports(r#"{"rows": []}"#, "rows: no rows: the tree is empty");
    assert_reports(r#"{"tree": {"name": "r", "children": [{"name": "a", "value": 0}]}}"#, "tree: the total value is 0, so there is nothing to draw");
    assert_reports(r#"{}"#, r#"(document): missing the hierarchy: give "tree" (nested) or "rows" (flat)"#);
}

#[test]
fn not_json_or_not_an_object() {
    let got = problems("{\"tree\": ");
    assert!(got[0].starts_with("(document): not valid JSON: EOF while parsing"), "{got:?}");
    assert_reports("[1, 2]", "(document): expected an object, got an array of 2");
}

#[test]
fn duplicate_ids_name_both_places() {
    let json = r#"{"tree": {"name": "r", "children": [{"id": "x", "name": "a", "value": 1}, {"id": "x", "name": "b", "value": 1}]}}"#;
    assert_reports(json, r#"tree.children[1].id: duplicate id "x" (first used at tree.children[0])"#);
    let rows = r#"{"rows": [{"id": "r", "name": "r"}, {"id": 7, "parent": "r", "name": "a", "value": 1}, {"id": "7", "parent": "r", "name": "b", "value": 1}]}"#;
    assert_reports(rows, r#"rows[2].id: duplicate id "7" (first used at rows[1])"#);
}

#[test]
fn rows_missing_parent_several_roots_and_cycles() {
    let missing = r#"{"rows": [{"id": "r", "name": "r"}, {"id": "a", "parent": "nope", "name": "a", "value": 1}]}"#;
    assert_reports(missing, r#"rows[1].parent: no row has id "nope""#);
    let two_roots = r#"{"rows": [{"id": "r", "name": "r"}, {"id": "s", "name": "s", "value": 1}, {"id": "a", "parent": "r", "name": "a", "value": 1}]}"#;
    assert_reports(two_roots, "rows[1].parent: a second root: rows[0] already has no parent, and only one row may");
    let cycle = r#"{"rows": [{"id": "r", "name": "r"}, {"id": "a", "parent": "r", "name": "a", "value": 1},
        {"id": "b", "parent": "c", "name": "b", "value": 1}, {"id": "c", "parent": "b", "name": "c"}, {"id": "d", "parent": "c", "name": "d", "value": 1}]}"#;
    assert_reports(cycle, "rows[2].parent: parent cycle: b → c → b");
    assert_eq!(problems(cycle).len(), 1, "one report per cycle: {:?}", problems(cycle));
    let all_cycle = r#"{"rows": [{"id": "a", "parent": "b", "name": "a"}, {"id": "b", "parent": "a", "name": "b"}]}"#;
    assert_reports(all_cycle, r#"rows: no root: exactly one row must have no "parent""#);
}

#[test]
fn parent_value_below_the_sum_of_children() {
    let json = r#"{"tree": {"name": "r", "children": [{"name": "g", "value": 2, "children": [{"name": "a", "value": 1.5}, {"name": "b", "value": 1}]}]}}"#;
    assert_reports(json, "tree.children[0].value: 2 is less than the sum of its children (2.5)");
    let rows = r#"{"rows": [{"id": "r", "name": "r", "value": 1}, {"id": "a", "parent": "r", "name": "a", "value": 3}]}"#;
    assert_reports(rows, "rows[0].value: 1 is less than the sum of its children (3)");
    let fp = r#"{"tree": {"name": "r", "value": 0.3, "children": [{"name": "a", "value": 0.1}, {"name": "b", "value": 0.2}]}}"#;
    assert!(parse_treemap(fp).is_ok(), "0.1 + 0.2 counts as 0.3");
}

fn nested(depth: usize) -> String {
    let mut s = String::from(r#"{"name": "leaf", "value": 1}"#);
    for _ in 0..depth {
        s = format!(r#"{{"name": "n", "children": [{s}]}}"#);
    }
    format!(r#"{{"tree": {s}}}"#)
}

#[test]
fn nesting_at_the_limit_is_fine_and_deeper_is_an_error() {
    assert!(parse_treemap(&nested(MAX_DEPTH)).is_ok());
    let got = problems(&nested(MAX_DEPTH + 1));
    assert!(got[0].ends_with(&format!("nesting deeper than {MAX_DEPTH} levels")), "{got:?}");
}

#[test]
fn very_deep_nesting_is_an_error_not_a_stack_overflow() {
    let got = problems(&nested(100_000));
    assert!(got[0].contains("nesting too deep"), "{got:?}");
    let mut rows = vec![r#"{"id": 0, "name": "root"}"#.to_string()];
    rows.extend((1..5000).map(|i| format!(r#"{{"id": {i}, "parent": {}, "name": "n", "value": 1}}"#, i - 1)));
    let got = problems(&format!(r#"{{"rows": [{}]}}"#, rows.join(",")));
    assert!(got.iter().any(|p| p.ends_with(&format!("nesting deeper than {MAX_DEPTH} levels"))), "{:?}", &got[..1]);
}

#[test]
fn input_over_the_size_limit() {
    let big = format!(r#"{{"title": "{}", "tree": {{"name": "r", "value": 1}}}}"#, "x".repeat(MAX_INPUT_BYTES));
    let got = problems(&big);
    assert!(got[0].contains("the limit is 16777216 bytes"), "{got:?}");
}

#[test]
fn hostile_strings_are_kept_as_data() {
    let json = r#"{"title": "<img src=x onerror=alert(1)>", "tree": {"name": "<script>", "value": 1}}"#;
    let spec = parse_treemap(json).expect("valid");
    assert_eq!(spec.tree.nodes()[0].name, "<script>");
}

#[test]
fn options_are_checked() {
    let json = r#"{"options": {"tiling": "spiral", "ratio": 0.5, "padding": {"top": -1}}, "tree": {"name": "r", "value": 1}}"#;
    assert_reports(json, r#"options.tiling: expected one of "squarify", "resquarify", "binary", "slice", "dice", "slice-dice", got a string "spiral""#);
    assert_reports(json, "options.ratio: expected a number from 1 to 100, got 0.5");
    assert_reports(json, "options.padding.top: expected a number of pixels from 0 to 1000, got -1");
}

#[test]
fn flat_rows_build_the_same_tree_as_nested() {
    let nested = r#"{"tree": {"id": "r", "name": "r", "children": [{"id": "a", "name": "a", "children": [{"id": "a1", "name": "a1", "value": 2}]}, {"id": "b", "name": "b", "value": 3}]}}"#;
    let rows = r#"{"rows": [{"id": "b", "parent": "r", "name": "b", "value": 3}, {"id": "r", "name": "r"}, {"id": "a1", "parent": "a", "name": "a1", "value": 2}, {"id": "a", "parent": "r", "name": "a"}]}"#;
    let a = parse_treemap(nested).expect("nested");
    let b = parse_treemap(rows).expect("rows");
    let names = |s: &cluster_widgets::model::TreemapSpec| s.tree.nodes().iter().map(|n| (n.name.clone(), n.value, n.depth)).collect::<Vec<_>>();
    // Rows keep row order among siblings: b comes before a.
    assert_eq!(names(&b), vec![("r".into(), 5.0, 0), ("b".into(), 3.0, 1), ("a".into(), 2.0, 1), ("a1".into(), 2.0, 2)]);
    assert_eq!(names(&a)[0], names(&b)[0]);
}

#[test]
fn the_demo_data_is_valid() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/33618.treemap.json")).expect("demo data");
    let spec = parse_treemap(&text).unwrap_or_else(|e| panic!("{e}"));
    let leaves: Vec<_> = spec.tree.nodes().iter().filter(|n| n.is_leaf()).collect();
    assert_eq!(leaves.len(), 30, "30 clusters");
    assert_eq!(spec.tree.nodes()[0].children.len(), 4, "4 tiers");
    assert!(leaves.iter().all(|n| n.description.is_some()), "every cluster keeps its description");
    let assumed: Vec<_> = leaves.iter().filter(|n| n.assumed).collect();
    assert_eq!(assumed.len(), 18, "the 18 new-star values are assumptions");
    assert!(assumed.iter().all(|n| n.note.is_some()), "each assumption carries a note");
}
