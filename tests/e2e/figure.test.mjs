// The treemap's figure in its shadow root (issue 10): title, subtitle, breadcrumb bar, legend and
// footer as DOM text; the tooltip beside the hovered cell, never over it; the docked panel after
// a touch; the data's own words (`strings`, `options.tooltip`); hostile text stays text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, open, repoRoot, watchErrors } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SEL = "#treemap-33618";
const ready = (page, s = SEL) => page.waitForFunction((s) => document.querySelector(s)?.ready, s);
const shadowText = (page, css, s = SEL) => page.evaluate(([s, css]) => [...document.querySelector(s).shadowRoot.querySelectorAll(css)].filter((e) => e.checkVisibility()).map((e) => e.textContent), [s, css]);
const overlap = (a, b) => Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5;

// A page with one treemap of the given data, made in the test.
async function withData(data, viewport = { width: 900, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`file://${repoRoot}/www/index.html`);
  await ready(page);
  await page.evaluate((d) => {
    document.body.innerHTML = "<main><cluster-treemap id='t'></cluster-treemap></main>";
    document.querySelector("#t").data = d;
  }, data);
  await ready(page, "#t");
  return { page, context, errors };
}

test("header, legend and footer are DOM text from the data; drilling names the level in the heading", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  const data = await page.evaluate((s) => JSON.parse(document.querySelector(s).querySelector("script").textContent), SEL);
  assert.deepEqual(await shadowText(page, ".headline"), [data.title]);
  assert.deepEqual(await shadowText(page, ".sub"), [data.subtitle]);
  const foot = (await shadowText(page, ".foot p")).join("\n");
  assert.ok(foot.includes(`Source: ${data.source}`), foot);
  assert.ok(foot.includes("* assumed value, not given by the source"), "the demo has assumed values: the note shows");
  assert.deepEqual(await shadowText(page, ".bar"), [], "no breadcrumb bar at the top level");
  // Sub-groups listed under a tier are that tier's children in the data.
  const nested = await page.evaluate((s) => [...document.querySelector(s).shadowRoot.querySelectorAll(".tiers > ul > li")].map((li) => [li.querySelector("b").textContent, [...li.querySelectorAll(":scope ul li > span:first-child")].map((e) => e.textContent)]), SEL);
  for (const [tier, groups] of nested) {
    const t = data.tree.children.find((c) => c.name === tier);
    for (const g of groups) assert.ok(t.children.some((c) => c.name === g), `${g} is a group of ${tier}`);
  }
  // The legend's numbers come from the wasm: every tier has a total and a share.
  for (const n of await shadowText(page, ".tiers > ul > li > .n")) assert.match(n, /\d.* · \d+(\.\d+)?%$/);
  // Drill into the second tier with its breadcrumb: the heading names it, the title is a kicker.
  const tier = data.tree.children[1].name;
  await page.evaluate(([s, n]) => {
    const el = document.querySelector(s), c = el.rendered.cells.find((c) => c.name === n);
    const box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    el.shadowRoot.querySelector("canvas").dispatchEvent(new PointerEvent("pointerup", { clientX: box.left + c.rect[0] + 5, clientY: box.top + c.rect[1] + 5, pointerType: "mouse", bubbles: true }));
  }, [SEL, tier]);
  await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelectorAll(".crumbs > :not(.sep)").length === 2, SEL);
  assert.deepEqual(await shadowText(page, ".headline"), [tier]);
  assert.deepEqual(await shadowText(page, ".kicker"), [data.title]);
  // Up sits in the bar, above the drawing, at least 44 px square, and clear of the canvas.
  const boxes = await page.evaluate((s) => {
    const r = (e) => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
    const root = document.querySelector(s).shadowRoot;
    return { up: r(root.querySelector(".up")), canvas: r(root.querySelector("canvas")), crumb: r(root.querySelector(".crumbs > :not(.sep)")), title: r(root.querySelector(".headline")) };
  }, SEL);
  assert.ok(boxes.up[2] - boxes.up[0] >= 44 && boxes.up[3] - boxes.up[1] >= 44, JSON.stringify(boxes.up));
  assert.ok(!overlap(boxes.up, boxes.canvas) && boxes.up[3] <= boxes.canvas[1], `Up above the drawing: ${JSON.stringify(boxes)}`);
  assert.ok(Math.abs(boxes.crumb[0] - boxes.title[0]) <= 1, `breadcrumb and title share a left edge: ${boxes.crumb[0]}, ${boxes.title[0]}`);
  await page.screenshot({ path: path.join(repoRoot, "out/e2e-figure-drilled.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the tooltip never covers the cell it describes, and shows its colour and whole description", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector("canvas").scrollIntoView({ block: "center" }), SEL);
  const cells = await page.evaluate((s) => document.querySelector(s).rendered.cells.filter((c) => c.leaf && c.label).map((c) => c.name), SEL);
  assert.ok(cells.length >= 10, cells.join());
  for (const name of cells) {
    const r = await page.evaluate(async ([s, n]) => {
      const el = document.querySelector(s), canvas = el.shadowRoot.querySelector("canvas"), box = canvas.getBoundingClientRect();
      const c = el.rendered.cells.find((c) => c.name === n);
      const x = box.left + (c.rect[0] + c.rect[2]) / 2, y = box.top + (c.rect[1] + c.rect[3]) / 2;
      canvas.dispatchEvent(new PointerEvent("pointermove", { clientX: x, clientY: y, pointerType: "mouse", bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const tip = el.shadowRoot.querySelector(".tooltip"), t = tip.getBoundingClientRect();
      return { hidden: tip.hidden, tip: [t.left, t.top, t.right, t.bottom], cell: [box.left + c.rect[0], box.top + c.rect[1], box.left + c.rect[2], box.top + c.rect[3]],
        text: tip.textContent, swatch: getComputedStyle(tip.querySelector(".swatch")).backgroundColor, fill: c.fill, overflow: tip.scrollHeight > tip.clientHeight + 1 };
    }, [SEL, name]);
    assert.equal(r.hidden, false, name);
    assert.ok(r.text.includes(name), `${name} in ${r.text}`);
    assert.ok(!overlap(r.tip, r.cell), `${name}: tooltip ${r.tip} over its cell ${r.cell}`);
    assert.ok(r.tip[0] >= 0 && r.tip[1] >= 0 && r.tip[2] <= 1280 && r.tip[3] <= 900, `${name}: inside the viewport ${r.tip}`);
    const hex = "#" + r.swatch.match(/\d+/g).slice(0, 3).map((v) => (+v).toString(16).padStart(2, "0")).join("");
    assert.equal(hex, r.fill.toLowerCase(), `${name}: the swatch is the cell's fill`);
    assert.equal(r.overflow, false, `${name}: the description is shown whole`);
  }
  await context.close();
});

test("after a touch the details dock inside the drawing away from the cell; × closes them", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`file://${repoRoot}/www/index.html`);
  await ready(page);
  await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector("canvas").scrollIntoView({ block: "center" }), SEL);
  // Cells of two tiers (a second tap in the same tier would zoom into it), low and high.
  for (const name of ["Advanced materials", "Intelligent equipment and intelligent manufacturing"]) {
    const p = await page.evaluate(([s, n]) => {
      const el = document.querySelector(s), box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
      const c = el.rendered.cells.find((c) => c.name === n);
      return { x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2, cell: [box.left + c.rect[0], box.top + c.rect[1], box.left + c.rect[2], box.top + c.rect[3]] };
    }, [SEL, name]);
    await page.touchscreen.tap(p.x, p.y);
    const tip = page.locator(SEL).locator('[role="tooltip"]');
    await tip.waitFor({ state: "visible" });
    const r = await page.evaluate((s) => {
      const root = document.querySelector(s).shadowRoot, b = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
      return { tip: b(root.querySelector(".tooltip")), stage: b(root.querySelector(".stage")), docked: root.querySelector(".tooltip").classList.contains("docked") };
    }, SEL);
    assert.ok(r.docked, name);
    assert.ok(r.tip[0] >= r.stage[0] - 1 && r.tip[1] >= r.stage[1] - 1 && r.tip[2] <= r.stage[2] + 1 && r.tip[3] <= r.stage[3] + 1, `${name}: the panel is inside the drawing ${JSON.stringify(r)}`);
    assert.ok(!overlap(r.tip, p.cell), `${name}: the panel ${r.tip} leaves the cell ${p.cell} visible`);
    await page.locator(SEL).locator(".close").tap();
    await tip.waitFor({ state: "hidden" });
  }
  await page.screenshot({ path: path.join(repoRoot, "out/e2e-figure-touch.png") });
  await context.close();
});

