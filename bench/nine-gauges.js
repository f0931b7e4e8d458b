// The nine gauges both benchmark pages draw: the demo's first nine 2027 targets.
window.NINE_GAUGES = [
  { title: "Industrial revenue", unit: "trillion yuan", baseline: 2.82, target: 4 },
  { title: "Strategic emerging industries' share", unit: "%", baseline: 31.1, target: 36 },
  { title: "Little giant enterprises", unit: "", baseline: 255, target: 500 },
  { title: "High-tech enterprises", unit: "", baseline: 6438, target: 12800 },
  { title: "Technology-based enterprises", unit: "", baseline: 43000, target: 86000 },
  { title: "Energy use (2022 = 100)", unit: "", baseline: 100, target: 87 },
  { title: "Manufacturing value added, % of GDP", unit: "%", baseline: null, target: 28 },
  { title: "R&D intensity", unit: "%", baseline: null, target: 2 },
  { title: "Quality competitiveness index", unit: "", baseline: null, target: 92 },
];
