//! The command line as a user runs it: layout JSON on stdout, SVG to a file, and for bad input
//! exit status 2 with the path-named problems on stderr.
#![cfg(not(target_arch = "wasm32"))] // native: reads files and runs processes

use std::process::Command;

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cluster-widgets")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("runs")
}

#[test]
fn layout_prints_one_node_per_input_node_root_first() {
    let out = cli(&["layout", "examples/33618.treemap.json", "--width", "960", "--height", "600"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let nodes = json["nodes"].as_array().expect("nodes");
    assert_eq!(nodes.len(), 1 + 4 + 2 + 30, "root, tiers, two new-star groups, clusters");
    assert_eq!(nodes[0]["depth"], 0);
    assert_eq!((nodes[0]["x0"].as_f64(), nodes[0]["x1"].as_f64(), nodes[0]["y1"].as_f64()), (Some(0.0), Some(960.0), Some(600.0)));
    for key in ["id", "name", "depth", "value", "x0", "y0", "x1", "y1"] {
        assert!(nodes[1].get(key).is_some(), "missing {key}");
    }
    assert_eq!(nodes[1]["name"], "Trillion-level leading clusters");
    assert_eq!(nodes[2]["depth"], 2, "depth-first: the first tier's first cluster follows it");
}

#[test]
fn bad_input_exits_2_with_json_paths_on_stderr() {
    let dir = std::env::temp_dir().join(format!("cw-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{"tree": {"name": "r", "children": [{"name": "a", "value": -5}]}}"#).expect("write");
    let out = cli(&["layout", bad.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("tree.children[0].value: expected a finite number >= 0, got -5"), "{err}");
    assert!(out.stdout.is_empty());
    let out = cli(&["layout", "examples/33618.treemap.json", "--width", "abc"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--width"));
}

#[test]
fn render_writes_an_svg_with_the_labels() {
    let out_path = std::env::temp_dir().join(format!("cw-render-{}.svg", std::process::id()));
    let out = cli(&["render", "examples/33618.treemap.json", "--width", "960", "--height", "600", "-o", out_path.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let svg = std::fs::read_to_string(&out_path).expect("svg written");
    assert!(svg.starts_with("<svg") && svg.contains("Advanced materials"), "{}", &svg[..200.min(svg.len())]);
}
