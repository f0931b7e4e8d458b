//! A widget as plain data: filled rectangles, polygons and positioned text in CSS pixels, plus
//! the cells that hit-testing, accessibility and tests read. Built by pure code, drawn by
//! `draw` onto any plotters backend; tests assert on this value rather than on pixels.

mod color;
mod treemap;

pub use color::{Color, TIER_PALETTE};
pub use treemap::{build_treemap_scene, TreemapStyle};

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
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}
