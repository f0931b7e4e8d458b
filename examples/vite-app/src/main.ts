// A consumer of the packed package: typed data, the mount API, events.
import { GaugeWidget, TreemapWidget, layoutTreemap, type ClusterEventDetail, type GaugeData, type LayoutNode, type TreemapData } from "cluster-widgets";

const treemap: TreemapData = {
  title: "Clusters",
  unit: "100 million yuan",
  options: { tiling: "squarify", colorBy: "tier" },
  tree: {
    name: "All",
    children: [
      { id: "leading", name: "Leading", children: [{ name: "Vehicles", value: 10000 }, { name: "Electronics", value: 10000 }] },
      { id: "pillar", name: "Pillar", children: [{ name: "Equipment", value: 5000 }, { name: "Food", value: 5000 }] },
    ],
  },
};

const gauges: GaugeData = {
  gauges: [
    { title: "Industrial revenue", unit: "yuan", baseline: { value: 2.82e12, label: "2022" }, target: { value: 4e12, label: "2027" } },
    { title: "R&D intensity", unit: "%", target: { value: 2, label: "2027" }, style: "bullet" },
  ],
};

const selected: ClusterEventDetail[] = [];
const tm = await TreemapWidget.mount(document.getElementById("treemap")!, treemap);
tm.addEventListener("cluster-select", (e) => selected.push(e.detail));
await GaugeWidget.mount(document.getElementById("gauges")!, gauges);
tm.resize();
const nodes: LayoutNode[] = layoutTreemap(treemap, 400, 300).nodes;
Object.assign(window, { consumer: { mounted: true, selected, svg: tm.toSvg().length, nodes: nodes.length } });
