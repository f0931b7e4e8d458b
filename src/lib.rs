//! cluster-widgets: interactive cluster treemaps and target gauges rendered from JSON.
//!
//! Layers, with dependencies pointing inward (see `docs/DESIGN.md`):
//! - [`model`]: the JSON data formats and their validation (every problem with its JSON path);
//! - [`tree`] and [`layout`]: the hierarchy and treemap tiling, pure geometry in CSS pixels;
//! - [`text`]: label fitting behind the [`text::TextMeasure`] trait;
//! - [`scene`]: a plain-data picture of a widget; [`draw`]: that picture onto any plotters backend;
//! - `web` (wasm32 only): the browser exports.
//!
//! Geometry is in CSS pixels as `f64`, origin top-left, y down; rounding to device pixels happens
//! only in [`draw`].

pub mod decimal;
pub mod draw;
pub mod format;
pub mod hash;
pub mod gauge;
pub mod interact;
pub mod layout;
pub mod messages;
pub mod model;
pub mod num;
pub mod render;
pub mod report;
pub mod scene;
pub mod svg;
pub mod text;
pub mod tree;
pub mod widget;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod web;
