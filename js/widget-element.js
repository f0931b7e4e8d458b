// What both elements share: the shadow root, where the data comes from, drawing once the wasm is
// ready and the element is near the viewport, one frame scheduler, one AbortController for the
// listeners and observers of each drawing, the error box, and the events.
//
// A "view" (TreemapView, GaugeView) owns one wasm object and the DOM drawn from it. A data
// error or a trap drops the view (a trapped object is poisoned: it is released without being
// used again) and shows the problems; the next data builds a new one.
import { styleSheet } from "./styles.js";
import { readTheme, followScreen } from "./theme.js";
import { whenNearView, stopWaiting } from "./lazy.js";
import { Frames } from "./scheduler.js";
import { problem, withProblems } from "./errors.js";
import { wasm, alive } from "./runtime.js";
import { dataOf, afterLoad, over } from "./source.js";
import { node, event } from "./dom.js";

// Node has no DOM: importing must not throw there (nothing is defined without customElements).
const Base = globalThis.HTMLElement ?? class {};

export class WidgetElement extends Base {
  static observedAttributes = ["theme", "src", "tiling", "color-by", "data"];
  #data;
  #strings;
  #view = null;
  #obj = null;
  #ac = null;
  #ro = null;
  #error = null;
  #ready = false;
  #fresh = false;
  #started = false;
  #gen = 0;
  #frames = 0;
  #sched = new Frames((now) => this.#tick(now));

