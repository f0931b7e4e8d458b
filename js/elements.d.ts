/** Defines <cluster-treemap> and <target-gauge> over an initialised wasm module's exports. */
export function defineElements(wasm: unknown): void;
