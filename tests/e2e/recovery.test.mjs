// Widgets that recover: a failed update shows its problems and takes the next good data,
// `widget-ready` fires for every new data set, a trap is contained, data set from JS right after
// the start shows no error, a `data` attribute that is not JSON says what to do, a cancelled
// drill keeps the level, and gauges follow their container and the pixel ratio.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { mkdirSync, writeFileSync } from "node:fs";
import { launch, open, repoRoot, watchErrors } from "./browser.mjs";

const outDir = path.join(repoRoot, "out");
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SEL = "#treemap-33618";
const ready = (page, sel = SEL) => page.waitForFunction((s) => document.querySelector(s)?.ready, sel);
// In the page: a promise for the next event of this type on el (its detail, or true).
const NEXT = "window.next = (el, type) => new Promise((r) => el.addEventListener(type, (e) => r(e.detail ?? true), { once: true }));";
const crumbs = (page) => page.evaluate((s) => [...document.querySelector(s).shadowRoot.querySelectorAll(".crumbs > :not(.sep)")].map((b) => b.textContent), SEL);
const frames = (page, n = 3) => page.evaluate((n) => new Promise((r) => { const f = () => (n-- ? requestAnimationFrame(f) : r()); f(); }), n);

test("a failed update shows its problems; each next good data set is drawn, with widget-ready", async () => {
  const { page, context, errors } = await open(browser, "www/index.html");
  await ready(page);
  await page.evaluate(NEXT);
  const r = await page.evaluate(async (s) => {
    const el = document.querySelector(s);
    const good = JSON.parse(el.querySelector("script").textContent);
    const live = ClusterWidgets.liveWidgets();
    const failed = next(el, "widget-error");
    el.update("{x");
    const detail = await failed;
    const box = el.shadowRoot.querySelector('[role="alert"]').textContent;
    const error = { problems: el.error.problems, live: ClusterWidgets.liveWidgets() };
    const drawn = [];
    for (const [i, how] of ["update", "data", "update"].entries()) {
      good.tree.children[0].children[0].value = 1e12 + 1e11 * i;
      const readyAgain = next(el, "widget-ready");
      if (how === "update") el.update(structuredClone(good)); else el.data = structuredClone(good);
      await readyAgain;
      drawn.push({
        how, canvas: el.shadowRoot.querySelector("canvas")?.isConnected, alert: !!el.shadowRoot.querySelector('[role="alert"]'),
        error: el.error, value: el.rendered.cells.find((c) => c.name === "Intelligent connected new-energy vehicles")?.value,
      });
    }
    return { detail, box, error, drawn, live, liveEnd: ClusterWidgets.liveWidgets() };
  }, SEL);
  assert.ok(r.detail.problems.length >= 1 && r.detail.problems.every((p) => typeof p.path === "string" && typeof p.message === "string"), JSON.stringify(r.detail));
  assert.equal(r.detail.message.length > 0, true);
  assert.deepEqual(r.error.problems, r.detail.problems, "el.error carries the same problems");
  assert.match(r.box, /This treemap could not be drawn/);
  assert.equal(r.error.live, r.live - 1, "the failed widget holds no wasm object");
  assert.deepEqual(r.drawn, [
    { how: "update", canvas: true, alert: false, error: null, value: 1e12 },
    { how: "data", canvas: true, alert: false, error: null, value: 1.1e12 },
    { how: "update", canvas: true, alert: false, error: null, value: 1.2e12 },
  ]);
  assert.equal(r.liveEnd, r.live, "liveWidgets is exact");
  assert.ok(errors.every((e) => e.startsWith("<cluster-treemap>:")), `only the widget's own report: ${errors}`);
  await context.close();
});

