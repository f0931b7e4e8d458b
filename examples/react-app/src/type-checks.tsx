// Compiled by `tsc --noEmit` only (nothing imports it): what the JSX types of
// cluster-widgets/elements must accept, and what they must reject.
import { useRef } from "react";
import "cluster-widgets/elements";
import type { ClusterEventDetail, ClusterTreemapElement, TargetGaugeElement } from "cluster-widgets";

// React's own host props and a typed ref object.
export function WithRefs() {
  const treemap = useRef<ClusterTreemapElement>(null), gauge = useRef<TargetGaugeElement>(null);
  return (
    <div onClick={() => console.log(treemap.current?.rendered?.cells.length, gauge.current?.rendered?.count)}>
      <cluster-treemap ref={treemap} id="t" style={{ maxWidth: 600 }} aria-label="Clusters" onClick={(e) => console.log(e.clientX)} />
      <target-gauge ref={gauge} hidden={false} />
    </div>
  );
}

export const accepted = [
  <cluster-treemap key="a" data={{ tree: { name: "All", value: 1 } }} tiling="binary" color-by="value" theme="dark"
    oncluster-select={(e) => { const d: ClusterEventDetail = e.detail; console.log(d.path.join("/"), d.value); }}
    oncluster-drill={(e) => console.log(e.detail.id, e.cancelable)}
    onwidget-error={(e) => console.log(e.detail.problems.map((p) => `${p.path}: ${p.message}`))}
    ref={(el) => { el?.update({ tree: { name: "All", value: 2 } }); }} />,
  <cluster-treemap key="b" data='{"tree": {"name": "All", "value": 1}}' className="wide" />,
  <target-gauge key="c" data={{ title: "Revenue", target: { value: 4e12 } }} onwidget-ready={() => {}}
    ref={(el) => { if (el) console.log(el.toSvg().length, el.error?.problems); }} />,
];

export const rejected = [
  // @ts-expect-error: not treemap data
  <cluster-treemap key="d" data={{ title: 1 }} />,
  // @ts-expect-error: the detail has no such field
  <cluster-treemap key="e" oncluster-select={(e) => e.detail.nope} />,
  // @ts-expect-error: no such tiling
  <cluster-treemap key="f" tiling="spiral" />,
  // @ts-expect-error: a gauge needs a target
  <target-gauge key="g" data={{ title: "Revenue" }} />,
  // @ts-expect-error: a gauge element's ref is not a treemap's
  <target-gauge key="h" ref={(el: ClusterTreemapElement | null) => el?.update({ tree: { name: "All", value: 1 } })} />,
  // @ts-expect-error: no such theme
  <target-gauge key="i" theme="blue" />,
];

// The events are in HTMLElementEventMap: listeners on any element get a typed detail.
document.body.addEventListener("cluster-select", (e) => console.log(e.detail.path));
document.querySelector("cluster-treemap")?.addEventListener("cluster-drill", (e) => console.log(e.detail.name));
// @ts-expect-error: detail is typed
document.body.addEventListener("cluster-drill", (e) => e.detail.nope);
