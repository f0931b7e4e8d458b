//! The treemap scene: title and subtitle above, source and notes below, and the cells between,
//! coloured by tier (the depth-1 ancestor) with lighter shades for descendants. Group headers
//! sit in the `top` padding band; leaf labels are fitted inside their cells.

use super::{sequential, Align, Cell, Color, Item, Scene, Theme};
use crate::model::ColorBy;
use crate::format::{share_percent, with_unit, FormatNumber};
use crate::layout::{header_height, layout, LayoutOptions, Rect, TilingMemory};
use crate::messages::Msg;
use crate::model::TreemapSpec;
use crate::num::Clamped;
use crate::text::{fit_label, may_fit, wrap_ellipsis, Font, LabelRequest, Line, TextMeasure, LINE_HEIGHT};

#[derive(Clone, Copy, Debug)]
pub struct TreemapStyle {
    pub margin: f64,
    pub title_size: f64,
    pub subtitle_size: f64,
    pub footer_size: f64,
    pub header_size: f64,
    pub label_max: f64,
    pub label_min: f64,
    /// Inset of a leaf label from its cell's edges.
    pub label_inset: f64,
    pub theme: Theme,
    /// Title, subtitle, tier legend, source and notes drawn in the scene (exports). The
    /// elements write them as DOM text around the canvas instead, where they wrap and reflow.
    pub chrome: bool,
}

impl Default for TreemapStyle {
    fn default() -> Self {
        TreemapStyle {
            margin: 4.0,
            title_size: 18.0,
            subtitle_size: 13.0,
            footer_size: 11.0,
            header_size: 12.0,
            label_max: 14.0,
            label_min: 9.0,
            label_inset: 4.0,
            theme: Theme::LIGHT,
            chrome: true,
        }
    }
}

/// Shade of a node's fill. Light themes: groups at depth 1 take the tier colour itself, deeper
/// groups a lighter tint, leaves the lightest (labels read in dark ink, gaps show the group).
/// Dark themes: the order turned over — leaves nearly the (lighter) tier colour, header bands
/// toned halfway toward the background, so bands and cells read as one family (and every band
/// takes white labels, every leaf dark ones: no shade sits where both contrast poorly).
pub fn shade(theme: &Theme, base: Color, is_leaf: bool, depth: usize) -> Color {
    let deeper = depth.saturating_sub(1) as f64;
    let t = match (theme.is_dark(), is_leaf) {
        (false, true) => 0.45,
        (false, false) => (0.2 * deeper).min(0.35),
        (true, true) => 0.12,
        (true, false) => 0.5,
    };
    theme.tint(base, t)
}

/// Group fill when colouring by value: neutral greys, so the value colours stand out.
const VALUE_GROUP: Color = Color::hex(0x6B6B6B);

/// How leaf values map onto the sequential scale: linearly, or logarithmically when the largest
/// positive value is more than 20 times the smallest.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueScale {
    pub min: f64,
    pub max: f64,
    pub log: bool,
}

impl ValueScale {
    fn of(values: impl Iterator<Item = f64>) -> Option<ValueScale> {
        let (min, max) = values.filter(|v| *v > 0.0).fold((f64::INFINITY, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        (max > 0.0).then_some(ValueScale { min, max, log: max / min > 20.0 })
    }

    pub fn t(&self, v: f64) -> f64 {
        if self.max <= self.min {
            return 1.0;
        }
        let t = if self.log { (v.max(self.min).ln() - self.min.ln()) / (self.max.ln() - self.min.ln()) } else { (v - self.min) / (self.max - self.min) };
        t.clamped(0.0, 1.0)
    }
}

pub(super) struct Builder<'a> {
    pub measure: &'a dyn TextMeasure,
    pub items: Vec<Item>,
}

impl Builder<'_> {
    /// Pushes lines top-down from `(x, y)`, left-aligned; returns their bounding box.
    pub fn lines(&mut self, lines: &[Line], x: f64, y: f64, color: Color) -> Rect {
        let mut top = y;
        let mut right = x;
        for line in lines {
            let h = line.font.size * LINE_HEIGHT;
            let bounds = Rect::new(x, top, x + line.width, top + h);
            right = right.max(bounds.x1);
            self.items.push(Item::Text { x, y: top, text: line.text.clone(), font: line.font, color, align: Align::Start, bounds });
            top += h;
        }
        Rect::new(x, y, right, top)
    }

