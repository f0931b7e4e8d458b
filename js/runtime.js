// The wasm module the elements draw with, and how many of its objects they hold (for leak
// checks: ClusterWidgets.liveWidgets()). The entry point says where the module comes from: the
// ESM package loads it with start(), the one-file script inflates its inlined copy.
import { problem } from "./errors.js";

let load = () => Promise.reject(new Error("no module"));

export const alive = { count: 0 };

export function useWasm(loader) {
  load = loader;
}

export const wasm = () => load().catch((e) => {
  throw problem(`cluster-widgets could not start: ${e?.message ?? e}`);
});
