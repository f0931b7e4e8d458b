// <cluster-treemap>: a wasm Treemap on a canvas inside a figure (header, breadcrumb bar with
// "Up", tier legend, footer: js/treemap-figure.js), with a tooltip and a live region. DOM events become plain inputs for the wasm; its effects (redraw, tooltip,
// announce, select, drill) are carried out here. `cluster-select` and `cluster-drill` are
// cancelable: preventDefault() keeps the selection and the level.
import { WidgetElement } from "./widget-element.js";
import { over } from "./source.js";
import { node, png, event, fill } from "./dom.js";
import { reducedMotion } from "./theme.js";
import { Figure } from "./treemap-figure.js";
import { Tooltip } from "./treemap-tooltip.js";
import { rows, outline, itemId, spokenName } from "./treemap-outline.js";
import { TableView } from "./treemap-table.js";

// Options given as attributes (tiling, color-by) are laid over the data's own.
function withOptions(element, data) {
  const tiling = element.getAttribute("tiling"), colorBy = element.getAttribute("color-by");
  if (!tiling && !colorBy) return data;
  return over(data, (d) => ({ options: { ...d.options, ...(tiling && { tiling }), ...(colorBy && { colorBy }) } }));
}

class TreemapView {
  static kind = "treemap";
  #el;
  #tm;
  #signal;
  #schedule;
  #canvas = node("canvas");
  #stage = node("div", "stage");
  #fig;
  #words;
  #tip = new Tooltip();
  #live = node("div", "sr-only");
  #keys = false; // the canvas has focus and keys drive it
  #outline = node("div", "sr-only");
  #table = new TableView();
  #path = [];
  #selected;
  #pointer = null;
  #touch = matchMedia("(pointer: coarse)").matches;
  #size = "";
  #gen = 0;
  #legendFor = "";

