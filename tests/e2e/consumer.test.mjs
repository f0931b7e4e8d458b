// A real consumer: examples/vite-app, built by scripts/consumer.sh with Vite against the packed
// npm tarball, served over http, showing both widgets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { launch, repoRoot, watchErrors } from "./browser.mjs";
import { serve } from "./server.mjs";

const dist = path.join(repoRoot, "examples/vite-app/dist");
let browser, server;
before(async () => {
  assert.ok(existsSync(path.join(dist, "index.html")), "build it first: scripts/consumer.sh (make test does)");
  browser = await launch();
  server = await serve(dist);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the Vite app built from the tarball mounts both widgets", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => window.consumer?.mounted, null, { timeout: 30000 });
  const r = await page.evaluate(() => ({
    leaves: document.querySelector("cluster-treemap").rendered.cells.filter((c) => c.leaf).length,
    meters: document.querySelector("target-gauge").shadowRoot.querySelectorAll('[role="meter"]').length,
    cards: document.querySelector("target-gauge").shadowRoot.querySelectorAll(".cell").length,
    svg: window.consumer.svg,
    nodes: window.consumer.nodes,
  }));
  assert.equal(r.nodes, 7, "layoutTreemap through the typed API");
  // Two gauges; the one without a baseline has no value to claim, so it is no meter.
  assert.deepEqual({ leaves: r.leaves, cards: r.cards, meters: r.meters }, { leaves: 4, cards: 2, meters: 1 });
  assert.ok(r.svg > 1000, "toSvg() through the package API");
  // Events reach the app through the handle.
  const box = await page.evaluate(() => {
    const el = document.querySelector("cluster-treemap");
    const c = el.rendered.cells.find((c) => c.name === "Leading");
    const b = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    return { x: b.left + (c.rect[0] + c.rect[2]) / 2, y: b.top + (c.rect[1] + c.rect[3]) / 2 };
  });
  await page.mouse.click(box.x, box.y);
  await page.waitForFunction(() => window.consumer.selected.some((d) => d.id === "leading"));
  await page.screenshot({ path: path.join(repoRoot, "out/e2e-consumer.png") });
  assert.deepEqual(errors, []);
  await page.close();
});
