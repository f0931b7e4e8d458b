//! The treemap data format: metadata, options, and the hierarchy given nested (`tree`) or
//! flat (`rows`). See the README's data-format reference.

use super::limits::{MAX_DEPTH, MAX_INPUT_BYTES, MAX_NODES};
use super::reader::{describe, Reader};
use super::rows::read_rows;
use super::presentation::{read_number_format, read_strings, NumberFormatSpec};
use super::{Path, Problems};
use crate::messages::{Messages, Msg};
use crate::hash::FastMap;
use crate::tree::{NodeData, Tree};
use super::json::{Json, Object};

/// The tiling algorithm (see `layout`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tiling {
    Squarify,
    /// Squarify that keeps each group's rows between layouts of one widget (stable updates).
    Resquarify,
    Binary,
    Slice,
    Dice,
    SliceDice,
}

pub const TILINGS: &[(&str, Tiling)] = &[
    ("squarify", Tiling::Squarify),
    ("resquarify", Tiling::Resquarify),
    ("binary", Tiling::Binary),
    ("slice", Tiling::Slice),
    ("dice", Tiling::Dice),
    ("slice-dice", Tiling::SliceDice),
];

/// How cells are coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorBy {
    /// One colour per top-level group ("tier"), lighter shades for its descendants.
    Tier,
    /// Leaves on a sequential scale by value (with a legend); groups in neutral grey.
    Value,
}

const COLOR_BYS: &[(&str, ColorBy)] = &[("tier", ColorBy::Tier), ("value", ColorBy::Value)];

/// Padding in CSS pixels, with d3-hierarchy's meaning: `outer` inside each group around its
/// children, `top` above them (room for the group's header), `inner` between siblings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Padding {
    pub outer: f64,
    pub inner: f64,
    pub top: f64,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TreemapOptions {
    pub tiling: Tiling,
    /// Squarify's target aspect ratio (the golden ratio by default, as in d3).
    pub ratio: f64,
    pub padding: Padding,
    pub color_by: ColorBy,
    /// Cells smaller than this many square CSS pixels fold into one "Other" cell per group.
    pub min_cell_area: f64,
    /// The order siblings are tiled in.
    pub sort: Sort,
}

/// Sibling order for tiling: largest first (the default, as ECharts and d3's examples do),
/// smallest first, or as given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Desc,
    Asc,
    None,
}

const SORTS: &[(&str, Sort)] = &[("desc", Sort::Desc), ("asc", Sort::Asc), ("none", Sort::None)];

pub const GOLDEN_RATIO: f64 = 1.618_033_988_749_895;

impl Default for TreemapOptions {
    fn default() -> Self {
        TreemapOptions {
            tiling: Tiling::Squarify,
            ratio: GOLDEN_RATIO,
            padding: Padding { outer: 2.0, inner: 2.0, top: 20.0 },
            color_by: ColorBy::Tier,
            min_cell_area: 100.0,
            sort: Sort::Desc,
        }
    }
}

/// A validated treemap: metadata, options and the hierarchy with summed values.
#[derive(Clone, Debug, PartialEq)]
pub struct TreemapSpec {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub source: Option<String>,
    pub unit: Option<String>,
    pub locale: Option<String>,
    pub options: TreemapOptions,
    /// `options.tooltip`: the tooltip's text template (`{name}`, `{value}`, …), if given.
    pub tooltip: Option<String>,
    pub number_format: NumberFormatSpec,
    /// The data's message overrides; [`TreemapSpec::messages`] combines them with the locale's.
    pub strings: Vec<(Msg, String)>,
    pub tree: Tree,
}

impl TreemapSpec {
    /// The messages for this data: its locale's (or `fallback`'s, the page's language, when the
    /// data names none), with the data's `strings` over them.
    pub fn messages(&self, fallback: Option<&str>) -> Messages {
        Messages::for_locale(self.locale.as_deref().or(fallback)).with(&self.strings)
    }
}

pub(crate) const TOP_FIELDS: &[&str] = &["title", "subtitle", "source", "unit", "locale", "numberFormat", "strings", "options", "tree", "rows"];
pub(crate) const OPTION_FIELDS: &[&str] = &["tiling", "ratio", "padding", "colorBy", "minCellArea", "sort", "tooltip"];
pub(crate) const PADDING_FIELDS: &[&str] = &["outer", "inner", "top"];
pub(crate) const NODE_FIELDS: &[&str] = &["id", "name", "value", "children", "description", "assumed", "note", "color"];

