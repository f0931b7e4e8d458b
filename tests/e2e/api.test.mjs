// The npm package's ESM entry points in a page served over http (tests/e2e/fixtures/esm.html):
// `cluster-widgets/elements` defines both elements on import, before the wasm is fetched;
// mount() settles either way, with problems on bad data; handles of both widgets update; the
// tiling and color-by attributes survive update(); a failed start() is not kept.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, repoRoot, watchErrors } from "./browser.mjs";
import { serve } from "./server.mjs";

let browser, server;
before(async () => { browser = await launch(); server = await serve(repoRoot); });
after(async () => { await browser?.close(); await server?.close(); });

async function esmPage() {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${server.origin}/tests/e2e/fixtures/esm.html`);
  return { page, errors };
}

const TREE = { title: "T", tree: { name: "All", children: [
  { id: "a", name: "A", children: [{ name: "A1", value: 300 }, { name: "A2", value: 2 }] },
  { id: "b", name: "B", value: 40 }, { id: "c", name: "C", value: 10 }] } };

test("elements are defined on import, hold their data and draw once the wasm is ready", async () => {
  const { page, errors } = await esmPage();
  const r = await page.evaluate(async (data) => {
    await import("/pkg/elements.js");
    const wasmFetched = () => performance.getEntriesByType("resource").some((e) => e.name.endsWith(".wasm"));
    const defined = [!!customElements.get("cluster-treemap"), !!customElements.get("target-gauge"), wasmFetched()];
    const el = document.createElement("cluster-treemap");
    el.data = data; // a property, as React 19 and Vue set it on a defined element
    let notDrawn = null;
    try { el.toSvg(); } catch (e) { notDrawn = e.problems; }
    const pngNotDrawn = await el.toPng().then(() => null, (e) => e.problems);
    const drawn = new Promise((r) => el.addEventListener("widget-ready", r, { once: true }));
    document.querySelector("#app").append(el);
    await drawn;
    return { defined, notDrawn, pngNotDrawn, leaves: el.rendered.cells.filter((c) => c.leaf).length, fetched: wasmFetched() };
  }, TREE);
  const notDrawn = [{ path: "", message: "the treemap is not drawn" }];
  assert.deepEqual(r, { defined: [true, true, false], notDrawn, pngNotDrawn: notDrawn, leaves: 4, fetched: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("mount() resolves when drawn and rejects with problems on bad data or a detached container", async () => {
  const { page, errors } = await esmPage();
  const r = await page.evaluate(async (data) => {
    const { TreemapWidget, GaugeWidget } = await import("/pkg/index.js");
    const app = document.querySelector("#app");
    const outcome = (p) => p.then(() => ({ ok: true }), (e) => ({ message: e.message, problems: e.problems, isError: e instanceof Error }));
    const bad = await outcome(TreemapWidget.mount(app, { tree: { name: "r", children: [{ name: "a", value: -5 }] } }));
    const badGauge = await outcome(GaugeWidget.mount(app, { title: "x", target: { value: "no" } }));
    const detached = await outcome(TreemapWidget.mount(document.createElement("div"), data));
    const good = await TreemapWidget.mount(app, data);
    return { bad, badGauge, detached, svg: good.toSvg().startsWith("<svg") };
  }, TREE);
  assert.equal(r.bad.isError, true);
  assert.deepEqual(r.bad.problems.map((p) => p.path), ["tree.children[0].value"]);
  assert.match(r.bad.problems[0].message, /expected a finite number >= 0, got -5/);
  assert.ok(r.badGauge.problems.some((p) => p.path === "target.value"), JSON.stringify(r.badGauge));
  assert.deepEqual(r.detached.problems, [{ path: "", message: "the container is not in the document" }]);
  assert.equal(r.svg, true);
  assert.ok(errors.every((e) => e.startsWith("<cluster-treemap>:") || e.startsWith("<target-gauge>:")), String(errors));
  await page.close();
});

test("GaugeWidget and TreemapWidget handles update(); the tiling attribute survives update()", async () => {
  const { page, errors } = await esmPage();
  const r = await page.evaluate(async (data) => {
    const { TreemapWidget, GaugeWidget } = await import("/pkg/index.js");
    const app = document.querySelector("#app");
    const again = (h) => new Promise((r) => h.addEventListener("widget-ready", r, { once: true }));
    const g = await GaugeWidget.mount(app, { title: "One", baseline: { value: 1 }, target: { value: 2 } });
    const gaugeReady = again(g);
    g.update({ gauges: [{ title: "A", baseline: { value: 1 }, target: { value: 2 } }, { title: "B", baseline: { value: 3 }, target: { value: 1 } }] });
    await gaugeReady;
    const t = await TreemapWidget.mount(app, data);
    t.element.setAttribute("tiling", "slice");
    await again(t);
    const moved = structuredClone(data);
    moved.tree.children[1].value = 400;
    const treeReady = again(t);
    t.update(moved);
    await treeReady;
    const tops = t.element.rendered.cells.filter((c) => c.depth === 1);
    return {
      meters: g.element.shadowRoot.querySelectorAll('[role="meter"]').length,
      b: tops.find((c) => c.name === "B").value,
      // slice: the top-level cells are stacked rows spanning the same width
      spans: new Set(tops.map((c) => `${c.rect[0]},${c.rect[2]}`)).size,
    };
  }, TREE);
  assert.deepEqual(r, { meters: 2, b: 400, spans: 1 });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a failed start() is not kept: the next call loads the module", async () => {
  const { page } = await esmPage();
  const r = await page.evaluate(async () => {
    const { start } = await import("/pkg/index.js");
    const failed = await start("/no/such.wasm").then(() => "resolved", (e) => "rejected");
    const wasm = await start();
    return { failed, ok: typeof wasm.Treemap === "function" };
  });
  assert.deepEqual(r, { failed: "rejected", ok: true });
  await page.close();
});
