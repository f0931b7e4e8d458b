//! The JSON data formats and their validation.
//!
//! Input is parsed into a `serde_json::Value` and then walked by hand, so that validation can
//! report *every* problem with its JSON path instead of stopping at the first (serde's derive
//! stops at the first error). Unknown fields are errors: a typo must not silently do nothing.

mod fast;
pub mod gauge;
pub mod limits;
mod path;
mod problem;
mod reader;
mod rows;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod treemap;

pub use fast::try_parse as try_parse_treemap_fast;
pub use gauge::{parse_gauges, Direction, GaugeSet, GaugeSpec, GaugeStyle, Mark};
pub use path::Path;
pub use problem::{Problem, Problems};
pub use treemap::{parse_treemap, parse_treemap_walk, ColorBy, Padding, Tiling, TreemapOptions, TreemapSpec};
