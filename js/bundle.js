// Entry of cluster-widgets.min.js: one classic script with the wasm inlined (deflated, base64),
// so a page works from file:// and without a bundler (ES modules cannot load from file://).
// The browser inflates it (DecompressionStream) and compiles it asynchronously; the elements
// are defined once it is ready, and `ClusterWidgets.ready` resolves then.
import init, { Gauges, Treemap, layoutTreemap, renderTreemap } from "../pkg/cluster_widgets.js";
import wasmDeflated from "../target/bundle/wasm-deflated.js";
import { defineElements, alive } from "./elements.js";

async function inflate(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Until the module is ready the elements are undefined and would have no height: reserve the
// treemap's (breadcrumb row + 16:10 stage, at least 240 px) so the page does not jump. A
// constructed stylesheet is CSSOM, allowed under a strict style-src.
try {
  const placeholder = new CSSStyleSheet();
  placeholder.replaceSync(`cluster-treemap:not(:defined), target-gauge:not(:defined) { display: block; }
cluster-treemap:not(:defined) { height: 0; padding-top: max(calc(62.5% + 34px), 274px); }
cluster-treemap:not(:defined) > script, target-gauge:not(:defined) > script { display: none; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, placeholder];
} catch (_) {
  // Older browsers: no reservation, nothing else changes.
}

const api = { Gauges, Treemap, layoutTreemap, renderTreemap, liveWidgets: () => alive.count };
api.ready = inflate(wasmDeflated)
  .then((bytes) => init({ module_or_path: bytes }))
  .then(() => {
    defineElements(api);
    return api;
  })
  .catch((error) => {
    // Without the module nothing can draw: every widget says why in its own box.
    console.error("cluster-widgets: could not start:", error);
    // A plain function, so `new wasm.Treemap(…)` reaches the throw too.
    function fail() { throw new Error(`cluster-widgets could not start: ${error && error.message ? error.message : error}`); }
    defineElements({ Gauges: fail, Treemap: fail, layoutTreemap: fail, renderTreemap: fail });
    throw error;
  });
globalThis.ClusterWidgets = api;
