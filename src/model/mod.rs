//! The JSON data formats and their validation.
//!
//! Input is parsed (by our parser, model/json.rs) into a [`json::Json`] tree that borrows its strings from the
//! text, and then walked by hand, so that validation can
//! report *every* problem with its JSON path instead of stopping at the first (serde's derive
//! stops at the first error). Unknown fields are errors: a typo must not silently do nothing.

mod css_color;
pub mod gauge;
mod json;
pub mod limits;
mod path;
pub mod presentation;
mod problem;
mod reader;
mod rows;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod treemap;

pub use gauge::{parse_gauges, Direction, GaugeSet, GaugeSpec, GaugeStyle, Mark};
pub use path::Path;
pub use reader::push_quoted;
pub use problem::{Problem, Problems};
pub use presentation::NumberFormatSpec;
pub use treemap::{parse_treemap, ColorBy, Padding, Sort, Tiling, TreemapOptions, TreemapSpec};

/// True when `text` is a JSON object with any of `keys` at its top level (false for anything
/// that does not parse: validation then reports why).
pub fn top_level_has(text: &str, keys: &[&str]) -> bool {
    matches!(treemap::parse_json(text), Ok((json::Json::Object(top), _)) if keys.iter().any(|k| top.contains_key(k)))
}