    /// A block of wrapped text across the full width, at most `max_lines`, from `y`.
    pub fn paragraph(&mut self, text: &str, font: Font, x: f64, y: f64, width: f64, max_lines: usize, color: Color) -> f64 {
        let lines = wrap_ellipsis(self.measure, text, font, width, max_lines);
        self.lines(&lines, x, y, color).y1
    }
}

/// What the reader is looking at: the drill root, the highlighted cells, and the motion of a
/// running transition.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct View<'a> {
    pub root: usize,
    pub hover: Option<usize>,
    pub selected: Option<usize>,
    /// The keyboard focus, drawn as a ring only while the widget has focus.
    pub focus: Option<usize>,
    pub show_focus: bool,
    pub zoom: Option<Zoom>,
    /// New data arriving: each node's rectangle before the update (by node index; `None` for
    /// new nodes, which grow from their centre) and the progress in [0, 1].
    pub morph: Option<(&'a [Option<Rect>], f64)>,
}

/// A drill transition's frame: the affine map (per axis) that takes rectangle `from` onto `to`.
/// Cells are drawn through it, clipped to the treemap area, without labels until it ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zoom {
    pub from: Rect,
    pub to: Rect,
}

impl Zoom {
    pub fn apply(&self, r: &Rect) -> Rect {
        let sx = if self.from.width() > 0.0 { self.to.width() / self.from.width() } else { 1.0 };
        let sy = if self.from.height() > 0.0 { self.to.height() / self.from.height() } else { 1.0 };
        let x = |v: f64| self.to.x0 + (v - self.from.x0) * sx;
        let y = |v: f64| self.to.y0 + (v - self.from.y0) * sy;
        Rect::new(x(r.x0), y(r.y0), x(r.x1), y(r.y1))
    }
}

/// Linear interpolation between two rectangles, `t` in [0, 1].
pub fn lerp_rect(a: &Rect, b: &Rect, t: f64) -> Rect {
    let l = |p: f64, q: f64| p + (q - p) * t;
    Rect::new(l(a.x0, b.x0), l(a.y0, b.y0), l(a.x1, b.x1), l(a.y1, b.y1))
}

/// A treemap's scene and the layout it was drawn from (for hit-testing until the next frame).
pub struct TreemapScene {
    pub scene: Scene,
    /// One rectangle per node for the view's subtree (empty elsewhere), before any zoom.
    pub rects: Vec<Rect>,
    /// The area the cells are laid out in (below the title, above the footer).
    pub area: Rect,
}

/// The edge colour of a cell: its fill darkened (or, for a dark fill, lightened) until the two
/// contrast at least 3:1.
pub fn edge_of(fill: Color) -> Color {
    let toward = if fill.luminance() > 0.18 { Color::hex(0x000000) } else { Color::WHITE };
    (1..=10).map(|k| fill.mix(toward, k as f64 * 0.1)).find(|c| c.contrast(fill) >= 3.0).unwrap_or(toward)
}

/// Outline of `r`, `w` pixels wide, inside it, as four rectangles.
fn outline(r: &Rect, w: f64, color: Color, items: &mut Vec<Item>) {
    let w = w.min(r.width() / 2.0).min(r.height() / 2.0).max(0.0);
    for rect in [
        Rect::new(r.x0, r.y0, r.x1, r.y0 + w),
        Rect::new(r.x0, r.y1 - w, r.x1, r.y1),
        Rect::new(r.x0, r.y0 + w, r.x0 + w, r.y1 - w),
        Rect::new(r.x1 - w, r.y0 + w, r.x1, r.y1 - w),
    ] {
        items.push(Item::Rect { rect, fill: color });
    }
}

