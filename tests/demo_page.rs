//! The demo page carries the demo data inline (it must open from file:// with no fetch); this
//! checks that the copies in www/index.html equal the files in examples/.
//! Fix a failure with `python3 scripts/embed_demo_data.py`.
#![cfg(not(target_arch = "wasm32"))] // native: reads files and runs processes

use serde_json::Value;

#[test]
fn index_html_embeds_the_demo_data() {
    let root = env!("CARGO_MANIFEST_DIR");
    let page = std::fs::read_to_string(format!("{root}/www/index.html")).expect("page");
    for (id, file) in [("data-33618", "examples/33618.treemap.json"), ("data-2027-targets", "examples/2027-targets.gauges.json")] {
        let start_tag = format!(r#"<script type="application/json" id="{id}">"#);
        let start = page.find(&start_tag).expect("data block") + start_tag.len();
        let end = start + page[start..].find("</script>").expect("end of data block");
        let embedded: Value = serde_json::from_str(&page[start..end]).expect("embedded JSON parses");
        let file: Value = serde_json::from_str(&std::fs::read_to_string(format!("{root}/{file}")).expect("data")).expect("parses");
        assert!(embedded == file, "www/index.html is out of date for {id}: run python3 scripts/embed_demo_data.py");
    }
}
