// End-to-end interaction on the demo treemap from file://: mouse hover and click, breadcrumb,
// keyboard through all four tiers, touch (tap, tap), resize, update(), removal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, open, repoRoot, spoken } from "./browser.mjs";

const outDir = path.join(repoRoot, "out");
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SEL = "#treemap-33618";
const ready = (page) => page.waitForFunction((s) => document.querySelector(s)?.ready, SEL);
// Waits until the drawn cells satisfy a predicate (drills animate over several frames).
const cellsWhere = (page, fn) => page.waitForFunction(([s, f]) => {
  const r = document.querySelector(s).rendered;
  return r && new Function("cells", `return (${f})(cells)`)(r.cells);
}, [SEL, fn.toString()]);

// Until the drawn cells and the canvas's place on the page stay the same over 100 ms: a click
// aimed while something still moves can land on a neighbour (seen once under load in CI).
const settled = (page) => page.evaluate((s) => new Promise((done) => {
  const el = document.querySelector(s);
  const look = () => JSON.stringify([el.rendered?.cells, el.shadowRoot.querySelector("canvas").getBoundingClientRect()]);
  let last = look();
  const check = () => { const now = look(); if (now == last) done(); else { last = now; setTimeout(check, 100); } };
  setTimeout(check, 100);
}), SEL);

// Page coordinates of the centre of the drawn cell with this name.
async function centreOf(page, name) {
  return page.evaluate(([s, n]) => {
    const el = document.querySelector(s);
    const canvas = el.shadowRoot.querySelector("canvas");
    const box = canvas.getBoundingClientRect();
    const c = el.rendered.cells.find((c) => c.name === n);
    return { x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2 };
  }, [SEL, name]);
}

function recordEvents(page) {
  return page.evaluate((s) => {
    window.events = [];
    for (const type of ["cluster-select", "cluster-drill"]) {
      document.querySelector(s).addEventListener(type, (e) => window.events.push({ type, ...e.detail }));
    }
  }, SEL);
}

const crumbs = (page) => page.evaluate((s) => [...document.querySelector(s).shadowRoot.querySelectorAll(".crumbs > :not(.sep)")].map((b) => b.textContent), SEL);

test("hover shows a tooltip with the cluster's details, inside the viewport", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  const p = await centreOf(page, "Intelligent connected new-energy vehicles");
  await page.mouse.move(p.x, p.y);
  const tooltip = page.locator(SEL).locator('[role="tooltip"]');
  await tooltip.waitFor({ state: "visible" });
  const text = await tooltip.textContent();
  for (const part of ["Intelligent connected new-energy vehicles", "Trillion-level leading clusters", "1 trillion yuan", "33% of Trillion-level leading clusters", "19% of the total", "In terms of intelligent networked new energy vehicles"]) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  const box = await tooltip.boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 900, `tooltip at ${JSON.stringify(box)}`);
  await page.screenshot({ path: path.join(outDir, "e2e-hover.png") });
  // An assumed value says so (the drawing's lower edge scrolled into view first).
  await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector("canvas").scrollIntoView({ block: "end" }), SEL);
  const star = await centreOf(page, "Satellite internet");
  await page.mouse.move(star.x, star.y);
  await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector('[role="tooltip"]').textContent.includes("Assumed value"), SEL);
  await page.mouse.move(5, 5);
  await tooltip.waitFor({ state: "hidden" });
  await context.close();
});

test("click drills into a tier with events; the breadcrumb comes back", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  await recordEvents(page);
  const p = await centreOf(page, "Advanced materials");
  await page.mouse.click(p.x, p.y);
  await cellsWhere(page, (cells) => cells.length === 3 && cells.every((c) => c.label));
  assert.deepEqual(await crumbs(page), ["33618 cluster system", "Trillion-level leading clusters"]);
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(events.find((e) => e.type === "cluster-drill"), { type: "cluster-drill", id: "leading", name: "Trillion-level leading clusters", path: ["Trillion-level leading clusters"], value: 3e12 });
  await page.screenshot({ path: path.join(outDir, "e2e-drilled.png") });
  // In the tier, clicking a cluster selects it.
  await settled(page);
  const q = await centreOf(page, "Advanced materials");
  await page.mouse.click(q.x, q.y);
  await page.waitForFunction(() => window.events.some((e) => e.type === "cluster-select" && e.id === "advanced-materials"));
  await page.locator(SEL).locator(".crumbs > :not(.sep)").first().click();
  await cellsWhere(page, (cells) => cells.length === 36);
  assert.deepEqual(await crumbs(page), ["33618 cluster system"]);
  await context.close();
});

