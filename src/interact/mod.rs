//! Interaction as a state machine: plain [`Input`]s in (the web layer turns DOM events into
//! them), [`Effect`]s out (what the page must do: redraw, show a tooltip, announce, dispatch
//! events). Pure: tested natively by "clicking" through a drill-down and back.
//!
//! The view shows the subtree of `root`. Keyboard focus moves among `root`'s children by
//! position; Enter drills into a group; Escape or Backspace goes up; Home returns to the top.
//! A click (or a second tap on the same cell) drills into the child of `root` under the
//! pointer when that child is a group, and selects it when it is a leaf.

mod describe;
mod navigate;

pub use describe::{describe_node, NodeText};
pub use navigate::neighbour;

use crate::layout::{hit, Rect};
use crate::num::Clamped;
use crate::tree::Tree;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Left,
    Right,
    Up,
    Down,
    Enter,
    Escape,
    Backspace,
    Home,
}

impl Key {
    /// The DOM `KeyboardEvent.key` names this machine understands.
    pub fn from_dom(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "ArrowUp" => Key::Up,
            "ArrowDown" => Key::Down,
            "Enter" | " " => Key::Enter,
            "Escape" => Key::Escape,
            "Backspace" => Key::Backspace,
            "Home" => Key::Home,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Input {
    PointerMove { x: f64, y: f64 },
    PointerLeave,
    /// A mouse or pen click.
    Click { x: f64, y: f64 },
    /// A touch tap: the first selects and shows the tooltip, a second on the same cell drills.
    Tap { x: f64, y: f64 },
    Key(Key),
    /// Go to this node's view (breadcrumb, "up" button, API).
    DrillTo(usize),
    Focus,
    Blur,
    /// The animation clock, in milliseconds.
    Frame { now: f64 },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Redraw,
    /// Show the tooltip for this node at the pointer, or hide it (`None`).
    Tooltip(Option<usize>),
    /// Say this node's description in the live region.
    Announce(usize),
    Select(usize),
    Drill(usize),
}

/// A change of view being animated: the picture zooms so that `from` (a rectangle in the new
/// view's layout) moves to `to` (the whole area) over `duration` ms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transition {
    pub old_root: usize,
    pub start: Option<f64>,
    pub duration: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Interaction {
    pub root: usize,
    pub hover: Option<usize>,
    pub focus: Option<usize>,
    pub selected: Option<usize>,
    pub focused_widget: bool,
    pub transition: Option<Transition>,
    /// Milliseconds a drill animates for; 0 under prefers-reduced-motion.
    pub duration: f64,
    /// The cell a first tap selected, waiting for a second tap to drill.
    armed: Option<usize>,
}

pub const DRILL_MS: f64 = 300.0;

impl Interaction {
    pub fn new(reduced_motion: bool) -> Self {
        Interaction {
            root: 0,
            hover: None,
            focus: None,
            selected: None,
            focused_widget: false,
            transition: None,
            duration: if reduced_motion { 0.0 } else { DRILL_MS },
            armed: None,
        }
    }

    /// Starts over at `root` (after new data): no hover, focus, selection or transition.
    pub fn reset_to(&mut self, root: usize) {
        *self = Interaction { root, focused_widget: self.focused_widget, ..Interaction::new(self.duration == 0.0) };
    }

    /// Progress of the running transition at `now`, in [0, 1]; 1 when none runs.
    pub fn progress(&self, now: f64) -> f64 {
        match self.transition {
            Some(Transition { start: Some(start), duration, .. }) if duration > 0.0 => ((now - start) / duration).clamped(0.0, 1.0),
            Some(Transition { start: None, duration, .. }) if duration > 0.0 => 0.0,
            _ => 1.0,
        }
    }

    /// The child of the current root on the way down to `node` (the cell of this view that
    /// contains it), or `None` if `node` is the root or outside its subtree.
    pub fn cell_of(&self, tree: &Tree, node: usize) -> Option<usize> {
        let mut at = node;
        loop {
            let parent = tree.nodes().get(at)?.parent?;
            if parent == self.root {
                return Some(at);
            }
            at = parent;
        }
    }

    fn drill(&mut self, tree: &Tree, to: usize, effects: &mut Vec<Effect>) {
        if to == self.root || tree.nodes().get(to).is_none_or(|n| n.is_leaf()) {
            return;
        }
        let old_root = self.root;
        self.root = to;
        self.transition = (self.duration > 0.0).then_some(Transition { old_root, start: None, duration: self.duration });
        // Going down, focus the first cell; going up, the cell we came from.
        let came_from = self.cell_of(tree, old_root);
        self.focus = came_from.or_else(|| tree.nodes().get(to).and_then(|n| n.children.first().copied()));
        self.hover = None;
        self.armed = None;
        effects.extend([Effect::Tooltip(None), Effect::Drill(to), Effect::Redraw]);
        if self.focused_widget {
            if let Some(f) = self.focus {
                effects.push(Effect::Announce(f));
            }
        }
    }

    fn activate(&mut self, tree: &Tree, cell: usize, effects: &mut Vec<Effect>) {
        let Some(node) = tree.nodes().get(cell) else { return };
        if node.is_leaf() {
            self.selected = Some(cell);
            effects.extend([Effect::Select(cell), Effect::Redraw]);
        } else {
            self.selected = Some(cell);
            effects.push(Effect::Select(cell));
            self.drill(tree, cell, effects);
        }
    }

    fn move_focus(&mut self, to: usize, effects: &mut Vec<Effect>) {
        if self.focus != Some(to) {
            self.focus = Some(to);
            effects.extend([Effect::Announce(to), Effect::Redraw]);
        }
    }

    /// Feeds one input. `rects` is the current view's layout (`layout` at `root`); indexes into
    /// `tree` and `rects` are checked, so no input can panic, whatever the order.
    pub fn handle(&mut self, tree: &Tree, rects: &[Rect], input: Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        match input {
            Input::PointerMove { x, y } => {
                let hovered = hit(tree, rects, self.root, x, y).filter(|&n| n != self.root);
                if hovered != self.hover {
                    self.hover = hovered;
                    effects.extend([Effect::Tooltip(hovered), Effect::Redraw]);
                } else if hovered.is_some() {
                    effects.push(Effect::Tooltip(hovered)); // follow the pointer
                }
            }
            Input::PointerLeave => {
                if self.hover.take().is_some() {
                    effects.extend([Effect::Tooltip(None), Effect::Redraw]);
                }
            }
            Input::Click { x, y } => {
                if let Some(cell) = hit(tree, rects, self.root, x, y).and_then(|n| self.cell_of(tree, n)) {
                    self.focus = Some(cell);
                    self.activate(tree, cell, &mut effects);
                }
            }
            Input::Tap { x, y } => {
                let node = hit(tree, rects, self.root, x, y);
                match node.and_then(|n| self.cell_of(tree, n).map(|c| (n, c))) {
                    Some((_, cell)) if self.armed == Some(cell) && tree.nodes().get(cell).is_some_and(|n| !n.is_leaf()) => {
                        self.drill(tree, cell, &mut effects);
                    }
                    Some((n, cell)) => {
                        self.armed = Some(cell);
                        self.selected = Some(cell);
                        self.hover = Some(n);
                        effects.extend([Effect::Select(cell), Effect::Tooltip(Some(n)), Effect::Redraw]);
                    }
                    None => {
                        self.armed = None;
                        effects.push(Effect::Tooltip(None));
                    }
                }
            }
            Input::Key(key) => self.key(tree, rects, key, &mut effects),
            Input::DrillTo(node) => self.drill(tree, node, &mut effects),
            Input::Focus => {
                self.focused_widget = true;
                let first = self.focus.or_else(|| tree.nodes().get(self.root).and_then(|n| n.children.first().copied()));
                if let Some(f) = first {
                    self.focus = Some(f);
                    effects.extend([Effect::Announce(f), Effect::Redraw]);
                }
            }
            Input::Blur => {
                self.focused_widget = false;
                effects.push(Effect::Redraw);
            }
            Input::Frame { now } => {
                if let Some(t) = &mut self.transition {
                    let start = *t.start.get_or_insert(now);
                    if now - start >= t.duration {
                        self.transition = None;
                    }
                    effects.push(Effect::Redraw);
                }
            }
        }
        effects
    }

    fn key(&mut self, tree: &Tree, rects: &[Rect], key: Key, effects: &mut Vec<Effect>) {
        let Some(view) = tree.nodes().get(self.root) else { return };
        let siblings = &view.children;
        let Some(&first) = siblings.first() else { return };
        let current = self.focus.filter(|f| siblings.contains(f));
        match key {
            Key::Left | Key::Right | Key::Up | Key::Down => {
                let to = match current {
                    None => first,
                    Some(c) => neighbour(rects, siblings, c, key).unwrap_or(c),
                };
                self.move_focus(to, effects);
            }
            Key::Enter => {
                let cell = current.unwrap_or(first);
                self.focus = Some(cell);
                self.activate(tree, cell, effects);
            }
            Key::Escape | Key::Backspace => {
                if let Some(parent) = view.parent {
                    self.drill(tree, parent, effects);
                }
            }
            Key::Home => {
                if self.root != 0 {
                    let top = self.cell_of_top(tree);
                    self.drill(tree, 0, effects);
                    if let Some(t) = top {
                        self.focus = Some(t);
                    }
                }
            }
        }
    }

    /// The depth-1 ancestor of the current root (where Home should put the focus).
    fn cell_of_top(&self, tree: &Tree) -> Option<usize> {
        tree.tier_of(self.root)
    }
}

#[cfg(test)]
mod tests;