test("the data's strings and tooltip template are the element's words", async () => {
  const data = {
    title: "Words", source: "the desk", unit: "t",
    strings: { up: "Back up", source: "Data: {source}", assumedNote: "(*) estimated", levels: "Levels of {title}" },
    options: { tooltip: "{name} weighs {value}\n{shareOfTotal}" },
    tree: { name: "All", children: [{ name: "Alpha", children: [{ name: "A1", value: 30 }, { name: "A2", value: 10, assumed: true }] }, { name: "Beta", value: 20 }] },
  };
  const { page, context, errors } = await withData(data);
  assert.deepEqual(await shadowText(page, ".foot p", "#t"), ["Data: the desk", "(*) estimated"]);
  assert.equal(await page.evaluate(() => document.querySelector("#t").shadowRoot.querySelector(".crumbs").getAttribute("aria-label")), "Levels of Words");
  const beta = await page.evaluate(() => {
    const el = document.querySelector("#t"), box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    const c = el.rendered.cells.find((c) => c.name === "Beta");
    return { x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2 };
  });
  await page.mouse.move(beta.x, beta.y);
  const tip = page.locator("#t").locator('[role="tooltip"]');
  await tip.waitFor({ state: "visible" });
  assert.equal(await tip.innerText(), "Beta weighs 20 t\n33% of the total", "the template, filled, is the whole tooltip");
  const alpha = await page.evaluate(() => {
    const el = document.querySelector("#t"), box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    const c = el.rendered.cells.find((c) => c.name === "Alpha");
    return { x: box.left + c.rect[0] + 4, y: box.top + c.rect[1] + 4 };
  });
  await page.mouse.click(alpha.x, alpha.y);
  await page.waitForFunction(() => document.querySelector("#t").shadowRoot.querySelectorAll(".crumbs > :not(.sep)").length === 2);
  assert.deepEqual(await shadowText(page, ".up", "#t"), ["Back up"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("markup in the title, subtitle, source and tier names stays text in the figure", async () => {
  const P = '<img src=x onerror="window.pwned=1">';
  const data = { title: `T ${P}`, subtitle: `S ${P}`, source: `Src ${P}`, tree: { name: "All", children: [{ name: `Tier ${P}`, children: [{ name: "a", value: 3 }, { name: "b", value: 1 }] }, { name: "B", value: 2 }] } };
  const { page, context, errors } = await withData(data);
  const r = await page.evaluate(() => {
    const root = document.querySelector("#t").shadowRoot;
    return { imgs: root.querySelectorAll("img").length, head: root.querySelector(".head").textContent, legend: root.querySelector(".tiers").textContent, foot: root.querySelector(".foot").textContent, pwned: window.pwned };
  });
  assert.equal(r.imgs, 0);
  assert.equal(r.pwned, undefined);
  for (const part of [`T ${P}`, `S ${P}`]) assert.ok(r.head.includes(part), r.head);
  assert.ok(r.legend.includes(`Tier ${P}`), r.legend);
  assert.ok(r.foot.includes(`Src ${P}`), r.foot);
  assert.deepEqual(errors, []);
  await context.close();
});

test("new data renews the legend", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  await page.evaluate((s) => {
    const el = document.querySelector(s), d = JSON.parse(el.querySelector("script").textContent);
    d.tree.children[0].name = "Renamed tier";
    el.update(d);
  }, SEL);
  await page.waitForFunction((s) => [...document.querySelector(s).shadowRoot.querySelectorAll(".tiers b")].some((b) => b.textContent === "Renamed tier"), SEL);
  await context.close();
});