/// Parses and validates treemap JSON, reporting every problem with its JSON path.
pub fn parse_treemap(text: &str) -> Result<TreemapSpec, Problems> {
    let (value, objects) = parse_json(text)?;
    let mut reader = Reader::default();
    let root = Path::Root;
    let Some(top) = reader.object(&root, &value, TOP_FIELDS) else {
        return Err(Problems(reader.problems));
    };
    let title = reader.opt_string(&root, top, "title");
    let subtitle = reader.opt_string(&root, top, "subtitle");
    let source = reader.opt_string(&root, top, "source");
    let unit = reader.opt_string(&root, top, "unit");
    let locale = reader.opt_string(&root, top, "locale");
    let options = match top.get("options") {
        Some(v) => read_options(&mut reader, &root.key("options"), v),
        None => TreemapOptions::default(),
    };
    let tooltip = match top.get("options") {
        Some(Json::Object(o)) => reader.opt_string(&root.key("options"), o, "tooltip"),
        _ => None,
    };
    let number_format = top.get("numberFormat").map(|v| read_number_format(&mut reader, &root.key("numberFormat"), v)).unwrap_or_default();
    let strings = top.get("strings").map(|v| read_strings(&mut reader, &root.key("strings"), v)).unwrap_or_default();
    let tree = match (top.get("tree"), top.get("rows")) {
        (Some(tree), None) => read_nested(&mut reader, &root.key("tree"), tree, objects),
        (None, Some(rows)) => read_rows(&mut reader, &root.key("rows"), rows),
        (Some(_), Some(_)) => {
            reader.report(&root.key("rows"), "give the hierarchy either as \"tree\" or as \"rows\", not both");
            None
        }
        (None, None) => {
            reader.report(&root, "missing the hierarchy: give \"tree\" (nested) or \"rows\" (flat)");
            None
        }
    };
    if let Some(tree) = &tree {
        if reader.problems.is_empty() && tree.nodes()[0].value <= 0.0 {
            let at = if top.contains_key("tree") { "tree" } else { "rows" };
            reader.report(&root.key(at), "the total value is 0, so there is nothing to draw");
        }
        if reader.problems.is_empty() && !tree.nodes()[0].value.is_finite() {
            let at = if top.contains_key("tree") { "tree" } else { "rows" };
            reader.report(&root.key(at), "the values add up to more than the largest number there is (about 1.8e308): give them in a larger unit");
        }
    }
    match tree {
        Some(tree) if reader.problems.is_empty() => {
            Ok(TreemapSpec { title, subtitle, source, unit, locale, options, tooltip, number_format, strings, tree })
        }
        _ => Err(Problems(reader.problems)),
    }
}

/// Parses JSON text within the size limit; syntax errors name their line and column. Also
/// says how many objects the document holds.
pub(crate) fn parse_json(text: &str) -> Result<(Json<'_>, usize), Problems> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Problems::one(
            "",
            format!("input is {} bytes; the limit is {MAX_INPUT_BYTES} bytes", text.len()),
        ));
    }
    super::json::counted(text).map_err(|e| {
        let message = if e.too_deep {
            format!(
                "nesting too deep at line {} column {}: a tree may be at most {MAX_DEPTH} levels deep",
                e.line, e.column
            )
        } else {
            format!("not valid JSON: {e}")
        };
        Problems::one("", message)
    })
}

pub(crate) fn read_options(reader: &mut Reader, path: &Path, value: &Json) -> TreemapOptions {
    let mut options = TreemapOptions::default();
    let Some(map) = reader.object(path, value, OPTION_FIELDS) else { return options };
    if let Some(tiling) = reader.opt_choice(path, map, "tiling", TILINGS) {
        options.tiling = tiling;
    }
    if let Some(ratio) = reader.opt_number(path, map, "ratio", (1.0, 100.0), "a number from 1 to 100") {
        options.ratio = ratio;
    }
    if let Some(a) = reader.opt_number(path, map, "minCellArea", (0.0, 1e6), "square pixels from 0 to 1000000") {
        options.min_cell_area = a;
    }
    if let Some(color_by) = reader.opt_choice(path, map, "colorBy", COLOR_BYS) {
        options.color_by = color_by;
    }
    if let Some(sort) = reader.opt_choice(path, map, "sort", SORTS) {
        options.sort = sort;
    }
    if let Some(padding) = map.get("padding") {
        let path = path.key("padding");
        if let Some(map) = reader.object(&path, padding, PADDING_FIELDS) {
            let range = (0.0, 1000.0);
            let words = "a number of pixels from 0 to 1000";
            let pad = &mut options.padding;
            pad.outer = reader.opt_number(&path, map, "outer", range, words).unwrap_or(pad.outer);
            pad.inner = reader.opt_number(&path, map, "inner", range, words).unwrap_or(pad.inner);
            pad.top = reader.opt_number(&path, map, "top", range, words).unwrap_or(pad.top);
        }
    }
    options
}

/// An id may be a string or an integer (flat data exported from spreadsheets often has numbers).
pub(crate) fn read_id(reader: &mut Reader, path: &Path, value: &Json) -> Option<String> {
    match value {
        Json::Int(i) => Some(i.to_string()),
        Json::Uint(u) => Some(u.to_string()),
        Json::String(s) if !s.is_empty() => reader.string(path, value),
        other => {
            reader.report(path, format!("expected a non-empty string or an integer, got {}", describe(other)));
            None
        }
    }
}

