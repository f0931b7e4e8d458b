//! `new Treemap(canvas, data, reducedMotion)`: an interactive treemap. It keeps the validated
//! data, the interaction state and the last layout; the element feeds it plain inputs and acts
//! on the effects it returns (redraw, tooltip, announce, select, drill).

use super::measure::CanvasMeasure;
use super::numbers::IntlFormat;
use super::{data_text, draw_on_canvas, problems_error, size_canvas, summary, to_js};
use crate::hash::FastMap;
use crate::interact::{describe_node, Effect, Input, Interaction, Key, DRILL_MS};
use crate::layout::{node_key, Rect, TilingMemory};
use crate::model::{parse_treemap, TreemapSpec};
use crate::num::Clamped;
use crate::scene::{build_treemap_scene, highlight_items, lerp_rect, Scene, TreemapStyle, View, Zoom};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

#[wasm_bindgen]
pub struct Treemap {
    spec: TreemapSpec,
    numbers: IntlFormat,
    ui: Interaction,
    canvas: HtmlCanvasElement,
    measure: CanvasMeasure,
    width: f64,
    height: f64,
    dpr: f64,
    /// The layout of the current view and its area, from the last render (for hit-testing).
    rects: Vec<Rect>,
    area: Rect,
    /// The view's layout before the last drill, to zoom from.
    previous: Option<(usize, Vec<Rect>)>,
    /// Squarify's rows per group, kept for the resquarify tiling.
    memory: TilingMemory,
    /// After `update()`: each new node's rectangle before it (matched by id or name path) and
    /// when the morph started (set by the first frame).
    morph: Option<(Vec<Option<Rect>>, Option<f64>)>,
    reduced_motion: bool,
    style: TreemapStyle,
    /// The last scene drawn, without highlights (its cells are what `summary()` reports), and
    /// what it was built for when it was still: hover, focus and selection frames draw it again
    /// with their outlines over it instead of laying out and fitting labels again.
    drawn: Scene,
    drawn_for: Option<BaseKey>,
    /// Counts data updates, so a cached scene of old data is never reused.
    generation: u64,
    now: f64,
}

#[derive(Clone, Copy, PartialEq)]
struct BaseKey {
    width: f64,
    height: f64,
    root: usize,
    theme: crate::scene::Theme,
    generation: u64,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum JsEffect {
    Redraw,
    Tooltip {
        #[serde(serialize_with = "crate::num::opt_index_as_f64")]
        node: Option<usize>,
    },
    Announce {
        #[serde(serialize_with = "crate::num::index_as_f64")]
        node: usize,
    },
    Select {
        #[serde(serialize_with = "crate::num::index_as_f64")]
        node: usize,
    },
    Drill {
        #[serde(serialize_with = "crate::num::index_as_f64")]
        node: usize,
    },
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Described<'a> {
    #[serde(serialize_with = "crate::num::index_as_f64")]
    node: usize,
    id: Option<&'a str>,
    name: String,
    path: Vec<String>,
    value: f64,
    value_text: String,
    share_of_total: String,
    share_of_parent: Option<String>,
    description: Option<String>,
    note: Option<String>,
    assumed: bool,
    announcement: String,
    leaf: bool,
}

#[derive(Serialize)]
struct Crumb<'a> {
    #[serde(serialize_with = "crate::num::index_as_f64")]
    node: usize,
    name: &'a str,
}

fn effects_to_js(effects: Vec<Effect>) -> Result<JsValue, JsError> {
    let list: Vec<JsEffect> = effects
        .into_iter()
        .map(|e| match e {
            Effect::Redraw => JsEffect::Redraw,
            Effect::Tooltip(node) => JsEffect::Tooltip { node },
            Effect::Announce(node) => JsEffect::Announce { node },
            Effect::Select(node) => JsEffect::Select { node },
            Effect::Drill(node) => JsEffect::Drill { node },
        })
        .collect();
    to_js(&list)
}