/// The colour legend for value colouring, bottom-up from `bottom`: a ramp from the smallest to
/// the largest value with both written beside it. Returns the new bottom.
#[allow(clippy::too_many_arguments)]
fn legend(b: &mut Builder, scale: &ValueScale, spec: &TreemapSpec, numbers: &dyn FormatNumber, x: f64, bottom: f64, width: f64, style: &TreemapStyle) -> f64 {
    let (unit, messages) = (spec.unit.as_deref(), spec.messages(None));
    let font = Font { size: style.footer_size, bold: false };
    let h = font.size * LINE_HEIGHT;
    let top = bottom - h;
    let lo = numbers.format_compact(scale.min);
    let hi = with_unit(&numbers.format_compact(scale.max), unit);
    let hi = if scale.log { messages.fill(Msg::LogScale, &[("value", &hi)]) } else { hi };
    let (lo_w, hi_w) = (b.measure.width(&lo, font), b.measure.width(&hi, font));
    let ramp_w = 120.0f64.min(width - lo_w - hi_w - 12.0);
    if ramp_w < 30.0 {
        return bottom;
    }
    b.lines(&[Line { text: lo.clone(), font, width: lo_w }], x, top, style.theme.muted);
    let x0 = x + lo_w + 6.0;
    let steps = 24;
    for k in 0..steps {
        let rect = Rect::new(x0 + ramp_w * k as f64 / steps as f64, top + 2.0, x0 + ramp_w * (k + 1) as f64 / steps as f64, top + h - 2.0);
        b.items.push(Item::Rect { rect, fill: sequential(k as f64 / (steps - 1) as f64) });
    }
    b.lines(&[Line { text: hi, font, width: hi_w }], x0 + ramp_w + 6.0, top, style.theme.muted);
    top - 4.0
}

/// The index of `node`'s tier among the top-level groups (0 for the root), which picks its colour.
pub fn tier_index(spec: &TreemapSpec, node: usize) -> usize {
    let nodes = spec.tree.nodes();
    spec.tree.tier_of(node).map_or(0, |t| nodes.first().and_then(|root| root.children.iter().position(|&c| c == t)).unwrap_or(0))
}

/// The tier colour of a tier index (repeating after the palette's end).
pub fn tier_color(theme: &Theme, tier: usize) -> Color {
    theme.palette[tier % theme.palette.len()]
}

/// Each node's colour from the data, its own or its nearest coloured ancestor's with that
/// ancestor's depth (one pre-order pass); `None` when the data colours no node.
fn data_colors(spec: &TreemapSpec) -> Option<Vec<Option<(Color, usize)>>> {
    let nodes = spec.tree.nodes();
    if nodes.iter().all(|n| n.color.is_none()) {
        return None;
    }
    let mut out: Vec<Option<(Color, usize)>> = Vec::with_capacity(nodes.len());
    for n in nodes {
        let inherited = n.parent.and_then(|p| out.get(p).copied().flatten());
        out.push(n.color.map(|c| (Color::hex(c), n.depth)).or(inherited));
    }
    Some(out)
}

/// A leaf label waiting for the sibling rule: leaves of one parent with equal values share one
/// text size (the smallest any of them fitted), so equal cells read as equal.
struct PendingLabel {
    cell: usize,
    ink: Color,
    size: f64,
    lines: Vec<Line>,
}

