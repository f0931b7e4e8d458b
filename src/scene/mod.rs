//! A widget as plain data: filled rectangles, polygons and positioned text in CSS pixels, plus
//! the cells that hit-testing, accessibility and tests read. Built by pure code, drawn by
//! `draw` onto any plotters backend; tests assert on this value rather than on pixels.

mod color;
mod gauge;
mod grid;
mod legend;
mod treemap;

pub use color::{sequential, Color, Theme, BLUES, DARK_TIER_PALETTE, PALETTE_SIZE, TIER_PALETTE};
pub use grid::{gauges_scene, gauges_scene_with, BULLET_CELL_HEIGHT, GAUGE_GAP, GAUGE_MIN_CELL};
pub use gauge::{build_gauge_scene, gauge_lines, gauge_value_text, GaugeLook, GaugeScene, Secondary, DROP_ORDER};
pub use legend::{entry_text, tier_legend, EntryText, TierEntry};
pub use treemap::{add_highlights, shade, tier_color, tier_index, build_treemap_scene, highlight_items, lerp_rect, TreemapScene, TreemapStyle, View, Zoom};

use crate::layout::Rect;
use crate::text::Font;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Start,
    Center,
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Rect { rect: Rect, fill: Color },
    Polygon { points: Vec<(f64, f64)>, fill: Color },
    /// One line of text; `x` is its anchor (by `align`), `y` the top of its line box.
    /// `bounds` is its measured box, which never leaves the cell or area it labels.
    Text { x: f64, y: f64, text: String, font: Font, color: Color, align: Align, bounds: Rect },
}

/// A treemap cell as drawn: which node, where, and where its label went.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub node: usize,
    pub rect: Rect,
    pub fill: Color,
    /// The box of the label's lines, if any fitted (for leaves, inside the cell; for groups,
    /// inside the header band).
    pub label: Option<Rect>,
    /// For an "Other" cell, how many of `node`'s children it stands for (0 for ordinary cells).
    pub folded: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub background: Color,
    pub items: Vec<Item>,
    pub cells: Vec<Cell>,
}

impl Scene {
    /// Adds `other`'s items, shifted by `(dx, dy)` (composes a grid of widgets into one scene).
    pub fn place(&mut self, other: Scene, dx: f64, dy: f64) {
        let shift = |r: Rect| Rect::new(r.x0 + dx, r.y0 + dy, r.x1 + dx, r.y1 + dy);
        for item in other.items {
            self.items.push(match item {
                Item::Rect { rect, fill } => Item::Rect { rect: shift(rect), fill },
                Item::Polygon { points, fill } => Item::Polygon { points: points.into_iter().map(|(x, y)| (x + dx, y + dy)).collect(), fill },
                Item::Text { x, y, text, font, color, align, bounds } => Item::Text { x: x + dx, y: y + dy, text, font, color, align, bounds: shift(bounds) },
            });
        }
        for cell in other.cells {
            self.cells.push(Cell { rect: shift(cell.rect), label: cell.label.map(shift), ..cell });
        }
    }

    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}
