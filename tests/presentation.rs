//! What a graphics desk sets beyond the data: sibling order, node colours, the words (built-in
//! English or Chinese, or the data's own `strings`), number formats and the tooltip template.

use cluster_widgets::format::GroupedFormat;
use cluster_widgets::interact::describe_node;
use cluster_widgets::layout::{layout, LayoutOptions, Rect};
use cluster_widgets::model::{parse_gauges, parse_treemap, TreemapSpec};
use cluster_widgets::scene::{build_treemap_scene, Color, Scene, TreemapStyle, View};
use cluster_widgets::text::ApproxMeasure;

fn spec(json: &str) -> TreemapSpec {
    parse_treemap(json).unwrap_or_else(|p| panic!("{p:?}"))
}

fn problems(json: &str) -> Vec<String> {
    match parse_treemap(json) {
        Ok(_) => Vec::new(),
        Err(p) => p.0.into_iter().map(|p| format!("{}: {}", p.path, p.message)).collect(),
    }
}

fn scene(spec: &TreemapSpec, w: f64, h: f64) -> Scene {
    build_treemap_scene(spec, w, h, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default(), &View::default(), None).scene
}

const THREE: &str = r#"{"name": "All", "children": [{"name": "small", "value": 1}, {"name": "big", "value": 5}, {"name": "mid", "value": 3}]}"#;