/// Builds the treemap scene for a `width` × `height` widget showing `view`.
pub fn build_treemap_scene(
    spec: &TreemapSpec,
    width: f64,
    height: f64,
    measure: &dyn TextMeasure,
    numbers: &dyn FormatNumber,
    style: &TreemapStyle,
    view: &View,
    memory: Option<&mut TilingMemory>,
) -> TreemapScene {
    let mut b = Builder { measure, items: Vec::new() };
    let theme = &style.theme;
    let m = style.margin;
    // Text starts at the cells' left edge, so title, legend and cells line up.
    let text_width = width.max(0.0);
    // Title, subtitle and footer only in exports, and only when the widget can spare them.
    let chrome = style.chrome && height >= 200.0;
    let nodes = spec.tree.nodes();
    let root = view.root.min(nodes.len().saturating_sub(1));

    let mut top = 0.0;
    if chrome {
        top = m;
        if let Some(title) = &spec.title {
            top = b.paragraph(title, Font { size: style.title_size, bold: true }, 0.0, top, text_width, 2, theme.text);
        }
        if let Some(subtitle) = &spec.subtitle {
            top = b.paragraph(subtitle, Font { size: style.subtitle_size, bold: false }, 0.0, top, text_width, 3, theme.muted);
        }
        top += if top > m { 6.0 } else { 0.0 };
    }

    let value_scale = match spec.options.color_by {
        ColorBy::Value => ValueScale::of((root..nodes[root].subtree_end).filter(|&i| nodes[i].is_leaf()).map(|i| nodes[i].value)),
        ColorBy::Tier => None,
    };
    let mut bottom = height;
    if chrome {
        bottom = super::legend::draw_footer(&mut b, spec, numbers, style, text_width, height - m);
        if let Some(scale) = value_scale {
            bottom = legend(&mut b, &scale, spec, numbers, 0.0, bottom, text_width, style);
        }
    }

    let area = Rect::new(0.0, top, width, bottom.max(top));
    let o = &spec.options;
    let view_layout = layout(&spec.tree, &LayoutOptions::of(o, area).at(root), memory);
    let rects = view_layout.rects;
    let moving = view.zoom.is_some() || view.morph.is_some();
    // Grown as cells are drawn, not reserved per node: folding leaves a 1e5-node tree about two
    // thousand cells, and a scene asked for before the first size (the element's describe()
    // calls) has none.
    let mut cells = Vec::new();
    let mut pending: Vec<PendingLabel> = Vec::new();
    let clip = |r: Rect| Rect::new(r.x0.max(area.x0), r.y0.max(area.y0), r.x1.min(area.x1), r.y1.min(area.y1));
    let placed = |node: Option<usize>, r: &Rect| match (&view.zoom, &view.morph) {
        // Clip to the area: zooming out, the picture starts larger than the widget.
        (Some(z), _) => clip(z.apply(r)),
        (None, Some((before, t))) => {
            let (cx, cy) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
            let from = node.and_then(|n| before.get(n).copied().flatten()).unwrap_or(Rect::new(cx, cy, cx, cy));
            lerp_rect(&from, r, *t)
        }
        (None, None) => *r,
    };
    let shown = |r: &Rect| placed(None, r);
    let messages = spec.messages(None);
    let inset = style.label_inset;
    let colors = data_colors(spec);
    for (i, node) in nodes.iter().enumerate().take(nodes[root].subtree_end).skip(root) {
        if i == root && !node.is_leaf() {
            continue; // the view's root is the whole picture, named by the title and breadcrumb
        }
        let rect = placed(Some(i), &rects[i]);
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            continue;
        }
        // A colour from the data wins: the node's own as given, an ancestor's as shades of it.
        let given = colors.as_ref().and_then(|c| c.get(i).copied().flatten());
        let fill = match value_scale {
            _ if given.is_some() => given.map_or(theme.background, |(c, d)| if node.color.is_some() { c } else { shade(theme, c, node.is_leaf(), node.depth.saturating_sub(d) + 1) }),
            Some(scale) if node.is_leaf() => sequential(scale.t(node.value)),
            Some(_) => theme.tint(VALUE_GROUP, (0.15 * node.depth.saturating_sub(1) as f64).min(0.3)),
            None => shade(theme, tier_color(theme, tier_index(spec, i)), node.is_leaf(), node.depth),
        };
        // Forced colours: every cell the background, outlined in the text colour.
        let fill = if theme.forced.is_some() { theme.background } else { fill };
        b.items.push(Item::Rect { rect, fill });
        // WCAG 1.4.11: a cell's edge contrasts 3:1 with its fill, so equal-coloured siblings
        // stay apart where the gap between them alone would not, and a tier whose colour is
        // close to the background (yellow on white) still has a visible boundary (cells too
        // small for an edge are specks of their group).
        if theme.forced.is_some() {
            outline(&rect, 1.0, theme.text, &mut b.items);
        } else if rect.width() >= 6.0 && rect.height() >= 6.0 {
            outline(&rect, 1.0, edge_of(fill), &mut b.items);
        }

        // No text while moving (labels return when the motion ends), nor in a cell with no room
        // for one line: most cells of a big tree, which then cost no number formatting,
        // contrast or measuring. A group's line goes in its header band.
        let band = header_height(&rect, o.padding, false);
        let (room, line_size) = if node.is_leaf() { (rect.height() - 2.0 * inset, style.label_min) } else { (band.min(rect.height()), style.header_size) };
        if moving || rect.width() <= 2.0 * inset || room < line_size * LINE_HEIGHT {
            cells.push(Cell { node: i, rect, fill, label: None, folded: 0 });
            continue;
        }
        // The unit is stated once for the widget (legend, tooltip), not in every cell.
        let value = numbers.format_compact(node.value);
        let ink = fill.text_on();
        if node.is_leaf() {
            if let Some(lines) = fit_leaf(measure, node, &value, style.label_max, style, &rect) {
                pending.push(PendingLabel { cell: cells.len(), ink, size: lines.first().map_or(0.0, |l| l.font.size), lines });
            }
            cells.push(Cell { node: i, rect, fill, label: None, folded: 0 });
        } else {
            // A header is written whole or not at all (the tier legend names the group then):
            // with its value if that fits, else the name alone.
            let font = Font { size: style.header_size, bold: true };
            let w = rect.width() - 2.0 * inset;
            let line = [format!("{} · {}", node.name, value), node.name.clone()].into_iter().filter(|t| may_fit(t, font, w)).find_map(|text| {
                let width = measure.width(&text, font);
                (width <= w).then_some(Line { text, font, width })
            });
            let y = rect.y0 + ((band - font.size * LINE_HEIGHT) / 2.0).max(0.0);
            let label = line.map(|l| b.lines(&[l], rect.x0 + inset, y, ink));
            cells.push(Cell { node: i, rect, fill, label, folded: 0 });
        }
    }
    place_leaf_labels(&mut b, pending, &mut cells, spec, numbers, style);

    // "Other" cells: a greyed shade of the tier, labelled with how many cells and how much.
    for f in &view_layout.folded {
        let rect = shown(&f.rect);
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            continue;
        }
        let first = f.children.first().copied().unwrap_or(f.group);
        let fill = shade(theme, tier_color(theme, tier_index(spec, first)), true, 0).mix(Color::hex(0x9E9E9E), 0.45);
        b.items.push(Item::Rect { rect, fill });
        let n = f.children.len();
        let (w, h) = (rect.width() - 2.0 * inset, rect.height() - 2.0 * inset);
        let label = if moving || w <= 0.0 || h < style.label_min * LINE_HEIGHT {
            None
        } else {
            let (share, count) = (share_percent(f.value, nodes[f.group].value), format!("{n}"));
            let values = [("n", count.as_str()), ("share", share.as_str())];
            // Numbers are never cut: take the longest wording that fits whole.
            [messages.fill(Msg::Other, &values), messages.fill(Msg::OtherCount, &values), format!("+{n}")].iter().find_map(|text| {
                let req = LabelRequest { name: text, details: &[], max_size: style.label_max, min_size: style.label_min };
                fit_label(measure, &req, w, h).filter(|lines| lines.iter().all(|l| !l.text.ends_with('…')))
            })
        };
        let label = label.map(|lines| b.lines(&lines, rect.x0 + inset, rect.y0 + inset, fill.text_on()));
        cells.push(Cell { node: f.group, rect, fill, label, folded: n });
    }

    let mut scene = Scene { width, height, background: theme.background, items: b.items, cells };
    add_highlights(&mut scene, view, theme);
    TreemapScene { scene, rects, area }
}

