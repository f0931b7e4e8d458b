// The treemap's tooltip: all that describe(n) says (swatch, name, path, the value emphasised,
// shares, note, the whole description). After a mouse or keyboard it floats beside the cell's
// rectangle, never over it, flipped and clamped into the viewport; after a touch it is a panel
// docked inside the drawing's edge away from the cell, with a close button.
import { node } from "./dom.js";

const GAP = 10, EDGE = 4;

export class Tooltip {
  el = node("div", "tooltip");
  close = node("button", "close", "×");
  #n = null;

  constructor() {
    this.el.setAttribute("role", "tooltip");
    this.el.hidden = true;
    this.close.type = "button"; // named by the element, in the data's language
  }

  /** Shows node `n` (`d` = describe(n)); `canvas` is its canvas, `pointer` client px or null;
   * `assumed` the words for an assumed value. A data template (`d.tooltip`) is the whole text. */
  show(n, d, canvas, pointer, docked, assumed) {
    const tip = this.el;
    tip.hidden = false;
    if (n !== this.#n) {
      const muted = (text) => node("p", "muted", text), swatch = node("span", "swatch"), head = node("strong");
      const note = d.assumed ? assumed + (d.note ? `: ${d.note}` : "") : d.note;
      swatch.style.background = d.color || "";
      tip.replaceChildren(this.close, head);
      if (d.tooltip != null) head.append(swatch, node("span", "own", d.tooltip));
      else {
        head.append(swatch, d.name);
        if (d.path.length > 1) tip.append(muted(d.path.slice(0, -1).join(" › ")));
        tip.append(node("p", "value", d.valueText), muted([d.shareOfParent, d.shareOfTotal].filter(Boolean).join(" · ")));
        if (note) tip.append(muted(note));
        if (d.description) tip.append(node("p", 0, d.description));
      }
      this.#n = n;
    }
    const c = canvas.getBoundingClientRect(), r = d.rect;
    // The cell in client px; without a drawn rectangle, a box around the pointer.
    const [px, py] = pointer || [c.left + c.width / 2, c.top + c.height / 2];
    const cell = r ? [c.left + r[0], c.top + r[1], c.left + r[2], c.top + r[3]] : [px - 16, py - 16, px + 16, py + 16];
    tip.classList.toggle("docked", !!docked);
    if (docked) {
      // Inside the drawing, at the edge farther from the cell.
      const top = (cell[1] + cell[3]) / 2 > c.top + c.height / 2;
      tip.classList.toggle("top", top);
      tip.style.transform = "";
      tip.scrollTop = 0;
      return;
    }
    const w = tip.offsetWidth, h = tip.offsetHeight, W = innerWidth - EDGE, H = innerHeight - EDGE;
    const clamp = (v, max) => Math.round(Math.max(EDGE, Math.min(v, max)));
    let x, y;
    if (cell[2] + GAP + w <= W) x = cell[2] + GAP;
    else if (cell[0] - GAP - w >= EDGE) x = cell[0] - GAP - w;
    if (x != null) y = clamp(py - 24, H - h);
    else {
      // No room beside the cell: below or above it, else off the pointer.
      x = clamp(px - w / 2, W - w);
      if (cell[3] + GAP + h <= H) y = cell[3] + GAP;
      else if (cell[1] - GAP - h >= EDGE) y = cell[1] - GAP - h;
      else y = clamp(py + 24 + h <= H ? py + 24 : py - 24 - h, H - h);
    }
    tip.style.transform = `translate(${Math.round(x)}px,${y}px)`;
  }

  hide() {
    this.el.hidden = true;
    this.#n = null;
  }
}
