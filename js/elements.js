// Custom elements over the wasm module. Kept small: the JS only finds the data, sizes the
// canvas and shows errors; validation, layout and drawing are the Rust code's.
//
// <cluster-treemap> reads its data from a child <script type="application/json">. A widget with
// bad data shows every problem in its own box (and in the console); other widgets still render.

const STYLES = `
:host { display: block; position: relative; aspect-ratio: 16 / 10; min-height: 240px; contain: content; }
canvas { display: block; width: 100%; height: 100%; }
.error { box-sizing: border-box; height: 100%; overflow: auto; padding: 12px 14px; margin: 0;
  border: 2px solid #b3261e; border-radius: 6px; background: #fdf1f0; color: #3b0a07;
  font: 13px/1.45 system-ui, sans-serif; }
.error strong { display: block; margin-bottom: 6px; font-size: 14px; }
.error pre { margin: 0; white-space: pre-wrap; font: 12px/1.5 ui-monospace, monospace; }
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

export function defineElements(wasm) {
  if (customElements.get("cluster-treemap")) return;

  class ClusterTreemap extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) {
        const root = this.attachShadow({ mode: "open" });
        root.adoptedStyleSheets = [styleSheet()];
      }
      whenParsed(() => this.render());
    }

    render() {
      const root = this.shadowRoot;
      if (!root || !this.isConnected) return;
      try {
        const data = inlineJson(this);
        const canvas = document.createElement("canvas");
        canvas.setAttribute("role", "img");
        root.replaceChildren(canvas);
        const width = this.clientWidth, height = this.clientHeight;
        const rendered = wasm.renderTreemap(canvas, data, width, height, window.devicePixelRatio || 1);
        canvas.setAttribute("aria-label", rendered.title || "Treemap");
        this.rendered = rendered;
        this.error = null;
      } catch (error) {
        this.showError(error);
      }
    }

    showError(error) {
      const message = error && error.message ? error.message : String(error);
      const box = document.createElement("div");
      box.className = "error";
      box.setAttribute("role", "alert");
      const heading = document.createElement("strong");
      heading.textContent = "This treemap could not be drawn";
      const details = document.createElement("pre");
      details.textContent = message; // data reaches the DOM only as text, never as HTML
      box.append(heading, details);
      this.shadowRoot.replaceChildren(box);
      this.rendered = null;
      this.error = error;
      console.error("<cluster-treemap>:", message);
    }
  }

  customElements.define("cluster-treemap", ClusterTreemap);
}