test("a trap is contained: the error box, no zombie, removal does not throw, new data draws", async () => {
  const { page, context, errors } = await open(browser, "www/index.html");
  await ready(page);
  await page.evaluate(NEXT);
  const r = await page.evaluate(async (s) => {
    const el = document.querySelector(s);
    const T = ClusterWidgets.Treemap.prototype, { render, free } = T;
    const live = ClusterWidgets.liveWidgets();
    // A trapped wasm object: every later call, free() included, throws.
    T.render = () => { throw new WebAssembly.RuntimeError("unreachable"); };
    T.free = () => { throw new Error("attempted to take ownership of Rust value while it was borrowed"); };
    const failed = next(el, "widget-error");
    el.resize();
    const detail = await failed;
    const after = { live: ClusterWidgets.liveWidgets(), box: el.shadowRoot.querySelector('[role="alert"]')?.textContent };
    T.render = render;
    T.free = free;
    let threw = null;
    try { el.remove(); document.querySelector("main").append(el); } catch (e) { threw = String(e); }
    el.scrollIntoView(); // widgets start near the viewport; the end of the page is far below it
    const readyAgain = next(el, "widget-ready");
    el.data = JSON.parse(el.querySelector("script").textContent);
    await readyAgain;
    return { live, after, detail, threw, leaves: el.rendered.cells.filter((c) => c.leaf).length, liveEnd: ClusterWidgets.liveWidgets() };
  }, SEL);
  assert.equal(r.after.live, r.live - 1);
  assert.match(r.after.box, /internal error \(unreachable\)/);
  assert.deepEqual(r.detail.problems, [{ path: "", message: r.detail.message }]);
  assert.equal(r.threw, null);
  assert.equal(r.leaves, 30);
  assert.equal(r.liveEnd, r.live);
  assert.ok(!errors.some((e) => /recursive use|take ownership|null pointer/.test(e)), String(errors));
  await context.close();
});

test("gauges given new data during their entry animation draw it", async () => {
  const { page, context, errors } = await open(browser, "www/index.html");
  await page.waitForFunction(() => { const g = document.querySelector("#targets-2027"); return g.framesDrawn >= 2 && !g.ready; });
  await page.evaluate(NEXT);
  const r = await page.evaluate(async () => {
    const g = document.querySelector("#targets-2027");
    const readyAgain = next(g, "widget-ready");
    g.data = { gauges: [{ title: "One", baseline: { value: 1 }, target: { value: 2 } }, { title: "Two", baseline: { value: 5 }, target: { value: 3 } }] };
    await readyAgain;
    return { count: g.rendered.count, meters: g.shadowRoot.querySelectorAll('[role="meter"]').length, live: ClusterWidgets.liveWidgets() };
  });
  assert.deepEqual(r, { count: 2, meters: 2, live: 2 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("data set from JS once the module is ready shows no error; with no data at all, the box says so", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.seen = [];
    document.addEventListener("DOMContentLoaded", () => {
      const main = document.querySelector("main");
      for (const [id, tag] of [["late", "cluster-treemap"], ["late-gauge", "target-gauge"], ["empty", "cluster-treemap"]]) {
        const el = document.createElement(tag);
        el.id = id;
        main.prepend(el);
        el.addEventListener("widget-error", (e) => window.seen.push(`${id}: ${e.detail.message}`));
        // The box, if it ever shows, is seen by this observer.
        new MutationObserver(() => { if (el.shadowRoot?.querySelector('[role="alert"]')) window.seen.push(`${id}: box`); })
          .observe(el, { subtree: true, childList: true });
      }
      ClusterWidgets.ready.then(() => {
        document.querySelector("#late").data = { tree: { name: "All", children: [{ name: "A", value: 2 }, { name: "B", value: 1 }] } };
        document.querySelector("#late-gauge").data = { title: "G", baseline: { value: 1 }, target: { value: 2 } };
      });
    });
  });
  await page.goto(`file://${repoRoot}/www/errors.html`);
  await page.waitForFunction(() => document.querySelector("#late").ready && document.querySelector("#late-gauge").ready);
  await page.waitForFunction(() => document.querySelector("#empty").error);
  const r = await page.evaluate(() => ({ seen: window.seen, box: document.querySelector("#empty").shadowRoot.querySelector('[role="alert"]').textContent }));
  assert.deepEqual(r.seen.filter((s) => !s.startsWith("empty")), [], "no error for data set right after the start");
  assert.match(r.box, /no data: put the JSON in a child <script type="application\/json">, or set the data property/);
  assert.ok(errors.every((e) => !e.includes("late")) && !errors.some((e) => e.startsWith("<target-gauge>") && e.includes("no data")), String(errors));
  await context.close();
});

test("a data attribute that is not JSON says to set the property", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      const el = document.createElement("cluster-treemap");
      el.id = "attr";
      el.setAttribute("data", String({ tree: {} })); // what a framework that sets attributes does
      el.addEventListener("widget-error", (e) => { window.detail = e.detail; });
      document.querySelector("main").prepend(el);
    });
  });
  await page.goto(`file://${repoRoot}/www/errors.html`);
  await page.waitForFunction(() => window.detail);
  const r = await page.evaluate(() => ({ detail: window.detail, box: document.querySelector("#attr").shadowRoot.querySelector('[role="alert"]').textContent }));
  assert.equal(r.detail.problems[0].path, "data");
  assert.match(r.detail.problems[0].message, /^data="\[object Object\]" is not JSON: set the data property, not the attribute$/);
  assert.match(r.box, /data: data="\[object Object\]" is not JSON: set the data property, not the attribute/);
  await context.close();
});

