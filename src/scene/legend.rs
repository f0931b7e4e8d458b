//! The treemap's key and footer. The tier legend names every tier (swatch, name, total and
//! share), so tiers whose cells are too small for labels are still named; with it go the groups
//! whose header band had no room for their name. The elements write it as DOM text under the
//! canvas; exports draw it in the scene, above the source and the assumed-value note.

use super::treemap::{shade, tier_color, Builder};
use super::{Align, Cell, Color, Item, Theme, TreemapStyle};
use crate::format::{share_percent, with_unit, FormatNumber};
use crate::layout::Rect;
use crate::messages::Msg;
use crate::model::{ColorBy, TreemapSpec};
use crate::text::{ellipsize, may_fit, wrap_ellipsis, Font, Line, LINE_HEIGHT};

/// One tier of the legend: its node, its swatch colour (the tier's header band), and the
/// groups under it, in the current view, whose header showed no name.
#[derive(Clone, Debug, PartialEq)]
pub struct TierEntry {
    pub node: usize,
    pub color: Color,
    pub unnamed_groups: Vec<usize>,
}

/// The legend of a scene's `cells` for the view at `root`: every top-level group when cells
/// are coloured by tier (none when coloured by value: the ramp is the key then).
pub fn tier_legend(spec: &TreemapSpec, theme: &Theme, cells: &[Cell], root: usize) -> Vec<TierEntry> {
    if spec.options.color_by != ColorBy::Tier {
        return Vec::new();
    }
    let nodes = spec.tree.nodes();
    let Some(top) = nodes.first() else { return Vec::new() };
    let view_end = nodes.get(root).map_or(0, |n| n.subtree_end);
    let named = |g: usize| cells.iter().any(|c| c.node == g && c.folded == 0 && c.label.is_some());
    top.children
        .iter()
        .enumerate()
        .map(|(tier, &node)| {
            let end = nodes.get(node).map_or(node, |n| n.subtree_end);
            // The groups below the tier and inside the view (whose root the heading names).
            let unnamed_groups = (node + 1..end).filter(|&g| g > root && g < view_end && nodes.get(g).is_some_and(|n| !n.is_leaf()) && !named(g)).collect();
            // The swatch is the tier's most vivid fill: its header band on light, its cells on dark (where
            // header bands are toned down and the cells stay bright).
            let color = nodes.get(node).and_then(|n| n.color).map_or_else(|| shade(theme, tier_color(theme, tier), theme.is_dark(), 1), Color::hex);
            TierEntry { node, color, unnamed_groups }
        })
        .collect()
}

/// A legend entry's words: "Trillion-level leading clusters", "3 trillion yuan", "50%" (of the total).
pub struct EntryText {
    pub name: String,
    pub value: String,
    pub share: String,
}

pub fn entry_text(spec: &TreemapSpec, node: usize, numbers: &dyn FormatNumber) -> Option<EntryText> {
    let nodes = spec.tree.nodes();
    let n = nodes.get(node)?;
    let total = nodes.first().map_or(0.0, |r| r.value);
    Some(EntryText {
        name: n.name.clone(),
        value: with_unit(&numbers.format_compact(n.value), spec.unit.as_deref()),
        share: share_percent(n.value, total),
    })
}

const SWATCH: f64 = 10.0;
const ENTRY_GAP: f64 = 14.0;

/// Draws (for exports) the tier legend and, below it, the source and assumed-value note, from
/// `bottom` upward; returns the top of what was drawn, less a gap (the cells' new bottom).
pub fn draw_footer(b: &mut Builder, spec: &TreemapSpec, numbers: &dyn FormatNumber, style: &TreemapStyle, width: f64, bottom: f64) -> f64 {
    let theme = &style.theme;
    let font = Font { size: style.footer_size, bold: false };
    let line_h = font.size * LINE_HEIGHT;
    let messages = spec.messages(None);
    let mut parts = Vec::new();
    if let Some(source) = &spec.source {
        parts.push(messages.fill(Msg::Source, &[("source", source)]));
    }
    if spec.tree.nodes().iter().any(|n| n.assumed) {
        parts.push(messages.get(Msg::AssumedNote).to_string());
    }
    let mut bottom = bottom;
    if !parts.is_empty() {
        let lines = wrap_ellipsis(b.measure, &crate::words::join(&parts, " · "), font, width, 3);
        bottom -= lines.len() as f64 * line_h;
        b.lines(&lines, 0.0, bottom, theme.muted);
        bottom -= 6.0;
    }
    if spec.options.color_by != ColorBy::Tier {
        return bottom;
    }
    // The entries flow in rows; an entry too wide for a row keeps its name (cut if it must be)
    // and drops its numbers, which are never cut.
    let room = (width - SWATCH - 4.0).max(0.0);
    let entries: Vec<(Color, Line)> = tier_legend(spec, theme, &[], 0)
        .iter()
        .filter_map(|e| {
            let EntryText { name, value, share } = entry_text(spec, e.node, numbers)?;
            let whole = format!("{name} · {value} · {share}");
            let w = if may_fit(&whole, font, room) { b.measure.width(&whole, font) } else { f64::INFINITY };
            let line = if w <= room { Some(Line { text: whole, font, width: w }) } else { ellipsize(b.measure, &name, font, room) };
            line.map(|l| (e.color, l))
        })
        .collect();
    let mut rows: Vec<Vec<(Color, Line)>> = Vec::new();
    let mut x = f64::INFINITY;
    for (color, line) in entries {
        let w = SWATCH + 4.0 + line.width;
        if x + w > width {
            rows.push(Vec::new());
            x = 0.0;
        }
        x += w + ENTRY_GAP;
        if let Some(row) = rows.last_mut() {
            row.push((color, line));
        }
    }
    let top = bottom - rows.len() as f64 * line_h;
    for (r, row) in rows.into_iter().enumerate() {
        let y = top + r as f64 * line_h;
        let mut x = 0.0;
        for (color, line) in row {
            let sy = y + (line_h - SWATCH) / 2.0;
            b.items.push(Item::Rect { rect: Rect::new(x, sy, x + SWATCH, sy + SWATCH), fill: color });
            let tx = x + SWATCH + 4.0;
            let bounds = Rect::new(tx, y, tx + line.width, y + line_h);
            x = bounds.x1 + ENTRY_GAP;
            b.items.push(Item::Text { x: tx, y, text: line.text, font, color: theme.text, align: Align::Start, bounds });
        }
    }
    if top < bottom {
        top - 6.0
    } else {
        bottom
    }
}
