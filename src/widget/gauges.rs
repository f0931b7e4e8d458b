//! One element's gauges as one value: the validated set, a number format per gauge (each may
//! name its own locale) and the look. Every index from outside is checked; sizes and the entry
//! animation's progress are cleaned, so no call order or value can panic.

use super::treemap::MAX_CSS_SIZE;
use crate::format::FormatNumber;
use crate::gauge::progress;
use crate::model::{GaugeSet, GaugeStyle, NumberFormatSpec, Problems};
use crate::num::Clamped;
use crate::scene::{build_gauge_scene, gauge_lines, gauges_scene_with, gauge_value_text, GaugeLook, GaugeScene, Scene, Theme};
use crate::text::TextMeasure;

pub struct GaugeWidget<F> {
    set: GaugeSet,
    numbers: Vec<F>,
    look: GaugeLook,
}

/// What a gauge's `role="meter"` element says.
#[derive(Clone, Debug, PartialEq)]
pub struct GaugeAria<'a> {
    /// The accessible name (the gauge's title).
    pub label: &'a str,
    pub min: f64,
    pub max: f64,
    /// The latest value (the baseline when no current value is given; the target when there is
    /// no baseline either, as `aria-valuenow` is required; `text` says which).
    pub now: f64,
    /// The `aria-valuetext` sentence.
    pub text: String,
    pub style: GaugeStyle,
    /// The lines under the drawing, for the page to write when the scene has no chrome: the
    /// gap line, the change (if any), the note (if any).
    pub gap: String,
    pub delta: Option<String>,
    pub note: Option<String>,
}

fn clean(v: f64, default: f64) -> f64 {
    if v.is_finite() {
        v.clamped(0.0, MAX_CSS_SIZE)
    } else {
        default
    }
}

impl<F: FormatNumber> GaugeWidget<F> {
    /// `numbers` makes a format for a locale tag and `numberFormat`; a tag it refuses becomes a
    /// problem at that gauge's `locale` (`gauges[i].locale` in a grid). The words are the set's
    /// locale's (with its `strings`).
    pub fn new(set: GaugeSet, mut numbers: impl FnMut(Option<&str>, &NumberFormatSpec) -> Result<F, Problems>) -> Result<Self, Problems> {
        let grid = set.gauges.len() > 1;
        let mut made = Vec::with_capacity(set.gauges.len());
        for (i, g) in set.gauges.iter().enumerate() {
            let format = numbers(g.locale.as_deref(), &g.number_format).map_err(|p| {
                let path = if grid { format!("gauges[{i}].locale") } else { "locale".into() };
                Problems::one(path, p.0.first().map(|x| x.message.clone()).unwrap_or_default())
            })?;
            made.push(format);
        }
        let look = GaugeLook { messages: set.messages(None), ..GaugeLook::default() };
        Ok(GaugeWidget { set, numbers: made, look })
    }

    pub fn set(&self) -> &GaugeSet {
        &self.set
    }

    pub fn count(&self) -> usize {
        self.set.gauges.len()
    }

    /// Whether gauge scenes draw their title and the lines under the drawing (see
    /// [`GaugeLook::chrome`]); the grid export always does.
    pub fn set_chrome(&mut self, chrome: bool) {
        self.look.chrome = chrome;
    }

    pub fn set_theme(&mut self, theme: Theme) {
        self.look.theme = theme;
    }

    /// Gauge `index` in a `width` × `height` box, `reveal` in [0, 1] of the entry animation
    /// (non-finite: 1); `None` for no such gauge.
    pub fn scene(&self, index: usize, width: f64, height: f64, measure: &dyn TextMeasure, reveal: f64) -> Option<GaugeScene> {
        let (g, numbers) = (self.set.gauges.get(index)?, self.numbers.get(index)?);
        let reveal = if reveal.is_finite() { reveal.clamped(0.0, 1.0) } else { 1.0 };
        Some(build_gauge_scene(g, clean(width, 0.0), clean(height, 0.0), measure, numbers, &self.look, reveal))
    }

    /// The ARIA values of gauge `index`; `None` for no such gauge.
    pub fn aria(&self, index: usize) -> Option<GaugeAria<'_>> {
        let (g, numbers) = (self.set.gauges.get(index)?, self.numbers.get(index)?);
        let p = progress(g);
        let (_, gap, delta, note) = gauge_lines(g, numbers, &self.look.messages);
        Some(GaugeAria {
            label: &g.title,
            min: g.min,
            max: g.max,
            now: p.now.unwrap_or(g.target.value).clamped(g.min, g.max),
            text: gauge_value_text(g, numbers, &self.look.messages),
            style: g.style,
            gap,
            delta,
            note,
        })
    }

    /// The whole grid `width` wide (as tall as it needs) in the current theme, with the set's
    /// heading and source: what `toSvg()` exports.
    pub fn grid_scene(&mut self, width: f64, cell_height: Option<f64>, measure: &dyn TextMeasure) -> Scene {
        let width = clean(width, 960.0).max(160.0);
        let numbers = |i: usize| self.numbers.get(i).map(|f| f as &dyn FormatNumber);
        // The export always has the titles and lines (no page around it writes them).
        let chrome = std::mem::replace(&mut self.look.chrome, true);
        let scene = gauges_scene_with(&self.set, width, cell_height, measure, &numbers, &self.look);
        self.look.chrome = chrome;
        scene
    }
}