test("cancelled cluster-drill keeps the level (click, key, breadcrumb); events are cancelable", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  await page.evaluate((s) => {
    window.events = [];
    window.cancelDrill = true;
    const el = document.querySelector(s);
    for (const type of ["cluster-select", "cluster-drill"]) {
      el.addEventListener(type, (e) => {
        window.events.push({ type, id: e.detail.id, cancelable: e.cancelable });
        if (type === "cluster-drill" && window.cancelDrill) e.preventDefault();
      });
    }
  }, SEL);
  const p = await page.evaluate((s) => {
    const el = document.querySelector(s), box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    const c = el.rendered.cells.find((c) => c.name === "Advanced materials");
    return { x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2 };
  }, SEL);
  await page.mouse.click(p.x, p.y);
  await page.waitForTimeout(400); // longer than a drill's zoom
  await frames(page);
  assert.deepEqual(await crumbs(page), ["33618 cluster system"], "click: the level stays");
  assert.equal(await page.evaluate((s) => document.querySelector(s).rendered.cells.length, SEL), 36);
  await page.screenshot({ path: path.join(outDir, "e2e-drill-cancelled.png") });
  // Keyboard: Enter on the first tier, cancelled.
  await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector("canvas").focus(), SEL);
  await page.keyboard.press("Enter");
  await frames(page);
  assert.deepEqual(await crumbs(page), ["33618 cluster system"], "Enter: the level stays");
  // Let one drill through, then cancel the way back by the breadcrumb and by Escape.
  await page.evaluate(() => { window.cancelDrill = false; });
  await page.keyboard.press("Enter");
  await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelectorAll(".crumbs > :not(.sep)").length === 2, SEL);
  await page.evaluate(() => { window.cancelDrill = true; });
  await page.locator(SEL).locator(".crumbs > :not(.sep)").first().click();
  await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector("canvas").focus(), SEL);
  await page.keyboard.press("Escape");
  await page.waitForTimeout(400);
  assert.equal((await crumbs(page)).length, 2, "breadcrumb and Escape: the level stays");
  const events = await page.evaluate(() => window.events);
  assert.ok(events.filter((e) => e.type === "cluster-drill").length >= 5, JSON.stringify(events));
  assert.ok(events.every((e) => e.cancelable), "every select and drill event is cancelable");
  assert.ok(events.some((e) => e.type === "cluster-select"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a gauge grid follows its container's size and the pixel ratio", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page, "#targets-2027");
  const size = () => page.evaluate(() => {
    const c = document.querySelector("#targets-2027").shadowRoot.querySelector("canvas");
    return { css: c.clientWidth, backing: c.width };
  });
  const wide = await size();
  await page.evaluate(() => { document.querySelector("#targets-2027").style.width = "200px"; });
  await page.waitForFunction((w) => document.querySelector("#targets-2027").shadowRoot.querySelector("canvas").width < w, wide.backing);
  await frames(page);
  const narrow = await size();
  assert.ok(narrow.css < wide.css && narrow.backing === narrow.css, `${JSON.stringify(wide)} → ${JSON.stringify(narrow)}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 1280, height: 900, deviceScaleFactor: 2, mobile: false });
  // Headless Chromium's emulation fires no resolution-query change: a resize makes the next frame.
  await page.evaluate(() => { document.querySelector("#targets-2027").style.width = "260px"; });
  await page.waitForFunction(() => { const c = document.querySelector("#targets-2027").shadowRoot.querySelector("canvas"); return c.width === c.clientWidth * 2; });
  await page.locator("#targets-2027").screenshot({ path: path.join(outDir, "e2e-gauges-200-dpr2.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a cancelled cluster-select keeps the previous selection's outline", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  // Into the first tier, whose cells are leaves (a click selects them without drilling).
  await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector("canvas").focus(), SEL);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(400);
  await frames(page);
  const cells = await page.evaluate((s) => {
    const el = document.querySelector(s), box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    return el.rendered.cells.filter((c) => c.leaf).slice(0, 2).map((c) => ({ rect: c.rect, x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2 }));
  }, SEL);
  assert.equal(cells.length, 2);
  // An inner edge pixel of a cell: the outline's colour when selected, the fill's when not.
  const edge = (c) => page.evaluate(({ s, r }) => {
    const canvas = document.querySelector(s).shadowRoot.querySelector("canvas");
    const k = canvas.width / canvas.clientWidth;
    return [...canvas.getContext("2d").getImageData(Math.round((r[0] + r[2]) / 2 * k), Math.round((r[1] + 1) * k), 1, 1).data].slice(0, 3);
  }, { s: SEL, r: c.rect });
  await page.mouse.click(cells[0].x, cells[0].y);
  await page.evaluate((s) => document.querySelector(s).addEventListener("cluster-select", (e) => e.preventDefault()), SEL);
  await page.mouse.click(cells[1].x, cells[1].y);
  await page.mouse.move(2, 2); // off the treemap: no hover outline
  await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector("canvas").blur(), SEL); // no focus ring
  await frames(page);
  const [first, second] = [await edge(cells[0]), await edge(cells[1])];
  assert.ok(first.every((v) => v < 60), `the first cell keeps its dark outline: ${first}`);
  assert.ok(second.some((v) => v > 100), `the cancelled cell is not outlined: ${second}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a container over 20,000 CSS px shows the treemap's error box, not an exception, and it draws again when it shrinks; gauges keep their card size", async () => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "e2e-size-limit.html"), `<!doctype html><meta charset="utf-8"><script src="../pkg/cluster-widgets.min.js"></script>
<div id="a"><cluster-treemap><script type="application/json">{"title":"T","tree":{"name":"All","children":[{"name":"A","value":2},{"name":"B","value":1}]}}</script></cluster-treemap></div>
<div id="b"><target-gauge><script type="application/json">{"title":"G","baseline":{"value":1},"target":{"value":2}}</script></target-gauge></div>`);
  const { page, context, errors } = await open(browser, "out/e2e-size-limit.html");
  await page.waitForFunction(() => [...document.querySelectorAll("cluster-treemap, target-gauge")].every((e) => e.ready));
  const r = await page.evaluate(async () => {
    const out = [];
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    // The gauge's cards have a maximum size: in a 20,001 px container it simply draws.
    const gauge = document.querySelector("target-gauge");
    let gaugeErrors = 0;
    gauge.addEventListener("widget-error", () => gaugeErrors++);
    gauge.parentElement.style.width = "20001px";
    await wait(400);
    const card = gauge.shadowRoot.querySelector("canvas").getBoundingClientRect().width;
    out.gauge = { errors: gaugeErrors, ready: gauge.ready, card };
    gauge.parentElement.style.width = "";
    for (const el of document.querySelectorAll("cluster-treemap")) {
      let count = 0;
      el.addEventListener("widget-error", () => count++);
      const failed = new Promise((r) => el.addEventListener("widget-error", (e) => r(e.detail), { once: true }));
      el.parentElement.style.width = "20001px";
      const detail = await failed;
      await wait(400); // the error box's own size must not retry in a loop
      const box = el.shadowRoot.querySelector('[role="alert"]')?.textContent;
      const drawn = new Promise((r) => el.addEventListener("widget-ready", r, { once: true }));
      el.parentElement.style.width = "600px";
      await drawn;
      out.push({ tag: el.localName, detail, box, count, ready: el.ready, error: el.error, canvas: !!el.shadowRoot.querySelector("canvas"), width: el.rendered.width ?? el.clientWidth });
    }
    return { widgets: out, gauge: out.gauge };
  });
  assert.deepEqual(r.gauge, { errors: 0, ready: true, card: r.gauge.card });
  assert.ok(r.gauge.card <= 360, `a card's canvas ${r.gauge.card} px wide`);
  for (const w of r.widgets) {
    assert.match(w.detail.message, /^size 20001 × \d+: expected CSS pixels from 0 to 20000$/, w.tag);
    assert.equal(w.detail.problems.length, 1, w.tag);
    assert.match(w.box, /could not be drawn.*20001.*20000/s, w.tag);
    assert.equal(w.count, 1, `${w.tag}: one widget-error, no retry loop`);
    assert.deepEqual([w.ready, w.error, w.canvas, w.width], [true, null, true, 600], w.tag);
  }
  assert.ok(errors.every((e) => /^<cluster-treemap>: size 20001/.test(e)), `only the treemap's own report, no page error: ${errors}`);
  await context.close();
});