  constructor() {
    super();
    // `data` set before the element was defined is an own property hiding the setter.
    if (Object.hasOwn(this, "data")) {
      const value = this.data;
      delete this.data;
      this.#data = value;
    }
  }

  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: "open" }).adoptedStyleSheets = [styleSheet()];
    // Until drawn, a frame of the widget's shape holds its place on the page: empty at first,
    // then from the inline data's text once parsed (skeleton() is told the data, if set).
    const frame = () => !this.#view && !this.#error && this.shadowRoot.replaceChildren(...this.skeleton(this.#data));
    if (!this.shadowRoot.firstChild) frame();
    // An element in the page's HTML is connected before its children are parsed; they are all
    // there when the document turns "interactive", just before DOMContentLoaded.
    const go = () => this.isConnected && (frame(), whenNearView(this, () => {
      this.#started = true;
      this.#load();
    }));
    if (document.readyState == "loading") document.addEventListener("readystatechange", go, { once: true });
    else go();
  }

  disconnectedCallback() {
    stopWaiting(this);
    this.#started = false;
    this.#gen++;
    this.#drop();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name == "theme") return this.repaint();
    if (this.#started) this.#load();
  }

  /** The data set from JS (an object or JSON text); it takes the place of the inline <script>. */
  get data() { return this.#data; }
  set data(value) {
    this.#data = value;
    if (this.#started) this.#load();
  }
  /** Words replacing built-in ones, `{key: template}` (the `strings` of the data format), laid over the data's own. */
  get strings() { return this.#strings; }
  set strings(value) {
    this.#strings = value;
    if (this.#started) this.#load();
  }
  /** New data: the treemap's cells move to their new places; after an error, it draws again. */
  update(data) { this.data = data; }
  /** True once the current data is drawn completely (`widget-ready` has fired for it). */
  get ready() { return this.#ready; }
  /** The error shown in the box (with `problems`), or null. */
  get error() { return this.#error; }
  /** Frames drawn since the current view was built. */
  get framesDrawn() { return this.#frames; }
  /** What was drawn (treemap: the cells; gauges: their descriptions), or null before. */
  get rendered() { return this.#view && this.#frames ? this.#use((v) => v.rendered) : null; }
  /** Measures again and redraws (the widgets also follow their container on their own). */
  resize() { if (this.#view) this.#sched.request(); }
  /** Reads the theme's custom properties again and redraws. */
  repaint() {
    if (this.#obj) this.#safe(() => this.#obj.setTheme(readTheme(this)));
    this.resize();
  }
  toSvg() { return this.#use((v) => v.toSvg()); }
  async toPng() { return this.#use((v) => v.toPng()); }

  // Draws the current data once the wasm is ready; a newer request supersedes an older one.
  async #load() {
    const gen = ++this.#gen;
    try {
      const [w, given] = await Promise.all([wasm(), dataOf(this, this.#data)]);
      const s = this.#strings, data = s && given !== undefined ? over(given, (d) => ({ strings: { ...d.strings, ...s } })) : given;
      if (gen != this.#gen) return;
      if (data === undefined) {
        return afterLoad(() => gen == this.#gen && this.#fail(problem('no data: put the JSON in a child <script type="application/json">, or set the data property')));
      }
      this.#fresh = true;
      this.#ready = false;
      if (!this.#view?.update(data)) this.#build(w, data);
      this.#error = null;
      this.#sched.request();
    } catch (e) {
      if (gen == this.#gen) this.#fail(e);
    }
  }

  // A new view for new data, with its own AbortController for its listeners and observers.
  #build(w, data) {
    this.#drop();
    const ac = (this.#ac = new AbortController()), signal = ac.signal, schedule = () => this.#sched.request();
    const own = (obj) => {
      this.#obj = obj;
      alive.count++;
      return obj;
    };
    // Every listener of the view goes through here: a throw (a trap) is contained.
    const on = (target, type, fn) => target.addEventListener(type, (e) => this.#safe(() => fn(e)), { signal });
    this.#view = new this.constructor.View(this, w, data, { own, on, schedule, signal });
    this.#frames = 0;
    const observer = new ResizeObserver(schedule);
    observer.observe(this);
    signal.addEventListener("abort", () => observer.disconnect());
    followScreen(signal, schedule, () => this.repaint());
    this.repaint();
  }

  #tick(now) {
    if (!this.#view) return;
    this.#frames++;
    if (this.#safe(() => this.#view.paint(now))) this.#sched.request();
    else if (this.#fresh && this.#view) {
      this.#fresh = false;
      this.#ready = true;
      this.dispatchEvent(event("widget-ready"));
    }
  }

  // Releases the view: its frame, listeners, observers and wasm object. A poisoned object (one
  // that trapped) throws on free(); it is let go without it (wasm-bindgen has already forgotten it).
  #drop() {
    this.#sched.cancel();
    this.#ac?.abort();
    this.#ro?.disconnect();
    if (this.#obj) {
      try {
        this.#obj.free();
      } catch {}
      alive.count--;
    }
    this.#obj = this.#view = this.#ac = null;
    this.#ready = false;
  }

  #safe(fn) {
    try {
      return fn();
    } catch (e) {
      this.#fail(e, true);
    }
  }

  #use(fn) {
    if (!this.#view) throw problem(`the ${this.constructor.View.kind} is not drawn`);
    try {
      return fn(this.#view);
    } catch (e) {
      this.#fail(e, true);
      throw this.#error;
    }
  }

  // Shows every problem in the widget's own box (and the console) and says so in an event. An
  // error that is not about the data (a trap) is worded as internal.
  #fail(error, internal) {
    const e = (internal || error instanceof WebAssembly.RuntimeError) && !error?.problems ? problem(`internal error (${error?.message ?? error}); set the data again to redraw`) : withProblems(error);
    this.#drop();
    this.#error = e;
    // A problem found while drawing (a container over the size limit) is retried once the
    // container's width changes (the error box's own height does not count).
    if (internal && error?.problems) {
      const w = this.clientWidth;
      (this.#ro = new ResizeObserver(() => this.#started && this.clientWidth != w && this.#load())).observe(this);
    }
    const box = node("div", "error");
    box.setAttribute("role", "alert");
    box.tabIndex = 0; // it scrolls when the slot is short: the keyboard must reach it (WCAG 2.1.1)
    // The heading in the page's language when the wasm gave one, else English.
    box.append(node("strong", 0, error?.heading ?? `This ${this.constructor.View.kind} could not be drawn`),
      node("pre", 0, e.problems.map((p) => (p.path ? `${p.path}: ` : "") + p.message).join("\n")));
    this.shadowRoot?.replaceChildren(box);
    console.error(`<${this.localName}>:`, e.message);
    this.dispatchEvent(event("widget-error", { message: e.message, problems: e.problems }));
  }
}