fn order(sort: Option<&str>) -> Vec<String> {
    let options = sort.map_or(String::new(), |s| format!(r#", "options": {{"sort": "{s}", "tiling": "slice"}}"#));
    let options = if options.is_empty() { r#", "options": {"tiling": "slice"}"#.to_string() } else { options };
    let s = spec(&format!(r#"{{"tree": {THREE}{options}}}"#));
    let rects = layout(&s.tree, &LayoutOptions::of(&s.options, Rect::new(0.0, 0.0, 300.0, 300.0)), None).rects;
    let mut leaves: Vec<(f64, String)> = s.tree.nodes().iter().zip(&rects).skip(1).map(|(n, r)| (r.y0, n.name.clone())).collect();
    leaves.sort_by(|a, b| a.0.total_cmp(&b.0));
    leaves.into_iter().map(|(_, n)| n).collect()
}

#[test]
fn siblings_are_tiled_largest_first_unless_told_otherwise() {
    assert_eq!(order(None), ["big", "mid", "small"], "descending by default, like ECharts and d3");
    assert_eq!(order(Some("desc")), ["big", "mid", "small"]);
    assert_eq!(order(Some("asc")), ["small", "mid", "big"]);
    assert_eq!(order(Some("none")), ["small", "big", "mid"], "input order");
    assert_eq!(problems(&format!(r#"{{"tree": {THREE}, "options": {{"sort": "up"}}}}"#)), [r#"options.sort: expected one of "desc", "asc", "none", got a string "up""#]);
}

#[test]
fn a_node_colour_paints_it_and_shades_its_descendants() {
    let s = spec(r##"{"tree": {"name": "All", "children": [
        {"name": "A", "color": "rebeccapurple", "children": [{"name": "a1", "value": 3}, {"name": "a2", "value": 2, "color": "#ff0000"}]},
        {"name": "B", "children": [{"name": "b", "value": 4}]}]}}"##);
    let sc = scene(&s, 600.0, 400.0);
    let fill = |name: &str| sc.cells.iter().find(|c| s.tree.nodes()[c.node].name == name).map(|c| c.fill);
    assert_eq!(fill("A"), Some(Color::hex(0x663399)), "the group takes its colour as given");
    assert_eq!(fill("a2"), Some(Color::hex(0xFF0000)), "a leaf's own colour wins");
    let a1 = fill("a1").expect("drawn");
    assert_ne!(a1, Color::hex(0x663399));
    assert!(a1.luminance() > Color::hex(0x663399).luminance(), "a descendant is a lighter shade of it");
    assert_ne!(fill("b"), fill("a1"), "other tiers keep the palette");
    assert_eq!(
        problems(r#"{"tree": {"name": "All", "children": [{"name": "x", "value": 1, "color": "blurple"}]}}"#),
        [r#"tree.children[0].color: "blurple" is not a CSS colour: give #rrggbb, rgb(…), hsl(…) or a colour name"#]
    );
}

#[test]
fn chinese_data_gets_chinese_words_and_strings_override_any_of_them() {
    let zh = spec(r#"{"locale": "zh-CN", "source": "重庆市经济和信息化委员会", "unit": "元", "tree": {"name": "全部", "children": [
        {"name": "未来产业集群", "children": [{"name": "卫星互联网", "value": 1e10, "assumed": true}, {"name": "生物制造", "value": 2e10}]}]}}"#);
    let texts: Vec<String> = scene(&zh, 800.0, 500.0).texts().map(str::to_string).collect();
    assert!(texts.iter().any(|t| t.starts_with("来源：重庆市")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("为假设值")), "{texts:?}");
    let m = zh.messages(None);
    let d = describe_node(&zh, 2, &GroupedFormat, &m);
    assert_eq!(d.share_of_parent.as_deref(), Some("占未来产业集群的33%"));
    assert_eq!(d.share_of_total, "占总量的33%");
    assert_eq!(d.value, "10 billion元*", "no space before a Chinese unit (numbers here from the native formatter)");

    let de = spec(r#"{"locale": "de", "strings": {"shareOfTotal": "{share} des Ganzen", "shareOfParent": "{share} von {parent}"},
        "tree": {"name": "Alle", "children": [{"name": "Bildung", "children": [{"name": "Schule", "value": 1}, {"name": "Uni", "value": 1}]}]}}"#);
    let d = describe_node(&de, 2, &GroupedFormat, &de.messages(None));
    assert_eq!((d.share_of_parent.as_deref(), d.share_of_total.as_str()), (Some("50% von Bildung"), "50% des Ganzen"));
    assert_eq!(
        problems(r#"{"strings": {"upp": "hoch", "up": 3}, "tree": {"name": "A", "value": 1}}"#),
        [
            r#"strings.upp: unknown field "upp"; expected one of: source, assumedNote, assumedValue, shareOfTotal, shareOfParent, announcement, other, otherCount, logScale, up, levels, keyboardHelp, treemapError, gaugeError, table, noBaseline, gapClosed, targetPassed, behindBaseline, needsBy, needs, since, sinceBaseline, targetOf, targetValue, labelValue, baselineValue, targetCaption, targetWord, points, nowIn, valueText, valueTextNoBaseline, keyGap, keyBaseline, keyTarget, treemap, tiers, tiersIn, tableColumns, downloadCsv, close"#,
            "strings.up: expected a message text, got 3"
        ]
    );
    assert_eq!(spec(r#"{"tree": {"name": "A", "value": 1}}"#).messages(Some("zh-Hans")).get(cluster_widgets::messages::Msg::Up), "↑ 上一级", "the page's language when the data names none");
}

#[test]
fn the_tooltip_template_fills_its_fields_as_text() {
    let s = spec(r#"{"unit": "yuan", "options": {"tooltip": "{name}: {value} ({shareOfParent}) <b>{note}</b> {nope}"},
        "tree": {"name": "All", "children": [{"name": "G", "children": [{"name": "x", "value": 3, "note": "n&b"}, {"name": "y", "value": 1}]}]}}"#);
    let d = describe_node(&s, 2, &GroupedFormat, &s.messages(None));
    assert_eq!(d.tooltip.as_deref(), Some("x: 3 yuan (75% of G) <b>n&b</b> {nope}"), "markup stays text; unknown fields stay as written");
}

#[test]
fn number_formats_are_validated_with_their_paths() {
    assert_eq!(
        problems(r#"{"numberFormat": {"notation": "short", "maximumFractionDigits": 30, "style": "currency", "currency": "yuan"}, "tree": {"name": "A", "value": 1}}"#),
        [
            r#"numberFormat.notation: expected one of "standard", "compact", got a string "short""#,
            "numberFormat.maximumFractionDigits: expected a whole number from 0 to 20, got 30",
            r#"numberFormat.currency: expected a three-letter ISO 4217 code such as "CNY", got "yuan""#
        ]
    );
    assert_eq!(problems(r#"{"numberFormat": {"style": "unit"}, "tree": {"name": "A", "value": 1}}"#), [r#"numberFormat: style "unit" needs "unit""#]);
    let g = parse_gauges(r#"{"numberFormat": {"maximumFractionDigits": 1}, "gauges": [{"title": "a", "target": {"value": 1}}, {"title": "b", "target": {"value": 1}, "numberFormat": {"notation": "compact"}}]}"#).expect("valid");
    assert_eq!(g.gauges[0].number_format.maximum_fraction_digits, Some(1), "the grid's format is the default");
    assert_eq!((g.gauges[1].number_format.compact, g.gauges[1].number_format.maximum_fraction_digits), (Some(true), None), "a gauge's own replaces it");
}

#[test]
fn the_chinese_demo_exports_without_a_latin_word() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/33618.zh.treemap.json")).expect("zh demo data");
    let zh = spec(&text);
    for (w, h) in [(960.0, 620.0), (360.0, 640.0)] {
        let numbers = cluster_widgets::format::native_format(zh.locale.as_deref());
        let s = build_treemap_scene(&zh, w, h, &ApproxMeasure, numbers, &TreemapStyle::default(), &View::default(), None).scene;
        for t in s.texts() {
            // Latin letters may appear only in the data's own names ("AI及机器人").
            let latin: Vec<&str> = t.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty() && *w != "AI").collect();
            assert!(latin.is_empty(), "{w}: {t:?} has {latin:?}");
        }
    }
}

#[test]
fn the_accessible_outline_lists_children_in_drawing_order() {
    use cluster_widgets::widget::TreemapWidget;
    let s = spec(&format!(r#"{{"unit": "yuan", "tree": {THREE}}}"#));
    let w = TreemapWidget::new(s, GroupedFormat, ApproxMeasure, true);
    let order = w.children(0);
    let names: Vec<&str> = order.iter().map(|&c| w.spec().tree.nodes()[c].name.as_str()).collect();
    assert_eq!(names, ["big", "mid", "small"], "the order the cells are drawn in");
    let json: serde_json::Value = serde_json::from_str(&cluster_widgets::report::children(w.spec(), 0, &order, &GroupedFormat)).expect("JSON");
    assert_eq!(json[0]["value"], "5 yuan");
    assert_eq!(json[0]["share"], "56%");
    assert_eq!(json[2]["leaf"], true);
    assert!(w.children(99).is_empty() && w.children(1).is_empty());
}
