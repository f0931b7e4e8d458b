// Types of `cluster-widgets/server` (Node only: the `node` condition of the exports map).
import type { TreemapData } from "./types/treemap.js";
import type { GaugeData } from "./types/gauge.js";

export type { TreemapData } from "./types/treemap.js";
export type { GaugeData } from "./types/gauge.js";
export type { ClusterWidgetsError, Problem } from "./index.js";

export interface RenderSvgOptions {
  /** CSS pixels, 1 to 20000; default 960. */
  width?: number;
  /**
   * CSS pixels; default 600 for a treemap. For gauges, one gauge cell's height (default 3/4 of
   * its width for arcs, 130 for bullets); the image is as tall as the grid. 0 means the default.
   */
  height?: number;
}

/**
 * The SVG document of treemap or gauge data (told apart by their fields): the scene the browser
 * draws, with no DOM, no canvas and no network (text widths from built-in font metrics).
 * `data` is a plain object, JSON text, or bytes of JSON. Rejects with a ClusterWidgetsError whose
 * `problems` lists every problem of the data with its JSON path.
 */
export function renderSvg(data: TreemapData | GaugeData | string | Uint8Array, options?: RenderSvgOptions): Promise<string>;

/** Reads and compiles the wasm from the package's directory once; a failed start can be retried. */
export function start(): Promise<unknown>;
