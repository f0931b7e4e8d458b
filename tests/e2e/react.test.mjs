// A React 19 + TypeScript consumer: examples/react-app, built by scripts/consumer.sh examples/react-app with Vite
// against the packed npm tarball, served over http. Both widgets are JSX fed from React state;
// a state change redraws the treemap; the typed `oncluster-select` / `oncluster-drill` handlers
// put the events' `detail` into React state, which React shows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { launch, repoRoot, watchErrors } from "./browser.mjs";
import { serve } from "./server.mjs";

const dist = path.join(repoRoot, "examples/react-app/dist");
let browser, server;
before(async () => {
  assert.ok(existsSync(path.join(dist, "index.html")), "build it first: scripts/consumer.sh examples/react-app (make test does)");
  browser = await launch();
  server = await serve(dist);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const text = (page, id) => page.evaluate((id) => document.getElementById(id).textContent, id);

// The centre of a cell's top band (a group's header, or a leaf's label), in page coordinates.
const cell = (page, name) => page.evaluate((name) => {
  const el = document.querySelector("cluster-treemap");
  const c = el.rendered.cells.find((c) => c.name === name);
  const b = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
  return { x: b.left + (c.rect[0] + c.rect[2]) / 2, y: b.top + c.rect[1] + 6 };
}, name);

// Share of a canvas's pixels that are not the white background: the picture, not just its summary.
const inked = (page, selector) => page.evaluate((selector) => [...document.querySelector(selector).shadowRoot.querySelectorAll("canvas")].map((c) => {
  const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) n++;
  return n / (data.length / 4);
}), selector);

test("the React app renders both widgets from state and reacts to their events", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => document.querySelector("cluster-treemap")?.ready && document.querySelector("target-gauge")?.ready, null, { timeout: 30000 });

  const first = await page.evaluate(() => {
    const tm = document.querySelector("cluster-treemap"), g = document.querySelector("target-gauge");
    return {
      // React 19 set `data` as a property: no "[object Object]" attribute.
      attribute: tm.getAttribute("data"),
      dataIsObject: typeof tm.data == "object",
      title: tm.rendered.title,
      leaves: Object.fromEntries(tm.rendered.cells.filter((c) => c.leaf).map((c) => [c.name, c.value])),
      meters: [...g.shadowRoot.querySelectorAll('[role="meter"]')].map((m) => m.getAttribute("aria-label")),
      errorBoxes: document.querySelectorAll("cluster-treemap, target-gauge").length - [...document.querySelectorAll("cluster-treemap, target-gauge")].filter((e) => !e.shadowRoot.querySelector(".error")).length,
    };
  });
  assert.equal(first.attribute, null);
  assert.ok(first.dataIsObject);
  assert.equal(first.title, "Cluster output, 2022");
  assert.deepEqual(first.leaves, { Vehicles: 5000, Electronics: 8000, Equipment: 2400, Materials: 2200, Food: 1800 });
  assert.deepEqual(first.meters, ["Vehicles", "Electronics"]);
  assert.equal(first.errorBoxes, 0);
  const [treemapInk] = await inked(page, "cluster-treemap"), gaugeInk = await inked(page, "target-gauge");
  assert.ok(treemapInk > 0.6, `the treemap's cells cover its canvas (${treemapInk})`);
  assert.equal(gaugeInk.length, 2);
  assert.ok(gaugeInk.every((x) => x > 0.03), `both gauges are drawn (${gaugeInk})`);
  mkdirSync(path.join(repoRoot, "out"), { recursive: true });
  await page.screenshot({ path: path.join(repoRoot, "out/e2e-react-top.png") });
  assert.equal(await text(page, "drawn"), "drawn 1 times", "onwidget-ready reached React once");

  // A click on a top-level group selects it and zooms in: both handlers set React state.
  let p = await cell(page, "Leading");
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => document.getElementById("drilled").textContent == "Zoomed into Leading");
  assert.equal(await text(page, "selected"), "Selected Leading: 13,000");

  // Zoomed in, a click on a leaf selects it; React shows the event's detail (path and value).
  // The zoom has ended when two polls 100 ms apart see the same cells (`ready` stays true
  // across a drill, and the cells move for 300 ms).
  await page.waitForFunction(() => {
    const now = JSON.stringify(document.querySelector("cluster-treemap").rendered.cells);
    const same = now === window.lastCells;
    window.lastCells = now;
    return same;
  }, null, { polling: 100 });
  p = await cell(page, "Vehicles");
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => document.getElementById("selected").textContent.includes("Vehicles"));
  assert.equal(await text(page, "selected"), "Selected Leading › Vehicles: 5,000");

  // New state: React hands the element new data, and the treemap (still zoomed) and the gauges redraw.
  await page.click("#year");
  await page.waitForFunction(() => document.querySelector("cluster-treemap").rendered?.title == "Cluster output, 2027");
  await page.waitForFunction(() => document.getElementById("drawn").textContent == "drawn 2 times");
  const second = await page.evaluate(() => {
    const tm = document.querySelector("cluster-treemap"), g = document.querySelector("target-gauge");
    return {
      leaves: Object.fromEntries(tm.rendered.cells.filter((c) => c.leaf).map((c) => [c.name, c.value])),
      breadcrumb: [...tm.shadowRoot.querySelectorAll("button")].map((b) => b.textContent),
      gaugeText: [...g.shadowRoot.querySelectorAll('[role="meter"]')].map((m) => m.getAttribute("aria-valuetext")),
    };
  });
  assert.deepEqual(second.leaves, { Vehicles: 10000, Electronics: 10000 }, "zoomed into Leading, with the 2027 values");
  assert.ok(second.breadcrumb.includes("All clusters"), second.breadcrumb.join(" | "));
  assert.ok(second.gaugeText.every((t) => t.includes("100% of the gap closed")), second.gaugeText.join(" | "));

  await page.screenshot({ path: path.join(repoRoot, "out/e2e-react.png") });
  assert.deepEqual(errors, []);
  await page.close();
});
