// Benchmark: the cost of results crossing the wasm boundary, for two builds side by side in one
// run (e.g. before and after a change of how they cross). Run:
//   node bench/boundary.mjs [pkgDirA] [pkgDirB] [loads]      (default: pkg only)
import { launch, pageUrl } from "../tests/e2e/browser.mjs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const dirs = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
const loads = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) || 5);
const browser = await launch();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const dir of dirs.length ? dirs : ["pkg"]) {
  const runs = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage();
    const pkg = pathToFileURL(path.resolve(dir)).href;
    await page.goto(`${pageUrl("bench/boundary.html")}?pkg=${encodeURIComponent(pkg)}`, { timeout: 120000 });
    await page.waitForFunction(() => window.result, null, { timeout: 120000 });
    runs.push(await page.evaluate(() => window.result));
    await page.close();
  }
  const m = (k) => median(runs.map((r) => r[k]));
  console.log(`${dir}: layoutTreemap 1e5 leaves ${m("layout").toFixed(1)} ms; on 1e4 leaves: pointer move ${(m("move") * 1000).toFixed(1)} µs, describe ${(m("describe") * 1000).toFixed(1)} µs, summary ${m("summary").toFixed(1)} ms (medians of ${loads} loads)`);
}
await browser.close();
