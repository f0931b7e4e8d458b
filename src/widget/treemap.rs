//! The interactive treemap as one value: the validated data, the interaction state, the current
//! layout, zoom and morph timing, and the scene cache. The web layer only sizes the canvas,
//! turns DOM events into [`Input`]s, draws the [`Frame`] it is lent and acts on the effects.
//!
//! Stale layouts are impossible by construction: hit-testing and arrow keys read the layout of
//! the [`Still`] scene, which is rebuilt (on the next input or render) whenever anything it was
//! built for changes — size, view root, theme or data generation. No input ever sees rectangles
//! of other data, whatever the order of inputs, updates, resizes and frames.

use crate::format::FormatNumber;
use crate::hash::FastMap;
use crate::interact::{describe_node, Effect, Input, Interaction, NodeText, DRILL_MS};
use crate::layout::{hit, node_keys, Rect, TilingMemory};
use crate::model::TreemapSpec;
use crate::num::Clamped;
use crate::scene::{build_treemap_scene, highlight_items, lerp_rect, tier_legend, Cell, Item, Scene, Theme, TierEntry, TreemapScene, TreemapStyle, View, Zoom};
use crate::text::TextMeasure;

/// The largest CSS size a widget takes (larger sizes are clamped; the web layer refuses them).
pub const MAX_CSS_SIZE: f64 = 20_000.0;

/// What a still scene was built for; any change means it must be built again.
#[derive(Clone, Copy, Debug, PartialEq)]
struct StillKey {
    width: f64,
    height: f64,
    root: usize,
    theme: Theme,
    generation: u64,
}

/// The picture of the current view without motion or highlights, and its layout.
struct Still {
    key: StillKey,
    built: TreemapScene,
}

/// New data arriving: each new node's rectangle before the update (matched by id, else by its
/// path of names) and when the morph started (set by the first frame).
struct Morph {
    before: Vec<Option<Rect>>,
    start: Option<f64>,
}

/// What to draw now: a scene (kept by the widget) and the highlight items to draw over it.
pub struct Frame<'a> {
    pub scene: &'a Scene,
    pub overlay: Vec<Item>,
}

pub struct TreemapWidget<M, F> {
    spec: TreemapSpec,
    numbers: F,
    measure: M,
    ui: Interaction,
    style: TreemapStyle,
    width: f64,
    height: f64,
    reduced_motion: bool,
    /// Counts data updates, so a cached scene of old data is never reused.
    generation: u64,
    /// The animation clock (ms), from the last `frame`.
    now: f64,
    /// Squarify's rows per group, kept for the resquarify tiling (only groups that exist).
    memory: TilingMemory,
    still: Option<Still>,
    /// The view's root and layout before the last drill, to zoom from.
    previous: Option<(usize, Vec<Rect>)>,
    morph: Option<Morph>,
    /// The last moving frame (zoom or morph), when the last render was one.
    moving: Option<Scene>,
}

fn clean_size(v: f64) -> f64 {
    if v.is_finite() {
        v.clamped(0.0, MAX_CSS_SIZE)
    } else {
        0.0
    }
}

impl<M: TextMeasure, F: FormatNumber> TreemapWidget<M, F> {
    pub fn new(spec: TreemapSpec, numbers: F, measure: M, reduced_motion: bool) -> Self {
        TreemapWidget {
            spec,
            numbers,
            measure,
            ui: Interaction::new(reduced_motion),
            style: TreemapStyle::default(),
            width: 0.0,
            height: 0.0,
            reduced_motion,
            generation: 0,
            now: 0.0,
            memory: TilingMemory::default(),
            still: None,
            previous: None,
            morph: None,
            moving: None,
        }
    }

    pub fn spec(&self) -> &TreemapSpec {
        &self.spec
    }

    pub fn numbers(&self) -> &F {
        &self.numbers
    }

    pub fn interaction(&self) -> &Interaction {
        &self.ui
    }

    pub fn size(&self) -> (f64, f64) {
        (self.width, self.height)
    }

    /// How many groups the resquarify memory holds (never more than the tree has).
    pub fn remembered_groups(&self) -> usize {
        self.memory.len()
    }

    pub fn theme(&self) -> Theme {
        self.style.theme
    }

    /// The text measure the scenes are fitted with.
    pub fn measure(&self) -> &M {
        &self.measure
    }

    /// Fits every label again on the next render (the measure's font changed).
    pub fn remeasure(&mut self) {
        self.still = None;
    }

    /// The colours of the next render.
    pub fn set_theme(&mut self, theme: Theme) {
        self.style.theme = theme;
    }

    /// Whether the scene draws the title, legend, source and notes (the elements write them as
    /// DOM text instead, and turn this off; exports always draw them).
    pub fn set_chrome(&mut self, chrome: bool) {
        if self.style.chrome != chrome {
            self.style.chrome = chrome;
            self.still = None;
        }
    }

