// An input storm: 2,000 scripted events (seeded, so a failure replays) on the demo's treemap and
// gauge grid — pointer moves, clicks, taps, keys (arrows, Enter, Escape, Backspace, Home), focus,
// update() with different trees (now and then a bad one), `data =`, container resizes, theme
// flips, removal and re-append — many of them within one frame. No order may break a widget:
// no page error, no trap, and afterwards the treemap still answers hover with its tooltip.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, open, repoRoot } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("2,000 events in any order break neither widget", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.waitForFunction(() => document.querySelector("#treemap-33618")?.ready && document.querySelector("#targets-2027")?.ready);
  const report = await page.evaluate(async () => {
    let seed = 20261203;
    const random = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
    const pick = (list) => list[Math.floor(random() * list.length)];
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const tm = document.querySelector("#treemap-33618"), g = document.querySelector("#targets-2027");
    const home = [tm.parentNode, tm.nextSibling], gHome = [g.parentNode, g.nextSibling];
    const base = JSON.parse(tm.querySelector("script").textContent), gauges = JSON.parse(g.querySelector("script").textContent);
    const trees = [
      base,
      { ...base, tree: { ...base.tree, children: base.tree.children.slice(1) } }, // a tier gone
      { ...base, tree: { ...base.tree, children: base.tree.children.map((t, i) => ({ ...t, children: t.children.slice(0, 1 + i) })) } },
      { title: "Small", tree: { name: "All", children: [{ id: "x", name: "X", value: 3 }, { name: "Y", children: [{ name: "Y1", value: 1 }, { name: "Y2", value: 2 }] }] } },
      JSON.stringify(base),
    ];
    const gaugeSets = [gauges, { ...gauges, gauges: gauges.gauges.slice(0, 3) }, { title: "One", baseline: { value: 1 }, target: { value: 2 } }];
    const errors = [];
    for (const el of [tm, g]) el.addEventListener("widget-error", (e) => errors.push(e.detail));
    const counts = {};
    const canvasOf = () => tm.shadowRoot.querySelector("canvas");
    const pointer = (type, pointerType = "mouse") => {
      const c = canvasOf();
      if (!c) return;
      const b = c.getBoundingClientRect();
      c.dispatchEvent(new PointerEvent(type, { clientX: b.left + random() * b.width, clientY: b.top + random() * b.height, pointerType, bubbles: true }));
    };
    const actions = {
      move: [40, () => pointer("pointermove")],
      leave: [3, () => pointer("pointerleave")],
      click: [8, () => pointer("pointerup")],
      tap: [4, () => pointer("pointerup", "touch")],
      key: [30, () => canvasOf()?.dispatchEvent(new KeyboardEvent("keydown", { key: pick(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Enter", "Escape", "Backspace", "Home", " "]), bubbles: true }))],
      focus: [2, () => (random() < 0.5 ? canvasOf()?.focus() : canvasOf()?.blur())],
      crumb: [2, () => pick([...tm.shadowRoot.querySelectorAll(".crumbs button, .up")])?.click()],
      update: [4, () => tm.update(random() < 0.1 ? "{x" : pick(trees))],
      data: [2, () => { tm.data = pick(trees); }],
      gaugeData: [3, () => (random() < 0.5 ? g.update(pick(gaugeSets)) : (g.data = pick(gaugeSets)))],
      resize: [3, () => { pick([tm, g]).style.width = `${Math.round(260 + random() * 800)}px`; }],
      theme: [3, () => pick([tm, g]).setAttribute("theme", pick(["light", "dark"]))],
      repaint: [1, () => pick([tm, g]).repaint()],
      remove: [2, () => { const [el, [parent, next]] = pick([[tm, home], [g, gHome]]); el.remove(); if (random() < 0.8) parent.insertBefore(el, next); }],
      svg: [1, () => { try { pick([tm, g]).toSvg(); } catch (e) { if (!e.problems) throw e; } }],
    };
    const bag = Object.entries(actions).flatMap(([name, [weight, run]]) => Array(weight).fill([name, run]));
    for (let i = 0; i < 2000; i++) {
      const [name, run] = pick(bag);
      counts[name] = (counts[name] || 0) + 1;
      run();
      if (random() < 0.12) await frame();
      if (random() < 0.01) await new Promise((r) => setTimeout(r, 120));
    }
    // Back on the page, with good data, at a known width.
    for (const [el, [parent, next]] of [[tm, home], [g, gHome]]) {
      if (!el.isConnected) parent.insertBefore(el, next);
      el.style.width = "";
      el.setAttribute("theme", "light");
    }
    const drawn = Promise.all([tm, g].map((el) => new Promise((r) => el.addEventListener("widget-ready", r, { once: true }))));
    tm.update(base);
    g.data = gauges;
    await drawn;
    return { counts, errors, live: ClusterWidgets.liveWidgets() };
  });
  // The only errors allowed are the "{x" updates' own: a JSON syntax error at the document.
  const bad = report.errors.filter((e) => !(e.problems.length === 1 && /^not valid JSON/.test(e.problems[0].message)));
  const dataErrors = report.errors.length - bad.length;
  assert.deepEqual(bad, [], "no trap, no error other than the bad updates' own problems");
  assert.ok(dataErrors >= 1 && report.counts.update > 50 && report.counts.key > 400, JSON.stringify(report.counts));
  assert.equal(report.live, 2, "one wasm object per widget, none leaked");
  assert.deepEqual(pageErrors, []);

  // The treemap still answers hover.
  const p = await page.evaluate(() => {
    const el = document.querySelector("#treemap-33618");
    el.scrollIntoView();
    const box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    const c = el.rendered.cells.find((c) => c.name === "Advanced materials");
    return { x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2 };
  });
  await page.mouse.move(p.x, p.y);
  const tooltip = page.locator("#treemap-33618").locator('[role="tooltip"]');
  await tooltip.waitFor({ state: "visible" });
  assert.match(await tooltip.textContent(), /Advanced materials/);
  await page.screenshot({ path: path.join(repoRoot, "out/e2e-after-storm.png") });
  await context.close();
});
