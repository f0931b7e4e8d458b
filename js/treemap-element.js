// <cluster-treemap>: a wasm Treemap on a canvas, with a breadcrumb, an "Up" button, a tooltip
// and a live region. DOM events become plain inputs for the wasm; its effects (redraw, tooltip,
// announce, select, drill) are carried out here. `cluster-select` and `cluster-drill` are
// cancelable: preventDefault() keeps the selection and the level.
import { WidgetElement } from "./widget-element.js";
import { node, png, event } from "./dom.js";
import { reducedMotion } from "./theme.js";

// Options given as attributes (tiling, color-by) are laid over the data's own.
function withOptions(element, data) {
  const tiling = element.getAttribute("tiling"), colorBy = element.getAttribute("color-by");
  if (!tiling && !colorBy) return data;
  if (typeof data == "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return data; // the validator words the error
    }
  }
  return { ...data, options: { ...data?.options, ...(tiling && { tiling }), ...(colorBy && { colorBy }) } };
}

class TreemapView {
  static kind = "treemap";
  #el;
  #tm;
  #signal;
  #schedule;
  #canvas = node("canvas");
  #stage = node("div", "stage");
  #crumbs = node("nav", "crumbs");
  #up = node("button", "up", "↑ Up");
  #tip = node("div", "tooltip");
  #live = node("div", "sr-only");
  #path = [];
  #selected;
  #tipNode = null;
  #pointer = [0, 0];
  #size = "";

  constructor(el, wasm, data, { own, on, schedule, signal }) {
    const canvas = this.#canvas, up = this.#up, crumbs = this.#crumbs;
    const tm = (this.#tm = own(new wasm.Treemap(canvas, withOptions(el, data), reducedMotion())));
    this.#el = el;
    this.#signal = signal;
    this.#schedule = schedule;
    canvas.tabIndex = 0;
    canvas.setAttribute("role", "application");
    canvas.setAttribute("aria-roledescription", "treemap");
    crumbs.setAttribute("aria-label", "Treemap levels");
    up.type = "button";
    this.#tip.setAttribute("role", "tooltip");
    this.#tip.hidden = true;
    this.#live.setAttribute("aria-live", "polite");
    this.#stage.append(canvas, up);
    el.shadowRoot.replaceChildren(crumbs, this.#stage, this.#tip, this.#live);
    this.#refresh();

    const act = (effects) => this.#act(effects);
    const at = (e) => { this.#pointer = [e.clientX, e.clientY]; };
    on(canvas, "pointermove", (e) => { if (e.pointerType != "touch") { at(e); act(tm.input("move", e.offsetX, e.offsetY)); } });
    // A lifted finger "leaves" at once: only mouse and pen leaving hides the tooltip.
    on(canvas, "pointerleave", (e) => { if (e.pointerType != "touch") act(tm.input("leave", 0, 0)); });
    on(canvas, "pointerup", (e) => { at(e); act(tm.input(e.pointerType == "touch" ? "tap" : "click", e.offsetX, e.offsetY)); });
    on(canvas, "keydown", (e) => {
      const effects = tm.key(e.key);
      if (effects) {
        e.preventDefault();
        act(effects);
      }
    });
    // The focus ring and announcements are for keyboard focus, not for a mouse click.
    on(canvas, "focus", () => { if (canvas.matches(":focus-visible")) act(tm.input("focus", 0, 0)); });
    on(canvas, "blur", () => act(tm.input("blur", 0, 0)));
    on(crumbs, "click", (e) => this.#go(e.target.closest("button:not([aria-current])")?.value));
    on(up, "click", () => this.#go(this.#path.at(-2)?.node));
  }

  /** New data in place: cells move from their old rectangles (the wasm keeps the level). */
  update(data) {
    this.#tm.update(withOptions(this.#el, data));
    this.#selected = undefined;
    this.#tooltip(null);
    this.#refresh();
    return true;
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
      else if (type == "announce") this.#live.textContent = tm.describe(n).announcement;
      else if (type == "select") {
        // Cancelled: the previous selection stays.
        if (this.#emit("cluster-select", n)) this.#selected = n;
        else this.#act(tm.select(this.#selected), true);
      } else if (type == "drill") {
        if (!announced && !this.#emit("cluster-drill", n)) {
          // Cancelled: back to the level we were at, at once.
          return this.#act(tm.drillTo(this.#path.at(-1).node, false), true);
        }
        this.#refresh();
      }
    }
  }

  #refresh() {
    const tm = this.#tm, path = (this.#path = tm.breadcrumb());
    this.#canvas.setAttribute("aria-label", `${tm.title || "Treemap"}. Arrow keys move between cells, Enter opens a group, Escape goes back, Home returns to the top.`);
    this.#crumbs.replaceChildren(...path.flatMap((c, i) => {
      const b = node("button", 0, c.name);
      b.type = "button";
      b.value = c.node;
      if (i == path.length - 1) b.setAttribute("aria-current", "location");
      return i ? [node("span", "sep", "›"), b] : [b];
    }));
    this.#up.hidden = path.length < 2;
  }

  #tooltip(n) {
    const tip = this.#tip;
    if ((tip.hidden = n == null)) return (this.#tipNode = null);
    if (n !== this.#tipNode) {
      const d = this.#tm.describe(n), muted = (text) => node("div", "muted", text);
      const note = d.assumed ? `* Assumed value${d.note ? `: ${d.note}` : ""}` : d.note;
      tip.replaceChildren(node("strong", 0, d.name));
      if (d.path.length > 1) tip.append(muted(d.path.slice(0, -1).join(" › ")));
      tip.append(node("p", 0, d.valueText), muted([d.shareOfParent, d.shareOfTotal].filter(Boolean).join(" · ")));
      if (note) tip.append(node("p", "muted", note));
      if (d.description) tip.append(node("p", "description", d.description));
      this.#tipNode = n;
    }
    // Beside the pointer, flipped and clamped so it stays inside the viewport.
    const box = tip.getBoundingClientRect(), [px, py] = this.#pointer;
    let x = px + 14, y = py + 14;
    if (x + box.width > innerWidth - 4) x = px - 14 - box.width;
    if (y + box.height > innerHeight - 4) y = py - 14 - box.height;
    tip.style.transform = `translate(${Math.round(Math.max(4, x))}px,${Math.round(Math.max(4, y))}px)`;
  }
}

export class ClusterTreemap extends WidgetElement {
  static View = TreemapView;
  skeleton() {
    return [node("div", "crumbs"), node("div", "stage")];
  }
}
