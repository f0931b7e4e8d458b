// Builds fifty widgets (no inline script, so the page also works under a strict CSP).
const main = document.getElementById("many");
for (let i = 0; i < 25; i++) {
  const t = document.createElement("cluster-treemap");
  t.data = { title: `Treemap ${i + 1}`, tree: { name: "All", children: [
    { name: "A", children: [{ name: "A1", value: 3 + i }, { name: "A2", value: 2 }] },
    { name: "B", value: 4 }, { name: "C", value: 1 + (i % 5) }] } };
  const g = document.createElement("target-gauge");
  g.data = { title: `Gauge ${i + 1}`, unit: "%", baseline: { value: 10, label: "2022" }, current: { value: 10 + i, label: "2024" }, target: { value: 40, label: "2027" } };
  main.append(t, g);
}
