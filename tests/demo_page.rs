//! The demo pages carry the demo data inline (they must open from file:// with no fetch); this
//! checks that the copies in www/index.html and www/zh.html equal the files in examples/.
//! Fix a failure with `python3 scripts/embed_demo_data.py`.
#![cfg(not(target_arch = "wasm32"))] // native: reads files and runs processes

use serde_json::Value;

#[test]
fn the_demo_pages_embed_the_demo_data() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (page_name, id, file) in [
        ("index.html", "data-33618", "examples/33618.treemap.json"),
        ("index.html", "data-2027-targets", "examples/2027-targets.gauges.json"),
        ("zh.html", "data-33618-zh", "examples/33618.zh.treemap.json"),
        ("zh.html", "data-2027-targets-zh", "examples/2027-targets.zh.gauges.json"),
    ] {
        let page = std::fs::read_to_string(format!("{root}/www/{page_name}")).expect("page");
        let start_tag = format!(r#"<script type="application/json" id="{id}">"#);
        let start = page.find(&start_tag).expect("data block") + start_tag.len();
        let end = start + page[start..].find("</script>").expect("end of data block");
        let embedded: Value = serde_json::from_str(&page[start..end]).expect("embedded JSON parses");
        let file: Value = serde_json::from_str(&std::fs::read_to_string(format!("{root}/{file}")).expect("data")).expect("parses");
        assert!(embedded == file, "www/{page_name} is out of date for {id}: run python3 scripts/embed_demo_data.py");
    }
}