/// Writes the leaf labels, each sibling group of equal values at the smallest size any of them
/// fitted: labels fitted larger are fitted again with that size as their maximum.
/// Fits a leaf's label: its name and value, at most `max_size`. An assumed value's mark goes on
/// the name and survives an ellipsis ("Biomanufac…*"), so it shows wherever a label does.
fn fit_leaf(measure: &dyn TextMeasure, node: &crate::tree::Node, value: &str, max_size: f64, style: &TreemapStyle, rect: &Rect) -> Option<Vec<Line>> {
    let inset = style.label_inset;
    let (w, h) = (rect.width() - 2.0 * inset, rect.height() - 2.0 * inset);
    let req = LabelRequest { name: &node.name, details: &[value], max_size, min_size: style.label_min.min(max_size) };
    let mut lines = fit_label(measure, &req, w, h)?;
    if node.assumed {
        // The star follows the name's last line (the one before the value, if any).
        let at = if lines.len() > 1 && lines.last().is_some_and(|l| !l.font.bold) { lines.len() - 2 } else { lines.len() - 1 };
        let line = lines.get_mut(at)?;
        let star = measure.width("*", line.font);
        let base = line.text.trim_end_matches('…');
        let fitted = crate::text::ellipsize(measure, base, line.font, w - star)?;
        *line = Line { text: format!("{}*", fitted.text), font: line.font, width: fitted.width + star };
    }
    Some(lines)
}

