//! The treemap's tier legend as the element reads it.

use super::Json;
use crate::format::FormatNumber;
use crate::model::TreemapSpec;
use crate::scene::{entry_text, EntryText, TierEntry};

/// `{unit, assumed, tiers: [{node, name, value, share, color, groups: [{node, name, value, share}]}]}`:
/// every tier with its swatch, and under it the groups whose header showed no name.
pub fn legend(spec: &TreemapSpec, entries: &[TierEntry], numbers: &dyn FormatNumber) -> String {
    let mut j = Json::new();
    let words = |j: &mut Json, node: usize| {
        if let Some(EntryText { name, value, share }) = entry_text(spec, node, numbers) {
            j.key("node").num(node as f64).key("name").string(&name).key("value").string(&value).key("share").string(&share);
        }
    };
    j.open('{').key("unit").opt_string(spec.unit.as_deref()).key("assumed").bool(spec.tree.nodes().iter().any(|n| n.assumed));
    j.key("tiers").open('[');
    for e in entries {
        j.open('{');
        words(&mut j, e.node);
        j.key("color").string(&e.color.css()).key("groups").open('[');
        for &g in &e.unnamed_groups {
            j.open('{');
            words(&mut j, g);
            j.close('}');
        }
        j.close(']').close('}');
    }
    j.close(']').close('}');
    j.finish()
}

#[cfg(test)]
mod tests {
    use crate::format::GroupedFormat;
    use crate::model::parse_treemap;
    use crate::scene::{tier_legend, Theme};

    #[test]
    fn names_every_tier_with_its_total_share_and_swatch() {
        let spec = parse_treemap(r#"{"unit": "yuan", "tree": {"name": "All", "children": [
            {"name": "A", "children": [{"name": "a1", "value": 3e12}, {"name": "a2", "value": 1e12, "assumed": true}]},
            {"name": "B", "children": [{"name": "B1", "children": [{"name": "b", "value": 4e12}]}]}]}}"#)
        .expect("valid");
        let entries = tier_legend(&spec, &Theme::LIGHT, &[], 0);
        let v: serde_json::Value = serde_json::from_str(&super::legend(&spec, &entries, &GroupedFormat)).expect("JSON");
        assert_eq!(v["unit"], "yuan");
        assert_eq!(v["assumed"], true);
        let tiers = v["tiers"].as_array().expect("tiers");
        assert_eq!(tiers.len(), 2);
        assert_eq!(tiers[0]["name"], "A");
        assert_eq!(tiers[0]["value"], "4 trillion yuan");
        assert_eq!(tiers[0]["share"], "50%");
        assert_eq!(tiers[0]["color"], "#0072b2");
        // No cells drawn: B's group B1 showed no name, so the legend carries it.
        assert_eq!(tiers[1]["groups"][0]["name"], "B1");
        assert_eq!(tiers[0]["groups"].as_array().map(Vec::len), Some(0));
    }
}
