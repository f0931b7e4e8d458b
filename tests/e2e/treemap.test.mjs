// End-to-end: the real demo pages opened from file:// in Debian Chromium. Pixels are read back
// from the widget's own canvas; screenshots go to out/ to be looked at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { launch, open, repoRoot } from "./browser.mjs";
import path from "node:path";

const outDir = path.join(repoRoot, "out");
mkdirSync(outDir, { recursive: true });

// The documented tier palette (Okabe–Ito: blue, orange, bluish green, reddish purple), and a
// leaf's shade: 45 % of the way to white.
const TIERS = [[0x00, 0x72, 0xb2], [0xe6, 0x9f, 0x00], [0x00, 0x9e, 0x73], [0xcc, 0x79, 0xa7]];
const leafShade = (c) => c.map((v) => Math.round(v + (255 - v) * 0.45));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function rendered(page, selector) {
  await page.waitForFunction((s) => { const e = document.querySelector(s); return e && (e.rendered || e.error); }, selector);
  return page.evaluate((s) => document.querySelector(s).rendered, selector);
}

// Reads canvas pixels (device pixels) of the widget at CSS rectangles.
async function pixelsAt(page, selector, points) {
  return page.evaluate(([s, pts]) => {
    const canvas = document.querySelector(s).shadowRoot.querySelector("canvas");
    const ctx = canvas.getContext("2d");
    const k = canvas.width / canvas.clientWidth;
    return pts.map(([x, y]) => Array.from(ctx.getImageData(Math.floor(x * k), Math.floor(y * k), 1, 1).data.slice(0, 3)));
  }, [selector, points]);
}

function nearestTier(rgb) {
  const d = (a, b) => a.reduce((s, v, i) => s + (v - b[i]) ** 2, 0);
  const shades = TIERS.map(leafShade);
  return shades.map((c, i) => [d(c, rgb), i]).sort((a, b) => a[0] - b[0])[0];
}

test("the demo shows 30 cluster cells in their tier colours, from file://", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280 });
  const r = await rendered(page, "#treemap-33618");
  assert.ok(r, "rendered");
  await page.screenshot({ path: path.join(outDir, "e2e-demo-1280.png"), fullPage: true });
  assert.deepEqual(errors, []);
  const leaves = r.cells.filter((c) => c.leaf);
  assert.equal(leaves.length, 30);
  // Tier of each leaf: the depth-1 cell whose rectangle contains it.
  const tiers = r.cells.filter((c) => c.depth === 1);
  assert.equal(tiers.length, 4);
  const inside = (a, b) => a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
  // Sample each leaf 2 px inside its bottom-right corner, away from its top-left label.
  const samples = await pixelsAt(page, "#treemap-33618", leaves.map((c) => [c.rect[2] - 2, c.rect[3] - 2]));
  leaves.forEach((cell, i) => {
    const tier = tiers.findIndex((t) => inside(cell.rect, t.rect));
    const [distance, nearest] = nearestTier(samples[i]);
    assert.equal(nearest, tier, `${cell.name}: pixel ${samples[i]} is nearest tier ${nearest}, expected ${tier}`);
    assert.ok(distance < 30, `${cell.name}: pixel ${samples[i]} far from its shade`);
  });
  await context.close();
});

