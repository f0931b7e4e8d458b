// Defines <cluster-treemap> and <target-gauge> (once; nothing without a DOM, e.g. in Node),
// drawing with the wasm that `load()` resolves to. Elements are defined at once: they hold
// their data and draw as soon as the module is ready.
import { ClusterTreemap } from "./treemap-element.js";
import { TargetGauge } from "./gauge-element.js";
import { useWasm } from "./runtime.js";

export function defineElements(load) {
  useWasm(load);
  const registry = globalThis.customElements;
  if (registry && !registry.get("cluster-treemap")) {
    registry.define("cluster-treemap", ClusterTreemap);
    registry.define("target-gauge", TargetGauge);
  }
}