test("keyboard: one tab stop, arrows, Enter, Escape and Home through all four tiers", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  await recordEvents(page);
  // At the top level the breadcrumb bar is hidden: the first Tab reaches the treemap.
  await page.keyboard.press("Tab");
  const focused = await page.evaluate((s) => document.querySelector(s).shadowRoot.activeElement?.tagName, SEL);
  assert.equal(focused, "CANVAS");
  // The focused cell is the canvas tree's active item, which a screen reader speaks.
  await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelector("canvas").hasAttribute("aria-activedescendant"), SEL);
  assert.match(await spoken(page, SEL), /^Trillion-level leading clusters, 3 trillion yuan, 57% of the total$/);
  // After every key: focus is still on the cells (never <body>) and the focused cell's tooltip
  // is on screen, naming it.
  const held = async (what) => {
    const s = await page.evaluate((sel) => {
      const root = document.querySelector(sel).shadowRoot, tip = root.querySelector('[role="tooltip"]');
      return { focus: document.activeElement?.localName, inner: root.activeElement?.localName, tip: tip.hidden ? null : tip.textContent };
    }, SEL);
    assert.equal(s.inner, "canvas", `${what}: focus on the cells, not ${s.focus}`);
    return s.tip;
  };
  const visited = new Set();
  for (const key of ["ArrowRight", "ArrowDown", "ArrowRight", "ArrowLeft", "ArrowUp", "ArrowRight", "ArrowDown"]) {
    await page.keyboard.press(key);
    const name = (await spoken(page, SEL)).split(",")[0];
    visited.add(name);
    await page.waitForFunction(([sel, n]) => document.querySelector(sel).shadowRoot.querySelector('[role="tooltip"]:not([hidden])')?.textContent.includes(n), [SEL, name]);
    await held(key);
  }
  visited.add("Trillion-level leading clusters");
  assert.equal(visited.size, 4, `all four tiers reached by arrows: ${[...visited]}`);
  // Enter each tier, then back out with Escape (and Home once).
  for (let tier = 0; tier < 4; tier++) {
    await page.keyboard.press("Home");
    for (let i = 0; i < tier; i++) await page.keyboard.press(["ArrowRight", "ArrowDown", "ArrowRight"][i % 3]);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.events.some((e) => e.type === "cluster-drill" && e.id !== "33618"));
    const crumb = await crumbs(page);
    assert.equal(crumb.length, 2, `drilled: ${crumb}`);
    await held(`in tier ${tier}`);
    await page.keyboard.press("Escape");
    await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelectorAll(".crumbs > :not(.sep)").length === 1, SEL);
    await held(`back from tier ${tier}`);
    await page.evaluate(() => { window.events = []; });
  }
  // Enter twice reaches a cluster and selects it; the focus ring is drawn.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.events.some((e) => e.type === "cluster-select"));
  await page.screenshot({ path: path.join(outDir, "e2e-keyboard.png") });
  await context.close();
});

test("touch: the first tap shows the tooltip, the second drills; an up control returns", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`file://${repoRoot}/www/index.html`);
  await ready(page);
  await recordEvents(page);
  await page.locator(SEL).scrollIntoViewIfNeeded();
  const p = await centreOf(page, "Food and agricultural product processing");
  await page.touchscreen.tap(p.x, p.y);
  await page.locator(SEL).locator('[role="tooltip"]').waitFor({ state: "visible" });
  assert.equal((await crumbs(page)).length, 1, "no drill on the first tap");
  await page.touchscreen.tap(p.x, p.y);
  await page.waitForFunction(() => window.events.some((e) => e.type === "cluster-drill" && e.id === "pillar"));
  const up = page.locator(SEL).locator(".up");
  await up.waitFor({ state: "visible" });
  await page.screenshot({ path: path.join(outDir, "e2e-touch.png") });
  await up.tap();
  await page.waitForFunction((s) => document.querySelector(s).shadowRoot.querySelectorAll(".crumbs > :not(.sep)").length === 1, SEL);
  await context.close();
});

