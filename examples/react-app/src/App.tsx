// Both widgets as JSX, from React state: `data` is an object (React 19 sets it as a property,
// since `import "cluster-widgets/elements"` has defined the elements), and the handlers are
// typed by cluster-widgets' JSX declarations (`event.detail` is a ClusterEventDetail).
import { useMemo, useState } from "react";
import "cluster-widgets/elements";
import type { ClusterEventDetail, GaugeData, TreemapData } from "cluster-widgets";

type Year = 2022 | 2027;

// Output of a few of Chongqing's clusters, 100 million yuan: 2022 and the 2027 plan (illustrative).
const OUTPUT: Record<Year, Record<string, number>> = {
  2022: { vehicles: 5000, electronics: 8000, equipment: 2400, materials: 2200, food: 1800 },
  2027: { vehicles: 10000, electronics: 10000, equipment: 5000, materials: 5000, food: 3000 },
};

function clusters(year: Year): TreemapData {
  const v = OUTPUT[year];
  return {
    title: `Cluster output, ${year}`,
    unit: "100 million yuan",
    locale: "en",
    tree: {
      name: "All clusters",
      children: [
        { id: "leading", name: "Leading", children: [
          { id: "vehicles", name: "Vehicles", value: v.vehicles },
          { id: "electronics", name: "Electronics", value: v.electronics },
        ] },
        { id: "pillar", name: "Pillar", children: [
          { id: "equipment", name: "Equipment", value: v.equipment },
          { id: "materials", name: "Materials", value: v.materials },
          { id: "food", name: "Food", value: v.food },
        ] },
      ],
    },
  };
}

function targets(year: Year): GaugeData {
  const v = OUTPUT[year];
  return {
    locale: "en",
    gauges: [
      { title: "Vehicles", unit: "100 million yuan", baseline: { value: OUTPUT[2022].vehicles, label: "2022" },
        current: { value: v.vehicles, label: String(year) }, target: { value: OUTPUT[2027].vehicles, label: "2027" } },
      { title: "Electronics", unit: "100 million yuan", style: "bullet", baseline: { value: OUTPUT[2022].electronics, label: "2022" },
        current: { value: v.electronics, label: String(year) }, target: { value: OUTPUT[2027].electronics, label: "2027" } },
    ],
  };
}

export function App() {
  const [year, setYear] = useState<Year>(2022);
  const [selected, setSelected] = useState<ClusterEventDetail | null>(null);
  const [drilled, setDrilled] = useState<string[]>([]);
  const [ready, setReady] = useState(0);
  const treemap = useMemo(() => clusters(year), [year]);
  const gauges = useMemo(() => targets(year), [year]);

  return (
    <main style={{ maxWidth: 960, margin: "0 auto", fontFamily: "system-ui, sans-serif" }}>
      <h1>cluster-widgets in React 19</h1>
      <p>
        <button id="year" onClick={() => setYear((y) => (y === 2022 ? 2027 : 2022))}>
          Show {year === 2022 ? 2027 : 2022}
        </button>{" "}
        <span id="drawn">drawn {ready} times</span>
      </p>
      <cluster-treemap
        data={treemap}
        oncluster-select={(e) => setSelected(e.detail)}
        oncluster-drill={(e) => setDrilled(e.detail.path)}
        onwidget-ready={() => setReady((n) => n + 1)}
      />
      <p id="selected" aria-live="polite">
        {selected ? `Selected ${selected.path.join(" › ")}: ${selected.value.toLocaleString("en")}` : "Click a cluster to select it."}
      </p>
      <p id="drilled">{drilled.length ? `Zoomed into ${drilled.join(" › ")}` : "At the top level."}</p>
      <target-gauge data={gauges} theme="light" />
    </main>
  );
}