fn place_leaf_labels(b: &mut Builder, pending: Vec<PendingLabel>, cells: &mut [Cell], spec: &TreemapSpec, numbers: &dyn FormatNumber, style: &TreemapStyle) {
    let nodes = spec.tree.nodes();
    let keys: Vec<Option<(Option<usize>, u64)>> = pending.iter().map(|p| cells.get(p.cell).and_then(|c| nodes.get(c.node)).map(|n| (n.parent, n.value.to_bits()))).collect();
    // Group equal keys by sorting (no hash map: it is wasm size), then take each run's minimum.
    let mut by_key: Vec<usize> = (0..pending.len()).collect();
    crate::layout::order::stable_sort(&mut by_key, &|a, b| keys[a] < keys[b]);
    let mut smallest: Vec<f64> = pending.iter().map(|p| p.size).collect();
    for run in by_key.chunk_by(|&a, &b| keys[a] == keys[b]) {
        let min = run.iter().map(|&i| pending[i].size).fold(f64::INFINITY, f64::min);
        for &i in run {
            smallest[i] = min;
        }
    }
    let inset = style.label_inset;
    for (p, size) in pending.into_iter().zip(smallest) {
        let Some(cell) = cells.get_mut(p.cell) else { continue };
        let lines = if size < p.size {
            let node = &nodes[cell.node];
            fit_leaf(b.measure, node, &numbers.format_compact(node.value), size, style, &cell.rect)
        } else {
            Some(p.lines)
        };
        if let Some(lines) = lines {
            cell.label = Some(b.lines(&lines, cell.rect.x0 + inset, cell.rect.y0 + inset, p.ink));
        }
    }
}

/// Hover and selection outlines in the text colour, and the focus ring thicker (in Highlight
/// under forced colours) with an inner edge in the background colour (WCAG 2.4.7), on top of the cells. Separate from the build so
/// that a hover frame can draw a built scene and these few items over it, instead of laying out
/// and fitting labels again (or copying the scene).
pub fn highlight_items(cells: &[Cell], view: &View, theme: &Theme) -> Vec<Item> {
    let mut items = Vec::new();
    for (node, w) in [(view.hover, 2.0), (view.selected, 2.0), (view.focus.filter(|_| view.show_focus), 3.0)] {
        if let Some(r) = node.and_then(|n| cells.iter().find(|c| c.node == n && c.folded == 0)).map(|c| c.rect) {
            // Forced colours: the focus ring in the system's Highlight.
            let ring = if w > 2.0 { theme.forced.unwrap_or(theme.text) } else { theme.text };
            outline(&r, w, ring, &mut items);
            if w > 2.0 {
                outline(&Rect::new(r.x0 + w, r.y0 + w, r.x1 - w, r.y1 - w), 1.0, theme.background, &mut items);
            }
        }
    }
    items
}

/// [`highlight_items`] added to the scene itself (for exports and tests).
pub fn add_highlights(scene: &mut Scene, view: &View, theme: &Theme) {
    let items = highlight_items(&scene.cells, view, theme);
    scene.items.extend(items);
}
