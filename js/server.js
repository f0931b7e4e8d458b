// `cluster-widgets/server`: the pictures in Node, with no DOM, no canvas and no network. The wasm
// is read from this package's own directory (Node cannot fetch file: URLs); text is measured
// with built-in per-character font metrics and numbers are formatted with Intl.NumberFormat, so
// the SVG is the scene the browser draws (its text widths approximated).
import { readFile } from "node:fs/promises";
import init, * as wasm from "./cluster_widgets.js";
import { problem, withProblems } from "./errors.js";

let started = null;

/** Reads and compiles the wasm once; later calls return the same promise (a failure is not kept). */
export function start() {
  return (started ||= readFile(new URL("./cluster_widgets_bg.wasm", import.meta.url))
    .then((bytes) => init({ module_or_path: bytes }))
    .then(() => wasm, (error) => {
      started = null;
      throw problem(`cluster-widgets could not start: ${error?.message ?? error}`);
    }));
}

function size(options, name, fallback) {
  const v = options?.[name] ?? fallback;
  if (typeof v != "number" || !Number.isFinite(v) || v < 0 || v > 20000 || (name == "width" && v < 1)) {
    const shown = typeof v == "number" ? v : JSON.stringify(v);
    throw problem(`options.${name}: expected a number of CSS pixels from ${name == "width" ? 1 : 0} to 20000, got ${shown}`, "");
  }
  return v;
}

/**
 * The SVG document of treemap or gauge data (told apart by their fields), `width` × `height`
 * CSS pixels (default 960 × 600). For gauges `height` is one gauge cell's height (0 or absent:
 * the default for its style) and the image is as tall as the grid. `data` is JSON text, bytes
 * of JSON (a Buffer), or a plain object. Rejects with an Error whose `problems` lists every
 * problem of the data, each with its JSON path.
 */
export async function renderSvg(data, options = {}) {
  const width = size(options, "width", 960), height = size(options, "height", 0);
  if (data instanceof Uint8Array) data = new TextDecoder().decode(data);
  const w = await start();
  try {
    return w.renderSvg(data, width, height);
  } catch (error) {
    throw withProblems(error);
  }
}
