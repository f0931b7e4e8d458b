// The ESM entry of the npm package (bundlers: Vite, webpack, esbuild). The wasm is fetched next
// to this file (`new URL(…, import.meta.url)`, which bundlers resolve) on first use.
import init, * as wasm from "./cluster_widgets.js";
import { defineElements } from "./elements.js";

export { Gauges, Treemap, layoutTreemap, renderTreemap } from "./cluster_widgets.js";

let started = null;

/** Loads and compiles the wasm module once; later calls return the same promise. */
export function start(moduleOrPath) {
  if (!started) started = init(moduleOrPath ? { module_or_path: moduleOrPath } : undefined).then(() => wasm);
  return started;
}

/** Defines <cluster-treemap> and <target-gauge> (once the module is ready). */
export async function defineCustomElements() {
  defineElements(await start());
}

function widgetHandle(element) {
  return {
    element,
    update: (data) => element.update(data),
    resize: () => element.resize(),
    toSvg: () => element.toSvg(),
    toPng: () => element.toPng(),
    addEventListener: (type, listener, options) => element.addEventListener(type, listener, options),
    removeEventListener: (type, listener, options) => element.removeEventListener(type, listener, options),
    destroy: () => element.remove(),
  };
}

async function mount(tag, container, data) {
  await defineCustomElements();
  const element = document.createElement(tag);
  element.data = data;
  container.append(element);
  await new Promise((resolve) => {
    if (element.ready || element.error) resolve();
    else element.addEventListener("widget-ready", resolve, { once: true });
    if (element.error) resolve();
  });
  if (element.error) throw element.error;
  return widgetHandle(element);
}

/** Mounts an interactive treemap in `container`; resolves once it is drawn. */
export const TreemapWidget = { mount: (container, data) => mount("cluster-treemap", container, data) };

/** Mounts target gauges in `container`; resolves once they are drawn. */
export const GaugeWidget = { mount: (container, data) => mount("target-gauge", container, data) };
