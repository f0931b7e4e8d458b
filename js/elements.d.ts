// `import "cluster-widgets/elements"` defines <cluster-treemap> and <target-gauge>. These types
// make both tags known to the DOM (HTMLElementTagNameMap, HTMLElementEventMap) and valid JSX for
// React 19, whose custom-element support sets `data` as a property and maps `on<event>` props to
// addEventListener(<event>) — so the handlers are spelt with the event's own name:
// `oncluster-select`, `oncluster-drill`, `onwidget-ready`, `onwidget-error`.
// (Without React installed the module augmentation below is simply unused.)
import type { TreemapData, Tiling, ColorBy } from "./types/treemap";
import type { GaugeData } from "./types/gauge";
import type {
  ClusterEventDetail,
  ClusterTreemapElement,
  ClusterWidgetEventMap,
  TargetGaugeElement,
  WidgetErrorDetail,
} from "./index";

export type {
  ClusterEventDetail,
  ClusterTreemapElement,
  ClusterWidgetEventMap,
  ClusterWidgetsError,
  Problem,
  TargetGaugeElement,
  WidgetErrorDetail,
} from "./index";

/** Attributes and handlers both elements take in JSX. */
interface WidgetJsxProps {
  /** "light" or "dark" overrides prefers-color-scheme. */
  theme?: "light" | "dark";
  /** A URL to fetch the JSON from (pages served over http). */
  src?: string;
  "onwidget-ready"?: (event: CustomEvent<undefined>) => void;
  "onwidget-error"?: (event: CustomEvent<WidgetErrorDetail>) => void;
}

/** JSX props of <cluster-treemap>. */
export interface ClusterTreemapProps extends WidgetJsxProps {
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
export interface TargetGaugeProps extends WidgetJsxProps {
  /** Set as a property (React 19 does so for defined custom elements): an object, or JSON text. */
  data?: GaugeData | string;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "cluster-treemap": DetailedHTMLProps<HTMLAttributes<ClusterTreemapElement>, ClusterTreemapElement> & ClusterTreemapProps;
      "target-gauge": DetailedHTMLProps<HTMLAttributes<TargetGaugeElement>, TargetGaugeElement> & TargetGaugeProps;
    }
  }
}

// HTMLElementTagNameMap and HTMLElementEventMap are extended in index.d.ts, imported above.
