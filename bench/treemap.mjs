// Benchmark: a 1e5-leaf treemap in headless Chromium — data in + layout + first frame, ours vs
// d3-hierarchy + hand-written Canvas2D, starting from a live JS object and from the JSON text;
// hover hit-testing per probe. Run: node bench/treemap.mjs [loads]
import { launch, pageUrl } from "../tests/e2e/browser.mjs";

const loads = Number(process.argv[2] || 5);
const browser = await launch();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (v, unit, d = 1) => (v == null ? "n/a" : `${v.toFixed(d)} ${unit}`);

async function measure(impl, input) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${pageUrl("bench/treemap-1e5.html")}?impl=${impl}&input=${input}`, { timeout: 120000 });
    await page.waitForFunction(() => window.result, null, { timeout: 120000 });
    runs.push(await page.evaluate(() => window.result));
    await page.close();
  }
  const pick = (k) => (runs[0][k] == null ? null : median(runs.map((r) => r[k])));
  const r = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, pick(k)]));
  console.log(`${impl.padEnd(5)} data in + layout + first frame ${f(r.first, "ms")} (again, warm: ${f(r.warm, "ms")}); hit-test ${f(r.hit, "ms/probe", 4)}; hover input ${f(r.hover, "ms/probe", 4)} (medians of ${loads} loads)`);
  console.log(`      of which data in ${f(r.parse, "ms")} + layout and drawing ${f(r.render, "ms")}; warm ${f(r.warmParse, "ms")} + ${f(r.warmRender, "ms")}`);
  return r;
}

for (const input of ["object", "text"]) {
  console.log(input === "object" ? "From a live JS object (ours JSON.stringify's it):" : "From the JSON text, as embedded in a page (d3 JSON.parse's it):");
  const ours = await measure("ours", input);
  const d3 = await measure("d3", input);
  const ratio = (k) => (ours[k] / d3[k]).toFixed(2);
  console.log(`ratio ours / d3, data in + layout + first frame: ${ratio("first")} cold, ${ratio("warm")} warm`);
  console.log(`ratio ours / d3, layout + first frame once the data is in: ${ratio("render")} cold, ${ratio("warmRender")} warm`);
}
await browser.close();