test("resizing from 960 to 360 px re-lays out, crisp", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1000, height: 900, deviceScaleFactor: 2 });
  await ready(page);
  // Under 420 px the drawing is 4:5, tall enough for every cluster: the wide shape, set here,
  // makes the small ones fold.
  await page.evaluate((s) => document.querySelector(s).style.setProperty("--treemap-aspect-ratio", "16 / 10"), SEL);
  const before = await page.evaluate((s) => document.querySelector(s).rendered.width, SEL);
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForFunction(([s, w]) => document.querySelector(s).rendered.width < w, [SEL, before]);
  const after = await page.evaluate((s) => {
    const el = document.querySelector(s);
    const c = el.shadowRoot.querySelector("canvas");
    const cells = el.rendered.cells;
    // Clusters too small at this width are counted in their group's "Other (+N)" cell.
    return { rendered: el.rendered.width, cssWidth: c.clientWidth, backing: c.width,
      leaves: cells.filter((c) => c.leaf).length + cells.reduce((n, c) => n + c.other, 0), others: cells.filter((c) => c.other).length };
  }, SEL);
  assert.equal(after.rendered, after.cssWidth);
  assert.equal(after.backing, after.cssWidth * 2, "backing store at devicePixelRatio 2");
  assert.equal(after.leaves, 30, "every cluster drawn or counted in an Other cell");
  assert.ok(after.others >= 1, "small clusters fold at 400 px");
  await page.screenshot({ path: path.join(outDir, "e2e-360.png"), fullPage: true });
  await context.close();
});

test("update() redraws with the new values", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await ready(page);
  const areaOf = (name) => page.evaluate(([s, n]) => {
    const c = document.querySelector(s).rendered.cells.find((c) => c.name === n);
    return (c.rect[2] - c.rect[0]) * (c.rect[3] - c.rect[1]);
  }, [SEL, name]);
  const before = await areaOf("Advanced materials");
  await page.evaluate((s) => {
    const el = document.querySelector(s);
    const data = JSON.parse(el.querySelector("script").textContent);
    data.tree.children[0].children[2].value *= 3;
    el.update(data);
  }, SEL);
  await page.waitForFunction(([s, a]) => {
    const c = document.querySelector(s).rendered.cells.find((c) => c.name === "Advanced materials");
    return c?.value === 3e12 && (c.rect[2] - c.rect[0]) * (c.rect[3] - c.rect[1]) > a * 1.5;
  }, [SEL, before]);
  assert.ok((await areaOf("Advanced materials")) > before * 1.5);
  await context.close();
});

test("removing the element releases its treemap, observers and listeners", async () => {
  const { page, context, errors } = await open(browser, "www/index.html");
  await ready(page);
  const state = await page.evaluate(async (s) => {
    const el = document.querySelector(s);
    const before = ClusterWidgets.liveWidgets();
    el.remove();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { before, after: ClusterWidgets.liveWidgets(), rendered: el.rendered, ready: el.ready };
  }, SEL);
  assert.equal(state.after, state.before - 1, "its wasm object was released");
  assert.deepEqual([state.rendered, state.ready], [null, false]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the treemap's header and drawing are reserved before it is drawn: no jump", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Each shadow part's box relative to the element (the live region aside).
  const parts = () => {
    const el = document.querySelector("#treemap-33618"), top = el.getBoundingClientRect().top;
    return Object.fromEntries([...el.shadowRoot.children].filter((k) => k.className != "sr-only").map((k) => {
      const r = k.getBoundingClientRect();
      return [k.className, k.hidden ? null : [r.top - top, r.height]];
    }));
  };
  await page.addInitScript((parts) => {
    document.addEventListener("DOMContentLoaded", () => {
      window.before = (0, eval)(`(${parts})`)();
      window.definedBefore = !!customElements.get("cluster-treemap");
      window.drawnBefore = document.querySelector("#treemap-33618").ready;
    });
  }, parts.toString());
  await page.goto(`file://${repoRoot}/www/index.html`);
  await page.waitForFunction(() => document.querySelector("#treemap-33618").ready);
  const after = await page.evaluate(parts);
  const r = await page.evaluate(() => ({ before: window.before, defined: window.definedBefore, drawn: window.drawnBefore }));
  assert.equal(r.defined, true, "the script defines the elements at once");
  assert.equal(r.drawn, false, "measured before the treemap was drawn");
  // The title and subtitle (from the data's text) and the drawing keep their place and size;
  // the legend's numbers and the notes below it come with the drawing.
  for (const part of ["head", "stage"]) {
    assert.ok(r.before[part] && after[part], `${part} present before and after: ${JSON.stringify(r.before)}`);
    r.before[part].forEach((v, i) => assert.ok(Math.abs(v - after[part][i]) <= 1, `${part}: reserved ${r.before[part]}, drawn ${after[part]}`));
  }
  assert.ok(Math.abs(r.before.tail[0] - after.tail[0]) <= 1, `the legend starts where it was reserved: ${r.before.tail}, ${after.tail}`);
  await context.close();
});