  constructor(el, wasm, data, { own, on, schedule, signal }) {
    const canvas = this.#canvas;
    const lang = el.closest("[lang]")?.lang;
    const tm = (this.#tm = own(new wasm.Treemap(canvas, withOptions(el, data), reducedMotion(), lang)));
    this.#el = el;
    this.#signal = signal;
    this.#schedule = schedule;
    canvas.tabIndex = 0;
    // The canvas is the tree of the hierarchy: its items are the outline's (owned, not drawn),
    // the focused cell its active descendant.
    canvas.setAttribute("role", "tree");
    canvas.setAttribute("aria-owns", "outline");
    this.#fig = new Figure((this.#words = tm.strings()));
    canvas.setAttribute("aria-roledescription", this.#words.treemap);
    const { up, crumbs } = this.#fig;
    this.#live.setAttribute("aria-live", "polite");
    this.#stage.append(canvas, this.#tip.el);
    el.shadowRoot.replaceChildren(...this.#fig.parts(this.#stage, this.#table.toggle, this.#table.box), this.#live, this.#outline);
    this.#refresh();
    this.#outlineOf();
    this.#fig.legend(tm.legend()); // the tiers at once; their unlabelled groups after a frame

    const act = (effects) => this.#act(effects);
    const at = (e) => {
      this.#pointer = [e.clientX, e.clientY];
      this.#touch = e.pointerType == "touch";
    };
    on(canvas, "pointermove", (e) => { if (e.pointerType != "touch") { at(e); act(tm.input("move", e.offsetX, e.offsetY)); } });
    // A lifted finger "leaves" at once: only mouse and pen leaving hides the tooltip.
    on(canvas, "pointerleave", (e) => { if (e.pointerType != "touch") act(tm.input("leave", 0, 0)); });
    on(canvas, "pointerup", (e) => { at(e); act(tm.input(e.pointerType == "touch" ? "tap" : "click", e.offsetX, e.offsetY)); });
    // The focus ring and announcements are for keyboard focus, not for a mouse click; a key
    // pressed after a click turns them on (the ring shows whenever keys drive the canvas).
    const keyFocus = () => this.#keys || ((this.#keys = true), act(tm.input("focus", 0, 0)));
    on(canvas, "keydown", (e) => {
      this.#pointer = null; // the tooltip goes beside the focused cell, not by a stale pointer
      keyFocus();
      const effects = tm.key(e.key);
      if (effects) {
        e.preventDefault();
        act(effects);
      }
    });
    on(canvas, "focus", () => canvas.matches(":focus-visible") && keyFocus());
    on(canvas, "blur", () => {
      this.#keys = false;
      canvas.removeAttribute("aria-activedescendant");
      act(tm.input("blur", 0, 0));
    });
    // Escape anywhere dismisses the tooltip (WCAG 1.4.13); on the canvas it also goes up a level.
    on(document, "keydown", (e) => e.key == "Escape" && el.shadowRoot.activeElement != canvas && act(tm.input("leave", 0, 0)));
    // After a breadcrumb or Up, the keyboard carries on in the cells.
    const go = (n) => { this.#go(n); canvas.focus(); };
    on(crumbs, "click", (e) => go(e.target.closest("button")?.value));
    on(up, "click", () => go(this.#path.at(-2)?.node));
    on(this.#tip.close, "click", () => act(tm.input("leave", 0, 0)));
  }

  /** New data in place: cells move from their old rectangles (the wasm keeps the level). */
  update(data) {
    this.#tm.update(withOptions(this.#el, data));
    this.#selected = undefined;
    this.#gen++;
    this.#fig.words = this.#words = this.#tm.strings();
    this.#tooltip(null);
    // Node numbers are the new data's: the old active item would name another node.
    this.#canvas.removeAttribute("aria-activedescendant");
    this.#outlineOf();
    this.#refresh(true);
    return true;
  }

  // The tree the canvas owns and the Table view, from the same rows (js/treemap-outline.js).
  #outlineOf() {
    const tm = this.#tm, all = rows(tm);
    this.#outline.replaceChildren(outline(all, this.#words));
    this.#table.set(all, { words: this.#words, unit: tm.legend().unit, title: tm.title, lang: this.#el.closest("[lang]")?.lang, total: tm.describe(0).value });
  }

  /** One frame: follows the stage's size and pixel ratio; true while a transition runs. */
  paint(now) {
    const tm = this.#tm, s = this.#stage, size = [s.clientWidth, s.clientHeight, devicePixelRatio || 1];
    if (String(size) != this.#size) {
      tm.resize(...size);
      this.#size = String(size);
    }
    const moving = tm.frame(now);
    tm.render();
    // The legend's sub-groups are those left unlabelled by the still frame at this size.
    const key = `${this.#gen} ${this.#path.at(-1)?.node} ${this.#size}`;
    if (!moving && key != this.#legendFor) {
      this.#legendFor = key;
      this.#fig.legend(tm.legend());
    }
    return moving;
  }

  get rendered() {
    return this.#tm.summary();
  }
  toSvg() {
    return this.#tm.toSvg();
  }
  toPng() {
    return png(this.#canvas);
  }

  // Dispatches a cancelable event about a node; false when a listener cancelled it.
  #emit(type, n) {
    const { id, name, path, value } = this.#tm.describe(n);
    return this.#el.dispatchEvent(event(type, { id, name, path, value }, true));
  }

  // Breadcrumb and Up: the target is known, so the event goes first and the wasm only if allowed.
  #go(n) {
    if (n != null && n !== "" && this.#emit("cluster-drill", +n)) this.#act(this.#tm.drillTo(+n), true);
  }

  #act(effects, announced) {
    const tm = this.#tm;
    for (const { type, node: n } of effects || []) {
      if (this.#signal.aborted) return; // a listener removed the element or gave it new data
      if (type == "redraw") this.#schedule();
      else if (type == "tooltip") this.#tooltip(n);
      else if (type == "announce") {
        // The focused cell's tree item, which screen readers speak; past the outline's end
        // (a huge tree), the live region says it.
        const item = this.#outline.querySelector(`#${itemId(n)}`);
        if (item) this.#canvas.setAttribute("aria-activedescendant", item.id);
        else this.#live.textContent = tm.describe(n).announcement;
        // Keyboard focus shows the focused cell's tooltip too (its whole description).
        if (this.#keys) this.#tooltip(n);
      }
      else if (type == "select") {
        // Cancelled: the previous selection stays.
        if (this.#emit("cluster-select", n)) this.#selected = n;
        else this.#act(tm.select(this.#selected), true);
      } else if (type == "drill") {
        if (!announced && !this.#emit("cluster-drill", n)) {
          // Cancelled: back to the level we were at, at once.
          return this.#act(tm.drillTo(this.#path.at(-1).node, false), true);
        }
        this.#refresh(true);
      }
    }
  }

  // `changed`: a new level or new data, which the live region speaks (a tree item names only
  // its cell): the level's path, value and share.
  #refresh(changed) {
    const tm = this.#tm, path = (this.#path = tm.breadcrumb());
    if (changed) this.#live.textContent = spokenName(tm.describe(path.at(-1).node), this.#words);
    this.#canvas.setAttribute("aria-label", fill(this.#words.keyboardHelp, { title: tm.title || "Treemap" }));
    this.#tip.close.setAttribute("aria-label", this.#words.close);
    this.#fig.level(tm, path);
  }

  #tooltip(n) {
    if (n == null) return this.#tip.hide();
    const d = this.#tm.describe(n), format = this.#el.formatTooltip;
    // A page's own tooltip line (ECharts' formatter): text, never HTML; if it throws, the default.
    if (typeof format == "function") {
      try {
        d.tooltip = String(format(d));
      } catch (e) {
        console.error(e);
      }
    }
    this.#tip.show(n, d, this.#canvas, this.#pointer, this.#touch, this.#words.assumedValue);
  }
}

export class ClusterTreemap extends WidgetElement {
  static View = TreemapView;
  #states = this.attachInternals?.().states;
  connectedCallback() {
    this.#fit();
    super.connectedCallback();
  }
  repaint() {
    this.#fit();
    super.repaint();
  }
  // `--treemap-aspect-ratio: auto` fills the container's height (`:state(fill)` in the styles).
  #fit() {
    const fill = getComputedStyle(this).getPropertyValue("--treemap-aspect-ratio").trim() == "auto";
    this.#states?.[fill ? "add" : "delete"]("fill");
  }
  // The frame before the first drawing: header, stage and footer as they will be, from the
  // data's own text (titles and tier names need no wasm); only the legend's numbers come later.
  skeleton(data) {
    const stage = node("div", "stage");
    try {
      const text = data ?? this.querySelector(':scope>script[type="application/json"]')?.textContent;
      const d = typeof text == "string" ? text.length < 1e6 && JSON.parse(text) : text;
      const f = new Figure({ source: "{source}", ...d.strings });
      f.level(d, [{}]);
      f.legend({ assumed: /"assumed":\s*true/.test(JSON.stringify(d)), tiers: d.tree.children.map((c) => ({ name: c.name })) });
      return f.parts(stage);
    } catch {
      return [stage];
    }
  }
}