#[wasm_bindgen]
impl Treemap {
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, data: JsValue, reduced_motion: bool) -> Result<Treemap, JsError> {
        let spec = parse_treemap(&data_text(&data)?).map_err(|p| problems_error(&p))?;
        let numbers = IntlFormat::new(spec.locale.as_deref()).map_err(|p| problems_error(&p))?;
        let measure = CanvasMeasure::for_canvas(&canvas)?;
        Ok(Treemap {
            spec,
            numbers,
            ui: Interaction::new(reduced_motion),
            canvas,
            measure,
            width: 0.0,
            height: 0.0,
            dpr: 1.0,
            rects: Vec::new(),
            area: Rect::default(),
            previous: None,
            memory: TilingMemory::default(),
            morph: None,
            reduced_motion,
            style: TreemapStyle::default(),
            drawn: Scene { width: 0.0, height: 0.0, background: TreemapStyle::default().theme.background, items: Vec::new(), cells: Vec::new() },
            drawn_for: None,
            generation: 0,
            now: 0.0,
        })
    }

    /// Sets the colours for the next render: `{background, text, muted, track, palette}`.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&mut self, theme: JsValue) {
        self.style.theme = super::theme_from(&theme);
    }

    /// Sets the CSS size and devicePixelRatio for the next render.
    pub fn resize(&mut self, css_width: f64, css_height: f64, device_pixel_ratio: f64) -> Result<(), JsError> {
        self.dpr = size_canvas(&self.canvas, css_width, css_height, device_pixel_ratio)?;
        self.width = css_width;
        self.height = css_height;
        Ok(())
    }

    /// Replaces the data, keeping the drilled view when a node with the same id still exists.
    pub fn update(&mut self, data: JsValue) -> Result<(), JsError> {
        let spec = parse_treemap(&data_text(&data)?).map_err(|p| problems_error(&p))?;
        let root_id = self.spec.tree.nodes().get(self.ui.root).and_then(|n| n.id.clone());
        let numbers = IntlFormat::new(spec.locale.as_deref()).map_err(|p| problems_error(&p))?;
        let root = root_id.and_then(|id| spec.tree.nodes().iter().position(|n| n.id.as_deref() == Some(&id)));
        // Where each node was, by key, so the new picture can grow out of the old one.
        let old: FastMap<String, Rect> = (0..self.rects.len())
            .filter(|&i| self.rects[i].area() > 0.0)
            .map(|i| (node_key(&self.spec.tree, i), self.rects[i]))
            .collect();
        let before: Vec<Option<Rect>> = (0..spec.tree.len()).map(|i| old.get(&node_key(&spec.tree, i)).copied()).collect();
        self.morph = (!self.reduced_motion && !old.is_empty()).then_some((before, None));
        self.ui.reset_to(root.unwrap_or(0));
        self.generation += 1;
        self.spec = spec;
        self.numbers = numbers;
        self.previous = None;
        Ok(())
    }

    fn feed(&mut self, input: Input) -> Result<JsValue, JsError> {
        let before = self.ui.root;
        let effects = self.ui.handle(&self.spec.tree, &self.rects, input);
        if self.ui.root != before {
            self.previous = Some((before, std::mem::take(&mut self.rects)));
        }
        effects_to_js(effects)
    }

    /// Pointer and focus inputs: kind is "move", "leave", "click", "tap", "focus" or "blur";
    /// x and y are CSS pixels from the canvas's top-left. Returns the effects.
    pub fn input(&mut self, kind: &str, x: f64, y: f64) -> Result<JsValue, JsError> {
        let input = match kind {
            "move" => Input::PointerMove { x, y },
            "leave" => Input::PointerLeave,
            "click" => Input::Click { x, y },
            "tap" => Input::Tap { x, y },
            "focus" => Input::Focus,
            "blur" => Input::Blur,
            other => return Err(JsError::new(&format!("unknown input \"{other}\""))),
        };
        self.feed(input)
    }

    /// A key by its DOM `KeyboardEvent.key`; `null` when the treemap does not use that key.
    pub fn key(&mut self, key: &str) -> Result<JsValue, JsError> {
        match Key::from_dom(key) {
            Some(k) => self.feed(Input::Key(k)),
            None => Ok(JsValue::NULL),
        }
    }

    #[wasm_bindgen(js_name = drillTo)]
    pub fn drill_to(&mut self, node: usize) -> Result<JsValue, JsError> {
        self.feed(Input::DrillTo(node))
    }

    /// Advances the animation clock; true while a transition still runs.
    pub fn frame(&mut self, now: f64) -> bool {
        self.now = now;
        self.ui.handle(&self.spec.tree, &self.rects, Input::Frame { now });
        if let Some((_, start)) = &mut self.morph {
            let start = *start.get_or_insert(now);
            if now - start >= DRILL_MS {
                self.morph = None;
            }
        }
        self.ui.transition.is_some() || self.morph.is_some()
    }

    fn morph_progress(&self) -> f64 {
        match &self.morph {
            Some((_, Some(start))) => ((self.now - start) / DRILL_MS).clamped(0.0, 1.0),
            _ => 0.0,
        }
    }

    /// The zoom of a running drill: into a descendant, its old rectangle grows to the whole
    /// area; out to an ancestor, the old view shrinks back into its rectangle.
    fn zoom(&self, area: Rect, new_rects: &[Rect]) -> Option<Zoom> {
        let t = self.ui.progress(self.now);
        let (old_root, old_rects) = self.previous.as_ref().filter(|_| self.ui.transition.is_some())?;
        let nodes = self.spec.tree.nodes();
        let (new_root, old_root) = (self.ui.root, *old_root);
        let within = |node: usize, of: usize| of <= node && node < nodes[of].subtree_end;
        if within(new_root, old_root) {
            Some(Zoom { from: area, to: lerp_rect(old_rects.get(new_root)?, &area, t) })
        } else if within(old_root, new_root) {
            let f = *new_rects.get(old_root)?;
            Some(Zoom { from: f, to: lerp_rect(&area, &f, t) })
        } else {
            None
        }
    }

    /// Draws the current state.
    pub fn render(&mut self) -> Result<(), JsError> {
        let key = BaseKey { width: self.width, height: self.height, root: self.ui.root, theme: self.style.theme, generation: self.generation };
        let still = self.ui.transition.is_none() && self.morph.is_none();
        let highlights = View { hover: self.ui.hover, selected: self.ui.selected, focus: self.ui.focus, show_focus: self.ui.focused_widget, ..View::default() };
        if still && self.drawn_for == Some(key) {
            let overlay = highlight_items(&self.drawn.cells, &highlights, &self.style.theme);
            return draw_on_canvas(self.canvas.clone(), &self.drawn, &overlay, self.dpr);
        }
        let ui = &self.ui;
        let t_morph = self.morph_progress();
        let morph = self.morph.as_ref().map(|(before, _)| (before.as_slice(), t_morph));
        // Built without highlights (added last), so that a still scene can be kept as the base.
        // While a drill animates, the first pass only has to find the area and the new layout
        // for the zoom: an identity zoom marks it as moving, so it skips fitting labels.
        let drilling = ui.transition.is_some();
        let identity = Zoom { from: Rect::new(0.0, 0.0, 1.0, 1.0), to: Rect::new(0.0, 0.0, 1.0, 1.0) };
        let mut view = View { root: ui.root, zoom: drilling.then_some(identity), morph, ..View::default() };
        let style = self.style;
        let mut t = build_treemap_scene(&self.spec, self.width, self.height, &self.measure, &self.numbers, &style, &view, Some(&mut self.memory));
        if let Some(zoom) = self.zoom(t.area, &t.rects) {
            view.zoom = Some(zoom);
            t = build_treemap_scene(&self.spec, self.width, self.height, &self.measure, &self.numbers, &style, &view, Some(&mut self.memory));
        }
        let overlay = highlight_items(&t.scene.cells, &highlights, &self.style.theme);
        draw_on_canvas(self.canvas.clone(), &t.scene, &overlay, self.dpr)?;
        self.drawn = t.scene;
        self.drawn_for = still.then_some(key);
        self.rects = t.rects;
        self.area = t.area;
        Ok(())
    }

    /// The cells of the last render: `{width, height, title, cells: [{id, name, depth, leaf,
    /// value, rect, fill, label}]}` (built on request: it is large for large trees).
    pub fn summary(&self) -> Result<JsValue, JsError> {
        to_js(&summary(&self.spec, self.width, self.height, &self.drawn.cells))
    }

    /// The current view as an SVG document, from the same scene the canvas shows (without hover
    /// or focus highlights): for static fallbacks and print.
    #[wasm_bindgen(js_name = toSvg)]
    pub fn to_svg(&mut self) -> String {
        let view = View { root: self.ui.root, ..View::default() };
        let t = build_treemap_scene(&self.spec, self.width, self.height, &self.measure, &self.numbers, &self.style, &view, Some(&mut self.memory));
        crate::render::scene_to_svg(&t.scene)
    }

    /// Everything the tooltip and the live region say about a node.
    pub fn describe(&self, node: usize) -> Result<JsValue, JsError> {
        let n = self.spec.tree.nodes().get(node).ok_or_else(|| JsError::new(&format!("no node {node}")))?;
        let text = describe_node(&self.spec.tree, node, self.spec.unit.as_deref(), &self.numbers);
        to_js(&Described {
            node,
            id: n.id.as_deref(),
            name: text.name,
            path: text.path,
            value: n.value,
            value_text: text.value,
            share_of_total: text.share_of_total,
            share_of_parent: text.share_of_parent,
            description: text.description,
            note: text.note,
            assumed: text.assumed,
            announcement: text.announcement,
            leaf: n.is_leaf(),
        })
    }

    /// The path from the top to the current view's root, for the breadcrumb.
    pub fn breadcrumb(&self) -> Result<JsValue, JsError> {
        let nodes = self.spec.tree.nodes();
        let mut crumbs = Vec::new();
        let mut at = Some(self.ui.root);
        while let Some(i) = at {
            crumbs.push(Crumb { node: i, name: &nodes[i].name });
            at = nodes[i].parent;
        }
        crumbs.reverse();
        to_js(&crumbs)
    }

    #[wasm_bindgen(getter)]
    pub fn title(&self) -> Option<String> {
        self.spec.title.clone()
    }

    /// The node under a point of the current view (for tests and custom tooltips).
    #[wasm_bindgen(js_name = nodeAt)]
    pub fn node_at(&self, x: f64, y: f64) -> Option<usize> {
        crate::layout::hit(&self.spec.tree, &self.rects, self.ui.root, x, y)
    }
}
