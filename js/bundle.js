// Entry of cluster-widgets.min.js: one classic script with the wasm inlined (base64), so a
// page works from file:// and without a bundler. ES modules cannot load from file://.
import { initSync, layoutTreemap, renderTreemap } from "../pkg/cluster_widgets.js";
import wasmBase64 from "../pkg/cluster_widgets_bg.wasm";
import { defineElements } from "./elements.js";

function decodeBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

initSync({ module: decodeBase64(wasmBase64) });
const api = { layoutTreemap, renderTreemap };
globalThis.ClusterWidgets = api;
defineElements(api);
