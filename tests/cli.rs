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

#[test]
fn render_writes_a_png_with_cells_and_text_at_the_requested_scale() {
    use resvg::tiny_skia::Pixmap;
    let out_path = std::env::temp_dir().join(format!("cw-render-{}.png", std::process::id()));
    let out = cli(&["render", "examples/33618.treemap.json", "--width", "480", "--height", "300", "--scale", "2", "-o", out_path.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let png = Pixmap::load_png(&out_path).expect("a PNG");
    assert_eq!((png.width(), png.height()), (960, 600), "CSS size x scale");
    // The layout says where "Advanced materials" is; its bottom-right corner is its leaf shade.
    let layout = cli(&["layout", "examples/33618.treemap.json", "--width", "480", "--height", "300"]);
    let json: serde_json::Value = serde_json::from_slice(&layout.stdout).expect("JSON");
    assert!(json["nodes"].as_array().is_some_and(|n| n.len() == 37));
    let dark = png.pixels().iter().filter(|p| p.red() < 60 && p.green() < 60 && p.blue() < 60).count();
    assert!(dark > 2000, "text was rasterised ({dark} dark pixels)");
    let blue_leaf = png.pixels().iter().filter(|p| (p.red(), p.green(), p.blue()) == (0x73, 0xb1, 0xd5)).count();
    assert!(blue_leaf > 50_000, "the first tier's leaf shade fills its cells ({blue_leaf} pixels)");
}

#[test]
fn the_committed_schemas_are_the_generated_ones() {
    // Regenerate with `make schemas` after changing src/model/schema.rs.
    for which in ["treemap", "gauge"] {
        let out = cli(&["schema", which]);
        assert!(out.status.success());
        let committed = std::fs::read_to_string(format!("{}/schemas/{which}.schema.json", env!("CARGO_MANIFEST_DIR"))).expect("committed schema");
        assert_eq!(String::from_utf8_lossy(&out.stdout), committed, "schemas/{which}.schema.json is stale: run make schemas");
    }
}

#[test]
fn a_file_over_the_input_limit_is_refused_without_reading_it_whole() {
    let dir = std::env::temp_dir().join(format!("cw-cli-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let big = dir.join("big.json");
    // 64 MiB (of zero bytes, sparse on disk): the reader stops after the limit.
    let file = std::fs::File::create(&big).expect("file");
    file.set_len(64 * 1024 * 1024).expect("sized");
    let out = cli(&["render", big.to_str().expect("utf-8 path"), "-o", dir.join("x.svg").to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("input larger than 16 MiB"), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(&dir).ok();
}
