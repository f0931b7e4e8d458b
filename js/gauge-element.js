// <target-gauge>: a wasm Gauges object drawn into a grid of canvases, one ARIA meter per gauge
// (an image for a gauge with no value to claim).
// Each card is DOM text around its canvas — the title above, the gap, change and note lines
// below, all wrapping — so the canvases of one grid are one size and their arcs one diameter
// (the cards' rows line up through CSS subgrid). A key under the grid names the band and ticks.
// The first data sweeps in over 500 ms (drawn at once under prefers-reduced-motion); later data
// is drawn at once. Every frame draws at the cells' current size and pixel ratio, so the grid
// follows its container and the screen like the treemap does.
import { WidgetElement } from "./widget-element.js";
import { node, png } from "./dom.js";
import { reducedMotion } from "./theme.js";

const ENTRY_MS = 500;
const swept = new WeakSet(); // elements whose first gauges have swept in

class GaugeView {
  static kind = "gauge";
  #gauges;
  #grid = node("div", "grid");
  #canvases = [];
  #start;
  #sweep;

  constructor(el, wasm, data, { own }) {
    const g = (this.#gauges = own(new wasm.Gauges(data, el.closest("[lang]")?.lang))), grid = this.#grid, parts = [grid];
    const words = g.strings();
    this.#sweep = !swept.has(el) && !reducedMotion();
    swept.add(el);
    this.rendered = { count: g.count, gauges: [] };
    let gaps = false;
    for (let i = 0; i < g.count; i++) {
      const d = g.describe(i), cell = node("div", `cell ${d.style}`), canvas = node("canvas"), lines = node("div", "lines");
      // A meter claims a current value; a gauge without a baseline has none (it shows its
      // target alone), so it is an image named by its title and its sentence.
      const measured = d.gap != words.noBaseline;
      for (const [k, v] of measured ? [["role", "meter"], ["aria-label", d.label], ["aria-valuemin", d.min], ["aria-valuemax", d.max], ["aria-valuenow", d.now], ["aria-valuetext", d.text]] : [["role", "img"], ["aria-label", `${d.label}: ${d.text}`]]) {
        cell.setAttribute(k, v);
      }
      canvas.setAttribute("aria-hidden", "true");
      lines.append(node("p", "gap", d.gap));
      for (const line of [d.delta, d.note]) if (line != null) lines.append(node("p", 0, line));
      cell.append(node("p", "t", d.label), canvas, lines);
      grid.append(cell);
      gaps ||= measured;
      this.#canvases.push(canvas);
      this.rendered.gauges.push(d);
    }
    if (g.title || g.subtitle) {
      const heading = node("div", "heading");
      if (g.title) {
        // A real heading, level 2 unless the page says otherwise (heading-level="3").
        const h = heading.appendChild(node("strong", 0, g.title));
        h.setAttribute("role", "heading");
        h.setAttribute("aria-level", el.getAttribute("heading-level") || 2);
      }
      if (g.subtitle) heading.append(g.subtitle); // a text node
      parts.unshift(heading);
    }
    if (gaps) parts.push(key(words));
    if (g.source) parts.push(node("p", "source", words.source.replace("{source}", g.source)));
    el.shadowRoot.replaceChildren(...parts);
  }

  /** Gauges are rebuilt for new data. */
  update() {
    return false;
  }

  /** One frame of every gauge (eased sweep); true while the sweep runs. */
  paint(now) {
    this.#start ??= now;
    const t = this.#sweep ? Math.min(1, (now - this.#start) / ENTRY_MS) : 1, dpr = devicePixelRatio || 1;
    this.#canvases.forEach((c, i) => this.#gauges.render(i, c, c.clientWidth, c.clientHeight, dpr, 1 - (1 - t) ** 3));
    // A grid taller than its box scrolls inside it: the keyboard must reach it (WCAG 2.1.1).
    // Checked on a still frame only, so the sweep's frames force no layout.
    const host = this.#grid.getRootNode().host;
    if (t >= 1 && host.scrollHeight > host.clientHeight && !host.hasAttribute("tabindex")) host.tabIndex = 0;
    return t < 1;
  }

  /** The grid as SVG, as wide as it is on the page, with its heading and source. */
  toSvg() {
    return this.#gauges.toSvg(this.#canvases[0], this.#grid.clientWidth);
  }

  /** The grid as one PNG at the device pixel ratio, each cell's canvas composed in place (no image URLs: fine under a strict CSP). */
  toPng() {
    const dpr = devicePixelRatio || 1, box = this.#grid.getBoundingClientRect(), out = node("canvas"), ctx = out.getContext("2d");
    out.width = Math.round(box.width * dpr);
    out.height = Math.round(box.height * dpr);
    ctx.fillStyle = getComputedStyle(this.#grid.getRootNode().host).backgroundColor; // the theme's, dark or light
    ctx.fillRect(0, 0, out.width, out.height);
    for (const c of this.#canvases) {
      const r = c.getBoundingClientRect();
      ctx.drawImage(c, Math.round((r.left - box.left) * dpr), Math.round((r.top - box.top) * dpr));
    }
    return png(out);
  }
}

/** The key under the grid: the gap band's swatch, the baseline's and the target's ticks. */
function key(words) {
  const k = node("p", "key");
  for (const [cls, text] of [["gap", words.keyGap], ["base", words.keyBaseline], ["goal", words.keyTarget]]) {
    const item = node("span");
    item.append(node("i", cls), text);
    k.append(item);
  }
  k.setAttribute("aria-hidden", "true"); // each meter's sentence says it all
  return k;
}

export class TargetGauge extends WidgetElement {
  static View = GaugeView;
  skeleton() {
    // One empty card: the first frame reserves a card's height before the wasm is ready.
    const grid = node("div", "grid"), cell = node("div", "cell");
    cell.append(node("p", "t"), node("canvas"), node("div", "lines"));
    grid.append(cell);
    return [grid];
  }
}
