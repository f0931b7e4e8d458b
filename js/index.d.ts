// Types of the package's ESM API. The data formats are generated from the JSON Schemas
// (types/*.d.ts); the low-level wasm classes are in cluster_widgets.d.ts.
import type { TreemapData } from "./types/treemap";
import type { GaugeData } from "./types/gauge";

export type { TreemapData } from "./types/treemap";
export type { GaugeData } from "./types/gauge";
export { Gauges, Treemap, layoutTreemap, renderTreemap } from "./cluster_widgets";

/** What `cluster-select` and `cluster-drill` carry in `detail`. */
export interface ClusterEventDetail {
  id: string | null;
  name: string;
  /** Names from the top level down to the cell. */
  path: string[];
  value: number;
}

export interface ClusterWidgetEvents {
  "cluster-select": CustomEvent<ClusterEventDetail>;
  "cluster-drill": CustomEvent<ClusterEventDetail>;
  "widget-ready": CustomEvent<void>;
}

export interface WidgetHandle<Data> {
  readonly element: HTMLElement;
  /** New data; cells move from their old rectangles to the new ones. */
  update(data: Data | string): void;
  /** The current picture as an SVG document. */
  toSvg(): string;
  /** The current picture as a PNG, at the device pixel ratio. */
  toPng(): Promise<Blob>;
  addEventListener<K extends keyof ClusterWidgetEvents>(type: K, listener: (event: ClusterWidgetEvents[K]) => void, options?: AddEventListenerOptions): void;
  removeEventListener<K extends keyof ClusterWidgetEvents>(type: K, listener: (event: ClusterWidgetEvents[K]) => void, options?: EventListenerOptions): void;
  /** Removes the widget, releasing its listeners, observers, frames and wasm memory. */
  destroy(): void;
}

/** Loads and compiles the wasm module once (optionally from a given URL, Response or bytes). */
export function start(moduleOrPath?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<unknown>;

/** Defines <cluster-treemap> and <target-gauge>. */
export function defineCustomElements(): Promise<void>;

export const TreemapWidget: {
  /** Mounts an interactive treemap in `container`; rejects with the data's problems. */
  mount(container: Element, data: TreemapData | string): Promise<WidgetHandle<TreemapData>>;
};

export const GaugeWidget: {
  /** Mounts target gauges in `container`; rejects with the data's problems. */
  mount(container: Element, data: GaugeData | string): Promise<WidgetHandle<GaugeData>>;
};

declare global {
  interface HTMLElementTagNameMap {
    "cluster-treemap": HTMLElement & { data: TreemapData | string; update(data: TreemapData | string): void; toSvg(): string; toPng(): Promise<Blob> };
    "target-gauge": HTMLElement & { data: GaugeData | string; toSvg(): string; toPng(): Promise<Blob> };
  }
}