/// The fields every node has, in both formats (everything but the structure).
pub(crate) fn read_node_data(reader: &mut Reader, path: &Path, map: &Object) -> NodeData {
    let name = match map.get("name") {
        None => {
            reader.report(path, "missing \"name\"");
            String::new()
        }
        Some(v) => match reader.string(&path.key("name"), v) {
            Some(s) if s.trim().is_empty() => {
                reader.report(&path.key("name"), "must not be empty");
                s
            }
            s => s.unwrap_or_default(),
        },
    };
    let id = match map.get("id") {
        None | Some(Json::Null) => None,
        Some(v) => read_id(reader, &path.key("id"), v),
    };
    NodeData {
        id,
        name,
        value: reader.opt_number(path, map, "value", (0.0, f64::MAX), "a finite number >= 0"),
        description: reader.opt_string(path, map, "description"),
        assumed: reader.opt_bool(path, map, "assumed").unwrap_or(false),
        note: reader.opt_string(path, map, "note"),
        color: read_color(reader, path, map),
    }
}

/// `color`: any CSS colour (hex, rgb(), hsl() or a name).
fn read_color(reader: &mut Reader, path: &Path, map: &Object) -> Option<u32> {
    let text = reader.opt_string(path, map, "color")?;
    let rgb = super::css_color::parse_css_color(&text);
    if rgb.is_none() {
        let shown: String = text.chars().take(30).collect();
        reader.report(&path.key("color"), format!("\"{shown}\" is not a CSS colour: give #rrggbb, rgb(…), hsl(…) or a colour name"));
    }
    rgb
}

/// A group's stated value may not be below the sum of its children (a small relative
/// tolerance absorbs floating-point sums such as 0.1 + 0.2).
pub(crate) fn check_group_value(reader: &mut Reader, path: &Path, stated: Option<f64>, children_sum: f64) {
    if let Some(stated) = stated {
        if stated < children_sum * (1.0 - 1e-9) {
            reader.report(
                &path.key("value"),
                format!("{} is less than the sum of its children ({})", crate::decimal::Decimal(stated), crate::decimal::Decimal(children_sum)),
            );
        }
    }
}

struct NestedWalk<'r> {
    reader: &'r mut Reader,
    tree: Tree,
    /// First JSON path at which each id was seen, to name both places of a duplicate.
    ids: FastMap<String, String>,
    too_many_reported: bool,
}

/// `objects`: how many the document holds, the most nodes its tree can have.
fn read_nested(reader: &mut Reader, path: &Path, value: &Json, objects: usize) -> Option<Tree> {
    let mut walk = NestedWalk { reader, tree: Tree::with_capacity(objects.min(MAX_NODES)), ids: FastMap::default(), too_many_reported: false };
    walk.node(path, value, None);
    if walk.tree.is_empty() {
        return None;
    }
    walk.tree.sum_values();
    Some(walk.tree)
}

impl NestedWalk<'_> {
    /// Reads one node and, recursively, its children (recursion is bounded by `MAX_DEPTH`).
    /// Returns the node's summed value, for the parent's check.
    fn node(&mut self, path: &Path, value: &Json, parent: Option<usize>) -> f64 {
        let depth = parent.map_or(0, |p| self.tree.nodes()[p].depth + 1);
        if depth > MAX_DEPTH {
            self.reader.report(path, format!("nesting deeper than {MAX_DEPTH} levels"));
            return 0.0;
        }
        if self.tree.len() >= MAX_NODES {
            if !self.too_many_reported {
                self.reader.report(path, format!("more than {MAX_NODES} nodes"));
                self.too_many_reported = true;
            }
            return 0.0;
        }
        let Some(map) = self.reader.object(path, value, NODE_FIELDS) else { return 0.0 };
        let data = read_node_data(self.reader, path, map);
        if let Some(id) = &data.id {
            match self.ids.get(id) {
                Some(first) => {
                    let message = format!("duplicate id \"{id}\" (first used at {first})");
                    self.reader.report(&path.key("id"), message);
                }
                None => {
                    self.ids.insert(id.clone(), path.to_string());
                }
            }
        }
        let stated = data.value;
        let index = self.tree.push(data, parent);
        let children = match map.get("children") {
            None | Some(Json::Null) => &[][..],
            Some(Json::Array(children)) => children.as_slice(),
            Some(other) => {
                self.reader.report(&path.key("children"), format!("expected an array, got {}", describe(other)));
                &[][..]
            }
        };
        if children.is_empty() {
            if matches!(map.get("value"), None | Some(Json::Null)) {
                self.reader.report(path, "missing \"value\": a node without children needs one");
            }
            return stated.unwrap_or(0.0);
        }
        let children_path = path.key("children");
        let mut sum = 0.0;
        for (i, child) in children.iter().enumerate() {
            sum += self.node(&children_path.index(i), child, Some(index));
        }
        check_group_value(self.reader, path, stated, sum);
        stated.map_or(sum, |s| s.max(sum))
    }
}
