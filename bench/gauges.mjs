// Benchmark: nine gauges to their first complete frame, ours vs ECharts, in headless Debian
// Chromium (one page load each, repeated; medians printed). Run: node bench/gauges.mjs [runs]
import { launch, pageUrl } from "../tests/e2e/browser.mjs";

const runs = Number(process.argv[2] || 7);
const browser = await launch();
async function time(page) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: "reduce" });
  const p = await context.newPage();
  await p.goto(pageUrl(page));
  await p.waitForFunction(() => window.benchDone);
  const ms = await p.evaluate(() => window.benchDone);
  await context.close();
  return ms;
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, page] of [["cluster-widgets", "bench/gauges-ours.html"], ["echarts", "bench/gauges-echarts.html"]]) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await time(page));
  results[name] = median(times);
  console.log(`${name.padEnd(16)} first complete frame of 9 gauges: median ${results[name].toFixed(1)} ms (${runs} loads: ${times.map((t) => t.toFixed(0)).join(", ")})`);
}
console.log(`ratio ECharts / cluster-widgets: ${(results.echarts / results["cluster-widgets"]).toFixed(2)}`);
await browser.close();
