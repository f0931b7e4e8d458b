// Custom elements over the wasm module. Kept small: the JS finds the data, sizes canvases,
// animates and shows errors; validation, layout and drawing are the Rust code's.
//
// Both elements read their data from a child <script type="application/json">. A widget with
// bad data shows every problem in its own box (and in the console); other widgets still render.

const STYLES = `
:host { display: block; position: relative; contain: content; }
:host([hidden]) { display: none; }
.treemap { aspect-ratio: 16 / 10; min-height: 240px; }
canvas { display: block; width: 100%; height: 100%; }
.error { box-sizing: border-box; height: 100%; overflow: auto; padding: 12px 14px; margin: 0;
  border: 2px solid #b3261e; border-radius: 6px; background: #fdf1f0; color: #3b0a07;
  font: 13px/1.45 system-ui, sans-serif; }
.error strong { display: block; margin-bottom: 6px; font-size: 14px; }
.error pre { margin: 0; white-space: pre-wrap; font: 12px/1.5 ui-monospace, monospace; }
.heading { margin: 0 0 10px; font: 13px/1.4 system-ui, sans-serif; color: #555; }
.heading strong { display: block; font-size: 18px; line-height: 1.3; color: #1a1a1a; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 240px), 1fr)); gap: 12px; }
.cell { aspect-ratio: 4 / 3; min-height: 120px; }
.cell.bullet { aspect-ratio: auto; height: 130px; }
.source { margin: 10px 0 0; font: 11px/1.4 system-ui, sans-serif; color: #555; }
`;

let sheet = null;
function styleSheet() {
  // A constructed stylesheet is CSSOM, so it works under a strict `style-src 'self'` policy.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

function whenParsed(callback) {
  // An element in the page's HTML is connected before its children are parsed; wait for them.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", callback, { once: true });
  } else {
    callback();
  }
}

function inlineJson(element) {
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (!script) throw new Error('no data: put the JSON in a child <script type="application/json">');
  return script.textContent;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text; // data reaches the DOM only as text, never as HTML
  return node;
}

const reducedMotion = () => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
const ENTRY_MS = 500;

// Shared by both elements: the shadow root, rendering once the children are parsed, the error
// box, and the animation frame (cancelled when the element leaves the page).
class WidgetElement extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [styleSheet()];
    }
    whenParsed(() => {
      if (!this.isConnected) return;
      try {
        this.render();
        this.error = null;
      } catch (error) {
        this.showError(error);
      }
    });
  }

  disconnectedCallback() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  // Calls draw(progress) on animation frames for ENTRY_MS (eased), or once with 1 under
  // prefers-reduced-motion; then marks the widget ready.
  animate(draw) {
    const finish = () => {
      this.ready = true;
      this.dispatchEvent(new CustomEvent("widget-ready"));
    };
    this.framesDrawn = 0;
    const frame = (reveal) => {
      this.framesDrawn++;
      draw(reveal);
    };
    if (reducedMotion()) {
      frame(1);
      finish();
      return;
    }
    const start = performance.now();
    const step = (now) => {
      const t = Math.min(1, (now - start) / ENTRY_MS);
      try {
        frame(1 - (1 - t) ** 3);
      } catch (error) {
        this.showError(error);
        return;
      }
      if (t < 1) this.frame = requestAnimationFrame(step);
      else finish();
    };
    frame(0);
    this.frame = requestAnimationFrame(step);
  }

  showError(error) {
    const message = error && error.message ? error.message : String(error);
    const box = el("div", "error");
    box.setAttribute("role", "alert");
    box.append(el("strong", null, `This ${this.kind} could not be drawn`), el("pre", null, message));
    this.shadowRoot.replaceChildren(box);
    this.rendered = null;
    this.error = error;
    console.error(`<${this.localName}>:`, message);
  }
}

export function defineElements(wasm) {
  if (customElements.get("cluster-treemap")) return;

  class ClusterTreemap extends WidgetElement {
    get kind() { return "treemap"; }

    render() {
      const data = inlineJson(this);
      const canvas = el("canvas", "treemap");
      canvas.setAttribute("role", "img");
      this.shadowRoot.replaceChildren(canvas);
      const rendered = wasm.renderTreemap(canvas, data, canvas.clientWidth, canvas.clientHeight, window.devicePixelRatio || 1);
      canvas.setAttribute("aria-label", rendered.title || "Treemap");
      this.rendered = rendered;
      this.ready = true;
      this.dispatchEvent(new CustomEvent("widget-ready"));
    }
  }

  class TargetGauge extends WidgetElement {
    get kind() { return "gauge"; }

    render() {
      const gauges = new wasm.Gauges(inlineJson(this));
      const parts = [];
      if (gauges.title || gauges.subtitle) {
        const heading = el("div", "heading");
        if (gauges.title) heading.append(el("strong", null, gauges.title));
        if (gauges.subtitle) heading.append(document.createTextNode(gauges.subtitle));
        parts.push(heading);
      }
      const grid = el("div", "grid");
      const cells = [];
      for (let i = 0; i < gauges.count; i++) {
        const d = gauges.describe(i);
        const cell = el("div", `cell ${d.style}`);
        cell.setAttribute("role", "meter");
        cell.setAttribute("aria-label", d.label);
        cell.setAttribute("aria-valuemin", String(d.min));
        cell.setAttribute("aria-valuemax", String(d.max));
        cell.setAttribute("aria-valuenow", String(d.now));
        cell.setAttribute("aria-valuetext", d.text);
        const canvas = el("canvas");
        canvas.setAttribute("aria-hidden", "true");
        cell.append(canvas);
        grid.append(cell);
        cells.push({ canvas, description: d });
      }
      parts.push(grid);
      if (gauges.source) parts.push(el("p", "source", `Source: ${gauges.source}`));
      this.shadowRoot.replaceChildren(...parts);
      this.rendered = { count: gauges.count, gauges: cells.map((c) => c.description) };
      const dpr = window.devicePixelRatio || 1;
      const sizes = cells.map((c) => [c.canvas.clientWidth, c.canvas.clientHeight]);
      this.animate((reveal) => {
        cells.forEach((c, i) => gauges.render(i, c.canvas, sizes[i][0], sizes[i][1], dpr, reveal));
      });
    }
  }

  customElements.define("cluster-treemap", ClusterTreemap);
  customElements.define("target-gauge", TargetGauge);
}