    /// The CSS size of the next render (non-finite or negative sizes count as 0; at most
    /// [`MAX_CSS_SIZE`]).
    pub fn resize(&mut self, width: f64, height: f64) {
        self.width = clean_size(width);
        self.height = clean_size(height);
    }

    /// Replaces the data. The drilled view is kept when its node still exists (by id, else by
    /// its path of names); cells morph from their old rectangles unless motion is reduced.
    pub fn update(&mut self, spec: TreemapSpec, numbers: F) {
        let old_keys = node_keys(&self.spec.tree);
        let new_keys = node_keys(&spec.tree);
        let old: FastMap<u64, Rect> = match &self.still {
            Some(still) => still.built.rects.iter().zip(&old_keys).filter(|(r, _)| r.area() > 0.0).map(|(r, k)| (*k, *r)).collect(),
            None => FastMap::default(),
        };
        let before: Vec<Option<Rect>> = new_keys.iter().map(|k| old.get(k).copied()).collect();
        self.morph = (!self.reduced_motion && !old.is_empty()).then_some(Morph { before, start: None });
        let root_key = old_keys.get(self.ui.root).copied();
        let root = root_key
            .and_then(|k| new_keys.iter().position(|&n| n == k))
            .filter(|&i| spec.tree.nodes().get(i).is_some_and(|n| !n.is_leaf()))
            .unwrap_or(0);
        self.memory.retain_keys(&new_keys);
        self.ui.reset_to(root);
        self.spec = spec;
        self.numbers = numbers;
        self.generation += 1;
        self.still = None;
        self.previous = None;
        self.moving = None;
    }

    fn still_key(&self) -> StillKey {
        StillKey { width: self.width, height: self.height, root: self.ui.root, theme: self.style.theme, generation: self.generation }
    }

    /// The still scene of the current state, built if what it was built for changed.
    fn still(&mut self) -> &TreemapScene {
        let key = self.still_key();
        let still = match self.still.take() {
            Some(still) if still.key == key => still,
            _ => {
                let view = View { root: key.root, ..View::default() };
                let built = build_treemap_scene(&self.spec, self.width, self.height, &self.measure, &self.numbers, &self.style, &view, Some(&mut self.memory));
                Still { key, built }
            }
        };
        &self.still.insert(still).built
    }

    /// The layout hit-testing and arrow keys read: the still scene's (empty before any).
    fn rects_of(still: &Option<Still>) -> &[Rect] {
        still.as_ref().map_or(&[], |s| &s.built.rects)
    }

    /// Feeds one input against the current layout and returns what the page must do.
    pub fn input(&mut self, input: Input) -> Vec<Effect> {
        let before = self.ui.root;
        self.still();
        let effects = self.ui.handle(&self.spec.tree, Self::rects_of(&self.still), input);
        if self.ui.root != before {
            // Keep the old view's layout to zoom from; the new view's is built on demand.
            self.previous = self.still.take().map(|s| (before, s.built.rects));
        }
        effects
    }

    /// Sets the selection (`None` clears it; a node that does not exist clears it too): how a
    /// page keeps the old selection when it cancels `cluster-select`.
    pub fn select(&mut self, node: Option<usize>) -> Vec<Effect> {
        self.ui.selected = node.filter(|&n| n < self.spec.tree.len());
        vec![Effect::Redraw]
    }

    /// Goes to `node`'s view at once, with no zoom (a cancelled drill going back).
    pub fn drill_now(&mut self, node: usize) -> Vec<Effect> {
        let effects = self.input(Input::DrillTo(node));
        self.ui.transition = None;
        self.previous = None;
        effects
    }

    /// Advances the animation clock to `now` (ms); true while a transition still runs.
    pub fn frame(&mut self, now: f64) -> bool {
        let now = if now.is_finite() { now } else { self.now };
        self.now = now;
        self.ui.handle(&self.spec.tree, Self::rects_of(&self.still), Input::Frame { now });
        if let Some(m) = &mut self.morph {
            let start = *m.start.get_or_insert(now);
            if !(now - start < DRILL_MS) {
                self.morph = None;
            }
        }
        self.is_moving()
    }

    /// True while a drill zooms or new data morphs in (frames then carry no labels).
    pub fn is_moving(&self) -> bool {
        self.ui.transition.is_some() || self.morph.is_some()
    }

    fn morph_progress(&self) -> f64 {
        match &self.morph {
            Some(Morph { start: Some(start), .. }) => ((self.now - start) / DRILL_MS).clamped(0.0, 1.0),
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
        let within = |node: usize, of: usize| of <= node && nodes.get(of).is_some_and(|n| node < n.subtree_end);
        if within(new_root, old_root) {
            Some(Zoom { from: area, to: lerp_rect(old_rects.get(new_root)?, &area, t) })
        } else if within(old_root, new_root) {
            let f = *new_rects.get(old_root)?;
            Some(Zoom { from: f, to: lerp_rect(&area, &f, t) })
        } else {
            None
        }
    }

    fn highlights(&self) -> View<'static> {
        View { hover: self.ui.hover, selected: self.ui.selected, focus: self.ui.focus, show_focus: self.ui.focused_widget, ..View::default() }
    }

