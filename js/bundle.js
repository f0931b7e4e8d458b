// Entry of cluster-widgets.min.js: one classic script with the wasm inlined (deflated, base64),
// so a page works from file:// and without a bundler (ES modules cannot load from file://).
// The elements are defined at once; the browser inflates the module asynchronously
// (DecompressionStream), compiles it, and the elements draw when `ClusterWidgets.ready` resolves.
import { initSync, Gauges, Treemap, layoutTreemap, renderSvg, renderTreemap } from "../pkg/cluster_widgets.js";
import wasmDeflated from "../target/bundle/wasm-deflated.js";
import { defineElements } from "./define.js";
import { alive } from "./runtime.js";

async function inflate(base64) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const api = { Gauges, Treemap, layoutTreemap, renderSvg, renderTreemap, liveWidgets: () => alive.count };
api.ready = inflate(wasmDeflated).then((bytes) => (initSync({ module: bytes }), api));
defineElements(() => api.ready);
globalThis.ClusterWidgets = api;
