// The ESM entry of the npm package (bundlers: Vite, webpack, esbuild). The wasm is fetched next
// to this file (`new URL(…, import.meta.url)`, which bundlers resolve) on first use. Importing
// it touches no DOM (it works in Node); the elements are defined by `cluster-widgets/elements`
// or defineCustomElements().
import init, * as wasm from "./cluster_widgets.js";
import { defineElements } from "./define.js";
import { eager } from "./lazy.js";
import { problem, withProblems } from "./errors.js";

export { Gauges, Treemap, layoutTreemap, renderSvg, renderTreemap } from "./cluster_widgets.js";

let started = null;

/** Loads and compiles the wasm module once; later calls return the same promise (a failure is not kept). */
export function start(moduleOrPath) {
  return (started ||= init(moduleOrPath ? { module_or_path: moduleOrPath } : undefined).then(() => wasm, (error) => {
    started = null;
    throw withProblems(error);
  }));
}

/** Defines <cluster-treemap> and <target-gauge>; resolves once the module is ready. */
export async function defineCustomElements() {
  defineElements(() => start());
  await start();
}

function widgetHandle(element) {
  return {
    element,
    update: (data) => element.update(data),
    resize: () => element.resize(),
    repaint: () => element.repaint(),
    toSvg: () => element.toSvg(),
    toPng: () => element.toPng(),
    addEventListener: (type, listener, options) => element.addEventListener(type, listener, options),
    removeEventListener: (type, listener, options) => element.removeEventListener(type, listener, options),
    destroy: () => element.remove(),
  };
}

// Resolves once drawn (`widget-ready`), wherever the container is on the page; rejects with
// the error the element shows (`problems` included) on bad data or when the wasm cannot start.
async function mount(tag, container, data) {
  if (typeof document === "undefined") throw problem("mount() needs a page; in Node, renderSvg from cluster-widgets/server draws the same picture");
  defineElements(() => start());
  const element = document.createElement(tag), ac = new AbortController(), signal = ac.signal;
  eager.add(element);
  element.data = data;
  const drawn = new Promise((resolve, reject) => {
    element.addEventListener("widget-ready", resolve, { signal });
    element.addEventListener("widget-error", () => reject(element.error), { signal });
  });
  container.append(element);
  try {
    if (!element.isConnected) throw problem("the container is not in the document");
    await drawn;
  } finally {
    ac.abort();
  }
  return widgetHandle(element);
}

/** Mounts an interactive treemap in `container`; resolves once it is drawn. */
export const TreemapWidget = { mount: (container, data) => mount("cluster-treemap", container, data) };

/** Mounts target gauges in `container`; resolves once they are drawn. */
export const GaugeWidget = { mount: (container, data) => mount("target-gauge", container, data) };