test("labels are drawn and stay inside their cells", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1280 });
  const r = await rendered(page, "#treemap-33618");
  const labelled = r.cells.filter((c) => c.label);
  assert.ok(labelled.length >= 15, `most cells at 1280 px carry labels (${labelled.length})`);
  for (const c of labelled) {
    const [lx0, ly0, lx1, ly1] = c.label, [x0, y0, x1, y1] = c.rect;
    assert.ok(lx0 >= x0 && ly0 >= y0 && lx1 <= x1 + 1e-9 && ly1 <= y1 + 1e-9, `${c.name}: label ${c.label} outside ${c.rect}`);
  }
  // Ink really is inside the label box, and the cell right of the box stays clean.
  const cell = r.cells.find((c) => c.name === "Advanced materials");
  const [lx0, ly0, lx1, ly1] = cell.label;
  const inkPoints = [], clearPoints = [];
  for (let x = lx0; x < lx1; x += 1) for (let y = ly0; y < ly1; y += 2) inkPoints.push([x, y]);
  for (let x = lx1 + 2; x < cell.rect[2] - 2; x += 2) for (let y = ly0; y < ly1; y += 2) clearPoints.push([x, y]);
  const fill = [parseInt(cell.fill.slice(1, 3), 16), parseInt(cell.fill.slice(3, 5), 16), parseInt(cell.fill.slice(5, 7), 16)];
  const differs = (p) => p.some((v, i) => Math.abs(v - fill[i]) > 40);
  const ink = (await pixelsAt(page, "#treemap-33618", inkPoints)).filter(differs).length;
  const stray = (await pixelsAt(page, "#treemap-33618", clearPoints)).filter(differs).length;
  assert.ok(ink > 50, `label ink found (${ink} dark pixels)`);
  assert.equal(stray, 0, "no ink right of the label box");
  await context.close();
});

test("the canvas is crisp at devicePixelRatio 2", async () => {
  const { page, context } = await open(browser, "www/index.html", { width: 1000, deviceScaleFactor: 2 });
  await rendered(page, "#treemap-33618");
  const size = await page.evaluate(() => {
    const c = document.querySelector("#treemap-33618").shadowRoot.querySelector("canvas");
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(size.w, Math.round(size.cw * 2));
  assert.equal(size.h, Math.round(size.ch * 2));
  await page.screenshot({ path: path.join(outDir, "e2e-demo-dpr2.png") });
  await context.close();
});

test("a malformed widget shows its errors; the valid one beside it renders", async () => {
  const { page, context, errors } = await open(browser, "www/errors.html", { width: 1000 });
  const good = await rendered(page, "#good");
  assert.ok(good && good.cells.length === 5, "the valid treemap rendered all its cells");
  await page.waitForFunction(() => document.querySelector("#bad").error);
  const box = page.locator("#bad").locator('[role="alert"]');
  await assert.doesNotReject(box.waitFor());
  const text = await box.textContent();
  assert.match(text, /This treemap could not be drawn/);
  assert.match(text, /tree\.children\[0\]\.value: expected a finite number >= 0, got -5/);
  assert.match(text, /tree\.children\[1\]: missing "name"/);
  assert.match(text, /tree\.children\[2\]\.valeu: unknown field "valeu"/);
  assert.ok(errors.some((e) => e.includes("tree.children[0].value")), "the problems are in the console too");
  const samples = await pixelsAt(page, "#good", [[good.cells[0].rect[2] - 3, good.cells[0].rect[3] - 3]]);
  assert.deepEqual(samples[0], leafShade(TIERS[0]), "the valid widget's first cell is painted");
  await page.screenshot({ path: path.join(outDir, "e2e-errors.png") });
  await context.close();
});

test("layoutTreemap from JS returns the layout and throws path-named errors", async () => {
  const { page, context } = await open(browser, "www/index.html");
  await rendered(page, "#treemap-33618");
  const result = await page.evaluate(() => {
    const data = { tree: { name: "r", children: [{ name: "a", value: 3 }, { name: "b", value: 1 }] } };
    const layout = ClusterWidgets.layoutTreemap(data, 400, 200);
    let message = null;
    try { ClusterWidgets.layoutTreemap({ tree: { name: "r", children: [{ name: "a", value: "x" }] } }, 400, 200); }
    catch (e) { message = e instanceof Error ? e.message : "not an Error"; }
    return { layout, message };
  });
  assert.equal(result.layout.nodes.length, 3);
  assert.deepEqual(Object.keys(result.layout.nodes[1]).sort(), ["depth", "id", "name", "value", "x0", "x1", "y0", "y1"]);
  assert.equal(result.layout.nodes[0].x1, 400);
  assert.match(result.message, /tree\.children\[0\]\.value: expected a finite number >= 0, got a string "x"/);
  await context.close();
});