    /// The picture of the current state: the still scene with its highlights, or a frame of the
    /// running zoom or morph (cells only; labels return when the motion ends).
    pub fn render(&mut self) -> Frame<'_> {
        let highlights = self.highlights();
        let theme = self.style.theme;
        if !self.is_moving() {
            self.moving = None;
            let scene = &self.still().scene;
            return Frame { overlay: highlight_items(&scene.cells, &highlights, &theme), scene };
        }
        self.still();
        // A transition with nothing to zoom between (unrelated views) still draws without
        // labels until it ends: the identity zoom marks the frame as moving.
        let identity = Zoom { from: Rect::new(0.0, 0.0, 1.0, 1.0), to: Rect::new(0.0, 0.0, 1.0, 1.0) };
        let zoom = match &self.still {
            Some(still) => self.zoom(still.built.area, &still.built.rects),
            None => None,
        };
        let zoom = zoom.or(self.ui.transition.map(|_| identity));
        let t = self.morph_progress();
        let morph = self.morph.as_ref().map(|m| (m.before.as_slice(), t));
        let view = View { root: self.ui.root, zoom, morph, ..View::default() };
        let built = build_treemap_scene(&self.spec, self.width, self.height, &self.measure, &self.numbers, &self.style, &view, Some(&mut self.memory));
        let scene = self.moving.insert(built.scene);
        Frame { overlay: highlight_items(&scene.cells, &highlights, &theme), scene }
    }

    /// The scene of the last render, if any ran since the last change of data.
    pub fn last_scene(&self) -> Option<&Scene> {
        self.moving.as_ref().or(self.still.as_ref().map(|s| &s.built.scene))
    }

    /// The current view without hover or focus marks (for exports).
    pub fn still_scene(&mut self) -> &Scene {
        &self.still().scene
    }

    /// The current view for export at the current size: title, legend, source and notes drawn
    /// in the scene, no hover or focus marks.
    pub fn export_scene(&mut self) -> Scene {
        let style = TreemapStyle { chrome: true, ..self.style };
        let view = View { root: self.ui.root, ..View::default() };
        build_treemap_scene(&self.spec, self.width, self.height, &self.measure, &self.numbers, &style, &view, None).scene
    }

    /// The tier legend of the current view (which groups' headers had no room for a name).
    pub fn legend(&mut self) -> Vec<TierEntry> {
        let (theme, root) = (self.style.theme, self.ui.root);
        self.still();
        let cells = self.still.as_ref().map_or(&[][..], |s| &s.built.scene.cells);
        tier_legend(&self.spec, &theme, cells, root)
    }

    /// The still scene's cell for `node` (not an "Other" cell), if it is drawn.
    pub fn cell(&mut self, node: usize) -> Option<Cell> {
        self.still().scene.cells.iter().find(|c| c.node == node && c.folded == 0).cloned()
    }

    /// Everything the tooltip and the live region say about a node; `None` for no such node.
    pub fn describe(&self, node: usize) -> Option<NodeText> {
        (node < self.spec.tree.len()).then(|| describe_node(&self.spec, node, &self.numbers, &self.spec.messages(None)))
    }

    /// The path from the top to the current view's root, for the breadcrumb.
    pub fn breadcrumb(&self) -> Vec<(usize, &str)> {
        let nodes = self.spec.tree.nodes();
        let mut crumbs = Vec::new();
        let mut at = Some(self.ui.root);
        while let Some(node) = at.and_then(|i| nodes.get(i).map(|n| (i, n))) {
            crumbs.push((node.0, node.1.name.as_str()));
            at = node.1.parent;
        }
        crumbs.reverse();
        crumbs
    }

    /// The node under a point of the current view.
    pub fn node_at(&mut self, x: f64, y: f64) -> Option<usize> {
        self.still();
        hit(&self.spec.tree, Self::rects_of(&self.still), self.ui.root, x, y)
    }

    /// `node`'s children in the order they are drawn (the data's `sort`), for the accessible
    /// tree and the table view; empty for a leaf or no such node.
    pub fn children(&self, node: usize) -> Vec<usize> {
        let nodes = self.spec.tree.nodes();
        let mut children = nodes.get(node).map_or_else(Vec::new, |n| n.children.clone());
        let by = |a: usize, b: usize| nodes[a].value.total_cmp(&nodes[b].value);
        match self.spec.options.sort {
            crate::model::Sort::Desc => crate::layout::order::stable_sort(&mut children, &|a, b| by(a, b).is_gt()),
            crate::model::Sort::Asc => crate::layout::order::stable_sort(&mut children, &|a, b| by(a, b).is_lt()),
            crate::model::Sort::None => {}
        }
        children
    }
}
