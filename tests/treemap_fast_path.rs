//! The typed fast path must agree with the validating walk: same spec whenever it accepts, and
//! it must accept every valid nested input (or it is not a fast path). Random trees include
//! invalid values, blank names, duplicate ids and stated group values.
#![cfg(not(target_arch = "wasm32"))] // native: proptest

use cluster_widgets::model::{parse_treemap, parse_treemap_walk, try_parse_treemap_fast};
use proptest::prelude::*;
use serde_json::{json, Value};

fn arb_node(depth: u32) -> BoxedStrategy<Value> {
    let value = prop_oneof![8 => (0.0f64..1000.0).prop_map(|v| json!(v)), 1 => Just(json!(-1)), 1 => Just(Value::Null), 1 => Just(json!("7"))];
    let name = prop_oneof![8 => "[a-z]{1,6}".prop_map(Value::String), 1 => Just(json!(" ")), 1 => Just(Value::Null)];
    let id = prop_oneof![3 => Just(Value::Null), 3 => (0u32..40).prop_map(|i| json!(format!("n{i}"))), 1 => (0u32..40).prop_map(|i| json!(i))];
    let leaf = (name.clone(), value.clone(), id.clone()).prop_map(|(n, v, i)| {
        let mut o = json!({"name": n, "value": v});
        if !i.is_null() {
            o["id"] = i;
        }
        o
    });
    if depth == 0 {
        return leaf.boxed();
    }
    let group = (name, prop::option::of(0.0f64..5000.0), id, prop::collection::vec(arb_node(depth - 1), 1..5)).prop_map(|(n, v, i, children)| {
        let mut o = json!({"name": n, "children": children});
        if let Some(v) = v {
            o["value"] = json!(v);
        }
        if !i.is_null() {
            o["id"] = i;
        }
        o
    });
    prop_oneof![1 => leaf, 3 => group].boxed()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn fast_path_and_walk_agree(tree in arb_node(3), with_options in any::<bool>()) {
        let mut doc = json!({"title": "t", "unit": "u", "tree": tree});
        if with_options {
            doc["options"] = json!({"tiling": "binary", "padding": {"top": 10}});
        }
        let text = doc.to_string();
        let walk = parse_treemap_walk(&text);
        // Valid input takes the fast path, to the very same spec; invalid input never does.
        prop_assert_eq!(try_parse_treemap_fast(&text), walk.clone().ok());
        prop_assert_eq!(parse_treemap(&text), walk);
    }
}

#[test]
fn the_demo_and_flare_take_the_fast_path_to_the_same_spec() {
    for file in ["examples/33618.treemap.json", "tests/fixtures/flare.json"] {
        let text = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).expect("fixture");
        assert_eq!(try_parse_treemap_fast(&text), parse_treemap_walk(&text).ok(), "{file}");
    }
}
