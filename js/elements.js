// Custom elements over the wasm module. Kept small: the JS finds the data, sizes canvases,
// animates and shows errors; validation, layout and drawing are the Rust code's.
//
// Both elements read their data from a child <script type="application/json">. A widget with
// bad data shows every problem in its own box (and in the console); other widgets still render.

// Whitespace is kept minimal: this text ships as is (esbuild does not minify it).
const STYLES = `
:host{
display:block;position:relative;
--cw-background:#ffffff;--cw-text:#1a1a1a;--cw-muted:#555555;--cw-track:#e4e4e4;--cw-link:#0a58a8;
--cw-palette:#0072b2,#e69f00,#009e73,#cc79a7,#d55e00,#56b4e9,#f0e442;
--cw-tooltip-background:#1a1a1a;--cw-tooltip-text:#ffffff;--cw-tooltip-muted:#cfcfcf;
--cw-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
color:var(--cw-text);font-family:var(--cw-font-family);
}
@media (prefers-color-scheme:dark){
:host(:not([theme="light"])){
--cw-background:#161616;--cw-text:#ededed;--cw-muted:#b4b4b4;--cw-track:#3a3a3a;--cw-link:#8ab4f8;
--cw-tooltip-background:#f2f2f2;--cw-tooltip-text:#111111;--cw-tooltip-muted:#444444;
}
}
:host([theme="dark"]){
--cw-background:#161616;--cw-text:#ededed;--cw-muted:#b4b4b4;--cw-track:#3a3a3a;--cw-link:#8ab4f8;
--cw-tooltip-background:#f2f2f2;--cw-tooltip-text:#111111;--cw-tooltip-muted:#444444;
}
:host([hidden]){display:none;}
.stage{position:relative;aspect-ratio:var(--treemap-aspect-ratio,16 / 10);min-height:240px;}
canvas:focus{outline:none;}
.crumbs{display:flex;flex-wrap:wrap;align-items:center;gap:2px;min-height:30px;margin:0 0 4px;
box-sizing:border-box;
font:13px/1.3 system-ui,sans-serif;}
.crumbs button,.up{font:inherit;border:0;border-radius:4px;padding:5px 7px;cursor:pointer;}
.crumbs button{background:none;color:var(--cw-link);text-decoration:underline;}
.crumbs button[aria-current]{color:var(--cw-text);text-decoration:none;font-weight:600;cursor:default;}
.crumbs .sep{color:#767676;}
.crumbs button:focus-visible,.up:focus-visible{outline:3px solid var(--cw-text);outline-offset:1px;}
.up{position:absolute;right:8px;bottom:8px;min-width:44px;min-height:44px;background:var(--cw-tooltip-background);color:var(--cw-tooltip-text);
font:600 13px system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);}
.up[hidden],.tooltip[hidden]{display:none;}
.tooltip{position:fixed;left:0;top:0;z-index:2147483647;box-sizing:border-box;max-width:min(340px,92vw);
pointer-events:none;padding:8px 10px;border-radius:6px;background:var(--cw-tooltip-background);color:var(--cw-tooltip-text);
font:12px/1.45 system-ui,sans-serif;box-shadow:0 2px 10px rgba(0,0,0,.35);}
.tooltip strong{display:block;font-size:13px;}
.tooltip .muted{color:var(--cw-tooltip-muted);}
.tooltip p{margin:4px 0 0;}
.tooltip .description{max-height:7.3em;overflow:hidden;}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;}
canvas{display:block;width:100%;height:100%;}
.error{box-sizing:border-box;height:100%;overflow:auto;padding:12px 14px;margin:0;
border:2px solid #b3261e;border-radius:6px;background:#fdf1f0;color:#3b0a07;
font:13px/1.45 system-ui,sans-serif;}
.error strong{display:block;margin-bottom:6px;font-size:14px;}
.error pre{margin:0;white-space:pre-wrap;font:12px/1.5 ui-monospace,monospace;}
.heading{margin:0 0 10px;font:13px/1.4 var(--cw-font-family);color:var(--cw-muted);}
.heading strong{display:block;font-size:18px;line-height:1.3;color:var(--cw-text);}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,240px),1fr));gap:12px;}
.cell{aspect-ratio:4 / 3;min-height:120px;}
.cell.bullet{aspect-ratio:auto;height:130px;}
.source{margin:10px 0 0;font:11px/1.4 var(--cw-font-family);color:var(--cw-muted);}
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

// The widget's colours from its CSS custom properties, normalised to #rrggbb by a canvas (which
// accepts any CSS colour), for the wasm renderer.
let colourCanvas = null;
function normalise(value) {
  colourCanvas = colourCanvas || document.createElement("canvas").getContext("2d");
  colourCanvas.fillStyle = "#000000";
  colourCanvas.fillStyle = value.trim();
  return colourCanvas.fillStyle;
}
function readTheme(element) {
  const css = getComputedStyle(element);
  const prop = (name) => normalise(css.getPropertyValue(name) || "#000000");
  const palette = (css.getPropertyValue("--cw-palette").match(/[^,(]+(\([^)]*\))?/g) || []).map(normalise);
  return { background: prop("--cw-background"), text: prop("--cw-text"), muted: prop("--cw-muted"), track: prop("--cw-track"), palette };
}
const darkQuery = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;

// Live widgets (drawn, not yet torn down): a count for leak checks, ClusterWidgets.liveWidgets().
export const alive = { count: 0 };

// Widgets render when they come within a screen of the viewport: pages with many widgets
// below the fold start fast.
let lazyObserver = null;
function whenNearView(element, callback) {
  if (typeof IntersectionObserver !== "function") { callback(); return () => {}; }
  lazyObserver = lazyObserver || new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      lazyObserver.unobserve(e.target);
      const fn = e.target.__cwNearView;
      e.target.__cwNearView = null;
      if (fn) fn();
    }
  }, { rootMargin: "100% 0px" });
  element.__cwNearView = callback;
  lazyObserver.observe(element);
  return () => { element.__cwNearView = null; lazyObserver.unobserve(element); };
}

const reducedMotion = () => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
const ENTRY_MS = 500;

// Shared by both elements: the shadow root, rendering once the children are parsed, the error
// box, and the animation frame (cancelled when the element leaves the page).
class WidgetElement extends HTMLElement {
  static get observedAttributes() { return ["theme", "src", "tiling", "color-by"]; }

  // A theme change repaints; a new source or option draws again.
  attributeChangedCallback(name, before, after) {
    if (before === after || !this.shadowRoot) return;
    if (name === "theme") { if (this.repaint) this.repaint(); return; }
    if (name === "src") this.fetched = undefined;
    this.redraw();
  }

  // Measures again and redraws (the widgets also follow their container on their own).
  resize() {
    if (this.remeasure) this.remeasure();
    else if (this.started) this.redraw();
  }

  redraw() {
    if (!this.isConnected) return;
    try {
      this.render();
      this.error = null;
    } catch (error) {
      this.showError(error);
    }
  }

  // The data to draw: set from JS, else fetched from `src`, else the inline <script>. Options
  // given as attributes (tiling, color-by) are laid over the data's own.
  source() {
    let data = this._data !== undefined ? this._data : this.fetched !== undefined ? this.fetched : inlineJson(this);
    const tiling = this.getAttribute("tiling"), colorBy = this.getAttribute("color-by");
    if ((tiling || colorBy) && this.kind === "treemap") {
      let object = data;
      if (typeof data === "string") {
        try { object = JSON.parse(data); } catch { return data; } // the validator words the error
      }
      object = { ...object, options: { ...(object.options || {}), ...(tiling ? { tiling } : {}), ...(colorBy ? { colorBy } : {}) } };
      data = object;
    }
    return data;
  }

  // Fetches `src` when there is no other data; from file:// explains what to do instead.
  load() {
    const src = this.getAttribute("src");
    if (!src || this._data !== undefined || this.fetched !== undefined || this.querySelector(':scope > script[type="application/json"]')) return Promise.resolve();
    if (location.protocol === "file:") {
      return Promise.reject(new Error(`The data is at src="${src}", which a page opened from file:// cannot fetch. Put the JSON in a child <script type="application/json"> instead, or serve the page over http.`));
    }
    return fetch(src).then((r) => {
      if (!r.ok) throw new Error(`src="${src}": the server answered ${r.status} ${r.statusText}`);
      return r.text();
    }).then((text) => { this.fetched = text; });
  }

  // Data set from JS (an object or JSON text) takes the place of the inline <script>.
  get data() { return this._data; }
  set data(value) {
    this._data = value;
    if (this.isConnected && this.shadowRoot && this.started) this.redraw();
  }

  connectedCallback() {
    // `data` set before the element was defined is an own property shadowing the setter:
    // take it back through the setter (the usual custom-element upgrade step).
    if (Object.prototype.hasOwnProperty.call(this, "data")) {
      const value = this.data;
      delete this.data;
      this._data = value;
    }
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      root.adoptedStyleSheets = [styleSheet()];
    }
    // Until drawn, an empty frame of the widget's shape holds its place on the page.
    if (!this.shadowRoot.firstChild) this.shadowRoot.replaceChildren(...this.skeleton());
    whenParsed(() => {
      if (!this.isConnected) return;
      this.stopWaiting = whenNearView(this, () => {
        this.started = true;
        this.load().then(() => this.redraw(), (error) => this.showError(error));
      });
    });
  }

  disconnectedCallback() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.stopWaiting) this.stopWaiting();
    this.stopWaiting = null;
    this.started = false;
    if (this.teardown) this.teardown();
    this.teardown = null;
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

    skeleton() { return [el("div", "crumbs"), el("div", "stage")]; }

    // The cells as last drawn, summarised on request (large for large trees).
    get rendered() { return this.treemap && this.ready ? this.treemap.summary() : null; }
    set rendered(_) {}

    // The current view as SVG (the same scene as the canvas, without hover or focus marks).
    toSvg() {
      if (!this.treemap) throw new Error("the treemap is not drawn");
      return this.treemap.toSvg();
    }

    // The canvas as a PNG Blob, at the device pixel ratio.
    toPng() {
      const canvas = this.shadowRoot && this.shadowRoot.querySelector("canvas");
      if (!canvas || !this.treemap) return Promise.reject(new Error("the treemap is not drawn"));
      return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
    }

    // New data: redraw with cells kept in view where their ids survive.
    update(data) {
      this._data = data;
      if (!this.treemap) return;
      try {
        this.treemap.update(data);
        this.schedule();
      } catch (error) {
        this.showError(error);
      }
    }

    render() {
      if (this.teardown) this.teardown();
      const data = this.source();
      const crumbs = el("nav", "crumbs");
      crumbs.setAttribute("aria-label", "Treemap levels");
      const stage = el("div", "stage");
      const canvas = el("canvas");
      canvas.tabIndex = 0;
      canvas.setAttribute("role", "application");
      canvas.setAttribute("aria-roledescription", "treemap");
      const up = el("button", "up", "↑ Up");
      up.type = "button";
      up.hidden = true;
      const tooltip = el("div", "tooltip");
      tooltip.setAttribute("role", "tooltip");
      tooltip.hidden = true;
      const live = el("div", "sr-only");
      live.setAttribute("aria-live", "polite");
      stage.append(canvas, up);
      this.shadowRoot.replaceChildren(crumbs, stage, tooltip, live);

      const tm = new wasm.Treemap(canvas, data, reducedMotion());
      this.treemap = tm;
      alive.count++;
      tm.setTheme(readTheme(this));
      this.repaint = () => { tm.setTheme(readTheme(this)); this.schedule(); };
      canvas.setAttribute("aria-label", `${tm.title || "Treemap"}. Arrow keys move between cells, Enter opens a group, Escape goes back, Home returns to the top.`);
      let pending = 0;
      let pointer = { x: 0, y: 0 };

      const draw = (now) => {
        pending = 0;
        try {
          const animating = tm.frame(now);
          tm.render();
          if (animating) this.schedule();
          else if (!this.ready) {
            this.ready = true;
            this.dispatchEvent(new CustomEvent("widget-ready"));
          }
        } catch (error) {
          this.showError(error);
        }
      };
      // Updates, resizes, input and animation all coalesce into one render per frame.
      this.schedule = () => { if (!pending) pending = requestAnimationFrame(draw); };

      const detail = (node) => {
        const d = tm.describe(node);
        return { id: d.id, name: d.name, path: d.path, value: d.value };
      };
      const showTooltip = (node) => {
        if (node == null) { tooltip.hidden = true; return; }
        const d = tm.describe(node);
        const lines = [el("strong", null, d.name)];
        if (d.path.length > 1) lines.push(el("div", "muted", d.path.slice(0, -1).join(" › ")));
        lines.push(el("p", null, d.valueText));
        lines.push(el("div", "muted", [d.shareOfParent, d.shareOfTotal].filter(Boolean).join(" · ")));
        if (d.assumed) lines.push(el("p", "muted", `* Assumed value${d.note ? `: ${d.note}` : ""}`));
        else if (d.note) lines.push(el("p", "muted", d.note));
        if (d.description) lines.push(el("p", "description", d.description));
        tooltip.replaceChildren(...lines);
        tooltip.hidden = false;
        // Beside the pointer, flipped and clamped so it stays inside the viewport.
        const box = tooltip.getBoundingClientRect();
        const gap = 14;
        let x = pointer.x + gap, y = pointer.y + gap;
        if (x + box.width > innerWidth - 4) x = pointer.x - gap - box.width;
        if (y + box.height > innerHeight - 4) y = pointer.y - gap - box.height;
        tooltip.style.transform = `translate(${Math.round(Math.max(4, x))}px, ${Math.round(Math.max(4, y))}px)`;
      };
      const updateCrumbs = () => {
        const path = tm.breadcrumb();
        const parts = [];
        path.forEach((c, i) => {
          if (i > 0) parts.push(el("span", "sep", "›"));
          const b = el("button", null, c.name);
          b.type = "button";
          if (i === path.length - 1) b.setAttribute("aria-current", "location");
          else b.addEventListener("click", () => act(tm.drillTo(c.node)));
          parts.push(b);
        });
        crumbs.replaceChildren(...parts);
        up.hidden = path.length < 2;
      };
      const act = (effects) => {
        for (const e of effects || []) {
          if (e.type === "redraw") this.schedule();
          else if (e.type === "tooltip") showTooltip(e.node);
          else if (e.type === "announce") live.textContent = tm.describe(e.node).announcement;
          else if (e.type === "select") this.dispatchEvent(new CustomEvent("cluster-select", { detail: detail(e.node), bubbles: true, composed: true }));
          else if (e.type === "drill") {
            updateCrumbs();
            this.dispatchEvent(new CustomEvent("cluster-drill", { detail: detail(e.node), bubbles: true, composed: true }));
          }
        }
      };
      const at = (e) => { pointer = { x: e.clientX, y: e.clientY }; };

      const listeners = [
        [canvas, "pointermove", (e) => { if (e.pointerType !== "touch") { at(e); act(tm.input("move", e.offsetX, e.offsetY)); } }],
        // A lifted finger "leaves" at once: only mouse and pen leaving hides the tooltip.
        [canvas, "pointerleave", (e) => { if (e.pointerType !== "touch") act(tm.input("leave", 0, 0)); }],
        [canvas, "pointerup", (e) => { at(e); act(tm.input(e.pointerType === "touch" ? "tap" : "click", e.offsetX, e.offsetY)); }],
        [canvas, "keydown", (e) => {
          const effects = tm.key(e.key);
          if (effects !== null) { e.preventDefault(); act(effects); }
        }],
        // The focus ring and announcements are for keyboard focus, not for a mouse click.
        [canvas, "focus", () => { if (canvas.matches(":focus-visible")) act(tm.input("focus", 0, 0)); }],
        [canvas, "blur", () => act(tm.input("blur", 0, 0))],
        [up, "click", () => act(tm.key("Escape"))],
      ];
      if (darkQuery) listeners.push([darkQuery, "change", () => this.repaint()]);
      for (const [target, type, fn] of listeners) target.addEventListener(type, fn);

      // Follow the container's size and the screen's pixel ratio.
      const resize = () => {
        tm.resize(stage.clientWidth, stage.clientHeight, window.devicePixelRatio || 1);
        this.schedule();
      };
      this.remeasure = resize;
      const observer = new ResizeObserver(resize);
      observer.observe(stage);
      let ratioQuery = null;
      const watchRatio = () => {
        ratioQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
        ratioQuery.addEventListener("change", onRatio, { once: true });
      };
      const onRatio = () => { resize(); watchRatio(); };
      watchRatio();
      updateCrumbs();

      this.teardown = () => {
        for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
        observer.disconnect();
        if (ratioQuery) ratioQuery.removeEventListener("change", onRatio);
        if (pending) cancelAnimationFrame(pending);
        pending = 0;
        this.schedule = () => {};
        this.repaint = null;
        this.remeasure = null;
        tm.free();
        this.treemap = null;
        alive.count--;
      };
    }
  }

  class TargetGauge extends WidgetElement {
    get kind() { return "gauge"; }

    skeleton() {
      const grid = el("div", "grid");
      grid.append(el("div", "cell"));
      return [grid];
    }

    // The grid as SVG, as wide as it is on the page, with its heading and source.
    toSvg() {
      if (!this.gauges) throw new Error("the gauges are not drawn");
      const grid = this.shadowRoot.querySelector(".grid");
      return this.gauges.toSvg(this.shadowRoot.querySelector("canvas"), grid.clientWidth);
    }

    // The grid of gauges as one PNG Blob at the device pixel ratio (each cell's canvas composed
    // in place: no image URLs, so it works under a strict CSP).
    toPng() {
      const grid = this.shadowRoot && this.shadowRoot.querySelector(".grid");
      if (!grid || !this.gauges) return Promise.reject(new Error("the gauges are not drawn"));
      const dpr = window.devicePixelRatio || 1;
      const box = grid.getBoundingClientRect();
      const out = document.createElement("canvas");
      out.width = Math.round(box.width * dpr);
      out.height = Math.round(box.height * dpr);
      const ctx = out.getContext("2d");
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, out.width, out.height);
      for (const c of grid.querySelectorAll("canvas")) {
        const r = c.getBoundingClientRect();
        ctx.drawImage(c, Math.round((r.left - box.left) * dpr), Math.round((r.top - box.top) * dpr));
      }
      return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
    }

    render() {
      if (this.teardown) this.teardown();
      const gauges = new wasm.Gauges(this.source());
      this.gauges = gauges;
      alive.count++;
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
      gauges.setTheme(readTheme(this));
      this.repaint = () => {
        gauges.setTheme(readTheme(this));
        cells.forEach((c, i) => gauges.render(i, c.canvas, sizes[i][0], sizes[i][1], dpr, 1));
      };
      const onScheme = () => this.repaint();
      if (darkQuery) darkQuery.addEventListener("change", onScheme);
      this.teardown = () => {
        if (darkQuery) darkQuery.removeEventListener("change", onScheme);
        this.repaint = null;
        if (this.gauges) this.gauges.free();
        this.gauges = null;
        alive.count--;
      };
      this.animate((reveal) => {
        cells.forEach((c, i) => gauges.render(i, c.canvas, sizes[i][0], sizes[i][1], dpr, reveal));
      });
    }
  }

  customElements.define("cluster-treemap", ClusterTreemap);
  customElements.define("target-gauge", TargetGauge);
}
