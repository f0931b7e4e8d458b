// `import "cluster-widgets/elements"` defines <cluster-treemap> and <target-gauge>. These types
// make both tags known to the DOM (HTMLElementTagNameMap, HTMLElementEventMap) and valid JSX for
// React 19, whose custom-element support sets `data` as a property and maps `on<event>` props to
// addEventListener(<event>) — so the handlers are spelt with the event's own name:
// `oncluster-select`, `oncluster-drill`, `onwidget-ready`, `onwidget-error`.
// (Without React installed the module augmentation below is simply unused.)
import type { TreemapData, Tiling, ColorBy } from "./types/treemap.js";
import type { GaugeData } from "./types/gauge.js";
import type {
  ClusterEventDetail,
  ClusterTreemapElement,
  ClusterWidgetEventMap,
  TargetGaugeElement,
  WidgetErrorDetail,
} from "./index.js";

export type {
  ClusterEventDetail,
  ClusterTreemapElement,
  ClusterWidgetEventMap,
  ClusterWidgetsError,
  Problem,
  TargetGaugeElement,
  WidgetErrorDetail,
} from "./index.js";

/** Attributes and handlers both elements take in JSX. */
interface CommonProps {
  /** "light" or "dark" overrides prefers-color-scheme. */
  theme?: "light" | "dark";
  /** A URL to fetch the JSON from (pages served over http). */
  src?: string;
  "onwidget-ready"?: (event: CustomEvent<undefined>) => void;
  "onwidget-error"?: (event: CustomEvent<WidgetErrorDetail>) => void;
}

/** JSX props of <cluster-treemap>. */
export interface ClusterTreemapProps extends CommonProps {
  /** Set as a property (React 19 does so for defined custom elements): an object, or JSON text. */
  data?: TreemapData | string;
  /** Overrides `options.tiling` of the data. */
  tiling?: Tiling;
  /** Overrides `options.colorBy` of the data. */
  "color-by"?: ColorBy;
  /** A cell was selected; `event.detail` is {id, name, path, value}. Cancelable. */
  "oncluster-select"?: (event: CustomEvent<ClusterEventDetail>) => void;
  /** The treemap zooms into a node (or back up); `event.detail` is {id, name, path, value}. Cancelable. */
  "oncluster-drill"?: (event: CustomEvent<ClusterEventDetail>) => void;
}

/** JSX props of <target-gauge>. */
export interface TargetGaugeProps extends CommonProps {
  /** Set as a property (React 19 does so for defined custom elements): an object, or JSON text. */
  data?: GaugeData | string;
  /** The ARIA level of the grid's title (default 2). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6;
}

/** A ref to the element: an object from useRef, or a callback (React 19's may return a cleanup). */
export type ElementRef<E> = { current: E | null } | ((element: E | null) => void | (() => void)) | null;

// React's own props of a <div> (className, style, id, aria-*, onClick, …) when React's types are
// in the program, else nothing: read from the JSX namespace being augmented, so that without
// React nothing here names a type that does not exist (skipLibCheck: false still passes).
type HostProps<Intrinsic> = Intrinsic extends { div: infer Div } ? Omit<Div, "ref"> : {};

/** The JSX props of a widget element: React's host props, the element's own, a typed ref. */
export type WidgetJsxProps<Intrinsic, E, Own> = HostProps<Intrinsic> & Own & { ref?: ElementRef<E> };

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "cluster-treemap": WidgetJsxProps<IntrinsicElements, ClusterTreemapElement, ClusterTreemapProps>;
      "target-gauge": WidgetJsxProps<IntrinsicElements, TargetGaugeElement, TargetGaugeProps>;
    }
  }
}

// HTMLElementTagNameMap and HTMLElementEventMap are extended in index.d.ts, imported above.
