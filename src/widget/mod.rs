//! The interactive widgets as plain values, natively testable: everything a widget remembers
//! between calls (data, interaction, layout, animation clocks, scene cache) lives here, so the
//! web layer is glue that sizes canvases, converts events and draws what it is lent.

mod gauges;
mod treemap;

pub use gauges::{GaugeAria, GaugeWidget};
pub use treemap::{Frame, TreemapWidget, MAX_CSS_SIZE};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
