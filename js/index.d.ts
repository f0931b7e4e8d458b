// Types of the package's ESM API. The data formats are generated from the JSON Schemas
// (types/*.d.ts); the low-level wasm classes are in cluster_widgets.d.ts.
import type { TreemapData } from "./types/treemap.js";
import type { GaugeData } from "./types/gauge.js";

export type { TreemapData } from "./types/treemap.js";
export type { GaugeData } from "./types/gauge.js";

// The wasm classes, typed precisely here (wasm-bindgen's own declarations say `any` for every
// JS value they take or give).

/** Colours as `#rrggbb`; missing entries keep the light theme's. */
export interface Theme {
  background?: string;
  text?: string;
  muted?: string;
  track?: string;
  palette?: string[];
}

export interface LayoutNode {
  id: string | null;
  name: string;
  depth: number;
  value: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface RenderedCell {
  id: string | null;
  name: string;
  depth: number;
  leaf: boolean;
  value: number;
  /** [x0, y0, x1, y1] in CSS pixels. */
  rect: [number, number, number, number];
  fill: string;
  label: [number, number, number, number] | null;
  /** For an "Other" cell, how many children of `name` it stands for; 0 otherwise. */
  other: number;
}

export interface Rendered {
  width: number;
  height: number;
  title: string | null;
  cells: RenderedCell[];
}

export type Effect =
  | { type: "redraw" }
  | { type: "tooltip"; node: number | null }
  | { type: "announce"; node: number }
  | { type: "select"; node: number }
  | { type: "drill"; node: number };

export interface NodeDescription {
  node: number;
  id: string | null;
  name: string;
  path: string[];
  value: number;
  valueText: string;
  shareOfTotal: string;
  shareOfParent: string | null;
  description: string | null;
  note: string | null;
  assumed: boolean;
  announcement: string;
  leaf: boolean;
  /** The data's `options.tooltip` filled in, if it has one. */
  tooltip?: string | null;
  /** The cell's fill as drawn, when it is drawn. */
  color?: string;
}

export interface GaugeDescription {
  label: string;
  min: number;
  max: number;
  now: number;
  text: string;
  style: "arc" | "bullet";
  /** The lines under the drawing: "x% of the gap closed" (or "No baseline given"), the change, the note. */
  gap: string;
  delta: string | null;
  note: string | null;
}

/** An interactive treemap on a canvas (what <cluster-treemap> uses). Throws an Error listing every problem of the data. */
export declare class Treemap {
  constructor(canvas: HTMLCanvasElement, data: TreemapData | string, reducedMotion: boolean);
  readonly title: string | undefined;
  resize(cssWidth: number, cssHeight: number, devicePixelRatio: number): void;
  render(): void;
  input(kind: "move" | "leave" | "click" | "tap" | "focus" | "blur", x: number, y: number): Effect[];
  /** Effects, or null when the treemap does not use that key. */
  key(key: string): Effect[] | null;
  /** Goes to a node's view: zooming, or at once when `animate` is false. */
  drillTo(node: number, animate?: boolean): Effect[];
  /** Sets the selection (undefined clears it). */
  select(node?: number): Effect[];
  /** Advances the animation clock; true while a transition runs. */
  frame(now: number): boolean;
  update(data: TreemapData | string): void;
  setTheme(theme: Theme): void;
  describe(node: number): NodeDescription;
  breadcrumb(): { node: number; name: string }[];
  nodeAt(x: number, y: number): number | undefined;
  summary(): Rendered;
  toSvg(): string;
  free(): void;
}

/** Validated target gauges (what <target-gauge> uses). Throws an Error listing every problem of the data. */
export declare class Gauges {
  constructor(data: GaugeData | string);
  readonly count: number;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly source: string | undefined;
  describe(index: number): GaugeDescription;
  /** Draws gauge `index`; `reveal` in [0, 1] is the entry animation. Returns how many secondary texts were dropped. */
  render(index: number, canvas: HTMLCanvasElement, cssWidth: number, cssHeight: number, devicePixelRatio: number, reveal: number): number;
  setTheme(theme: Theme): void;
  toSvg(canvas: HTMLCanvasElement, cssWidth: number): string;
  free(): void;
}

export declare function layoutTreemap(data: TreemapData | string, width: number, height: number): { nodes: LayoutNode[] };
export declare function renderTreemap(canvas: HTMLCanvasElement, data: TreemapData | string, cssWidth: number, cssHeight: number, devicePixelRatio: number): Rendered;
/** Treemap or gauge data as an SVG document, with no canvas (built-in font metrics, Intl numbers). `height`: a gauge cell's height (0: 3/4 of its width), or the treemap's (0: 600). Throws a ClusterWidgetsError. */
export declare function renderSvg(data: TreemapData | GaugeData | string, width: number, height: number): string;

/** What `cluster-select` and `cluster-drill` carry in `detail`. */
export interface ClusterEventDetail {
  id: string | null;
  name: string;
  /** Names from the top level down to the cell. */
  path: string[];
  value: number;
}

/** The events a widget handle listens to (see ClusterWidgetEventMap). */
export type ClusterWidgetEvents = ClusterWidgetEventMap;

export interface WidgetHandle<Data, E extends HTMLElement = HTMLElement> {
  readonly element: E;
  /** New data; cells move from their old rectangles to the new ones. */
  update(data: Data | string): void;
  /** Measures the container again and redraws (it also follows the container by itself). */
  resize(): void;
  /** Reads the theme's custom properties again and redraws. */
  repaint(): void;
  /** The current picture as an SVG document. */
  toSvg(): string;
  /** The current picture as a PNG, at the device pixel ratio. */
  toPng(): Promise<Blob>;
  addEventListener<K extends keyof ClusterWidgetEvents>(type: K, listener: (event: ClusterWidgetEvents[K]) => void, options?: AddEventListenerOptions): void;
  removeEventListener<K extends keyof ClusterWidgetEvents>(type: K, listener: (event: ClusterWidgetEvents[K]) => void, options?: EventListenerOptions): void;
  /** Removes the widget, releasing its listeners, observers, frames and wasm memory. */
  destroy(): void;
}

/** Loads and compiles the wasm module once (optionally from a given URL, Response or bytes); a failed start can be retried. */
export function start(moduleOrPath?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<unknown>;

/** Defines <cluster-treemap> and <target-gauge>. */
export function defineCustomElements(): Promise<void>;

export const TreemapWidget: {
  /** Mounts an interactive treemap in `container`; rejects with a ClusterWidgetsError (the data's problems). */
  mount(container: Element, data: TreemapData | string): Promise<WidgetHandle<TreemapData, ClusterTreemapElement>>;
};

export const GaugeWidget: {
  /** Mounts target gauges in `container`; rejects with a ClusterWidgetsError (the data's problems). */
  mount(container: Element, data: GaugeData | string): Promise<WidgetHandle<GaugeData, TargetGaugeElement>>;
};

/** One problem of the data (or of starting), with the JSON path it is at ("" for the whole input). */
export interface Problem {
  path: string;
  message: string;
}

/** Every error the package throws or rejects with: a readable message and every problem. */
export interface ClusterWidgetsError extends Error {
  problems: Problem[];
}

/** What `widget-error` carries in `detail`. */
export interface WidgetErrorDetail {
  message: string;
  problems: Problem[];
}

/** The events both elements dispatch (bubbling, composed); also in HTMLElementEventMap. */
export interface ClusterWidgetEventMap {
  /** A cell was selected (click, tap, Enter on a leaf); cancelable. */
  "cluster-select": CustomEvent<ClusterEventDetail>;
  /** The treemap zooms into (or back up to) a node; cancelable. */
  "cluster-drill": CustomEvent<ClusterEventDetail>;
  /** The current data is drawn completely. */
  "widget-ready": CustomEvent<undefined>;
  /** The data could not be drawn; the element shows the problems. */
  "widget-error": CustomEvent<WidgetErrorDetail>;
}

export interface WidgetElementBase extends HTMLElement {
  /** Words replacing built-in ones ({key: template}, the data format's `strings`), over the data's own; setting it redraws. */
  strings: Partial<Record<string, string>> | undefined;
  /** True once the current data is drawn completely (`widget-ready` has fired for it). */
  readonly ready: boolean;
  /** The error the element shows, or null. */
  readonly error: ClusterWidgetsError | null;
  /** Measures again and redraws. */
  resize(): void;
  /** Reads the theme's custom properties again and redraws. */
  repaint(): void;
  /** The current picture as an SVG document. */
  toSvg(): string;
  /** The current picture as a PNG, at the device pixel ratio. */
  toPng(): Promise<Blob>;
}

/** `<cluster-treemap>` */
export interface ClusterTreemapElement extends WidgetElementBase {
  /** The data (an object or JSON text); it takes the place of an inline <script>. */
  data: TreemapData | string | undefined;
  /** Same as setting `data`: cells move from their old rectangles to the new ones. */
  update(data: TreemapData | string): void;
  /** The cells as drawn, or null before the first frame. */
  readonly rendered: Rendered | null;
  /** The tooltip's own line for a node, as text (never HTML); when it throws, the default tooltip. */
  formatTooltip?: (node: NodeDescription) => string;
}

/** `<target-gauge>` */
export interface TargetGaugeElement extends WidgetElementBase {
  /** The data (an object or JSON text); it takes the place of an inline <script>. */
  data: GaugeData | string | undefined;
  update(data: GaugeData | string): void;
  /** The gauges as drawn, or null before the first frame. */
  readonly rendered: { count: number; gauges: GaugeDescription[] } | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "cluster-treemap": ClusterTreemapElement;
    "target-gauge": TargetGaugeElement;
  }
  interface HTMLElementEventMap extends ClusterWidgetEventMap {}
}
