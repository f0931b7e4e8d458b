// Benchmark: memory held once a treemap is on screen — wasm linear memory plus the JS heap after
// a forced GC — ours (a <cluster-treemap> given the tree) vs d3-hierarchy + Canvas2D keeping its
// nodes, at 1e4, 1e5 (and any other) leaf counts; also bytes per leaf. Each count in a new page.
// Run: node bench/memory.mjs [leaves...]
import { launch, pageUrl } from "../tests/e2e/browser.mjs";

const counts = process.argv.slice(2).map(Number);
const browser = await launch();
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;

async function held(impl, leaves) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${pageUrl("bench/memory.html")}?impl=${impl}&leaves=${leaves}`, { timeout: 120000 });
  const result = await page.waitForFunction(() => window.result, null, { timeout: 120000 }).then((h) => h.jsonValue());
  if (result.error) throw new Error(`${impl} ${leaves}: ${result.error}`);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await context.close();
  return { wasm: result.wasm, js: usedSize };
}

// The page's own baseline (the script and an empty slot), so per-leaf figures count the tree.
const empty = { ours: await held("ours", 1), d3: await held("d3", 1) };
for (const leaves of counts.length ? counts : [1e4, 1e5]) {
  for (const impl of ["ours", "d3"]) {
    const m = await held(impl, leaves);
    const total = m.wasm + m.js, base = empty[impl].wasm + empty[impl].js;
    console.log(`${impl.padEnd(4)} ${String(leaves).padStart(7)} leaves: wasm ${mb(m.wasm)} + JS heap ${mb(m.js)} = ${mb(total)}; ${Math.round((total - base) / leaves)} bytes per leaf over an empty page (${mb(base)})`);
  }
}
await browser.close();
