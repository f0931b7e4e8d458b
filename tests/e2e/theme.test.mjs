// Theming: the widgets follow prefers-color-scheme, a theme attribute and CSS custom
// properties, and repaint when they change.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch, repoRoot } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The canvas pixel at CSS (x, y) of the widget's first canvas.
const pixel = (page, sel, x, y) => page.evaluate(([s, x, y]) => {
  const c = document.querySelector(s).shadowRoot.querySelector("canvas");
  const k = c.width / c.clientWidth;
  return Array.from(c.getContext("2d").getImageData(Math.floor(x * k), Math.floor(y * k), 1, 1).data.slice(0, 3));
}, [sel, x, y]);

test("dark scheme, theme attribute and custom properties repaint the widgets", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(`file://${repoRoot}/www/index.html`);
  await page.waitForFunction(() => document.querySelector("#treemap-33618").ready && document.querySelector("#targets-2027").ready);
  // The treemap's cells start 2 px in (the title is DOM text): its corner pixel is background.
  assert.deepEqual(await pixel(page, "#treemap-33618", 0, 0), [0x16, 0x16, 0x16], "dark background");
  assert.deepEqual(await pixel(page, "#targets-2027", 2, 2), [0x16, 0x16, 0x16], "gauges too");
  await page.screenshot({ path: path.join(repoRoot, "out/e2e-dark.png") });

  await page.evaluate(() => document.querySelector("#treemap-33618").setAttribute("theme", "light"));
  await page.waitForFunction(() => {
    const c = document.querySelector("#treemap-33618").shadowRoot.querySelector("canvas");
    return c.getContext("2d").getImageData(0, 0, 1, 1).data[0] === 255;
  });
  // A custom palette reaches the canvas: the first tier's header takes the new colour.
  await page.evaluate(() => {
    const el = document.querySelector("#treemap-33618");
    el.style.setProperty("--cw-palette", "rgb(200, 30, 30), #e69f00, #009e73, #cc79a7");
    el.setAttribute("theme", "light"); // any theme change repaints
    el.repaint();
  });
  const header = await page.evaluate(() => {
    const el = document.querySelector("#treemap-33618");
    const tier = el.rendered.cells.find((c) => c.depth === 1);
    return [tier.rect[0] + 2, tier.rect[1] + 2];
  });
  await page.waitForFunction(([x, y]) => {
    const c = document.querySelector("#treemap-33618").shadowRoot.querySelector("canvas");
    const d = c.getContext("2d").getImageData(x, y, 1, 1).data;
    return d[0] === 200 && d[1] === 30 && d[2] === 30;
  }, header);
  await context.close();
});

// An unreadable value (a canvas would keep its previous colour, #000) keeps the default and is
// reported once per element and property, however often the widget repaints.
for (const scheme of ["light", "dark"]) {
  test(`unreadable --cw-* values keep the ${scheme} defaults and warn once each`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    const warnings = [];
    page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
    page.on("pageerror", (e) => warnings.push("pageerror " + e));
    await page.goto(`file://${repoRoot}/www/index.html`);
    await page.waitForFunction(() => document.querySelector("#treemap-33618").ready && document.querySelector("#targets-2027").ready);
    const header = await page.evaluate(() => {
      const el = document.querySelector("#treemap-33618");
      const tier = el.rendered.cells.find((c) => c.depth === 1);
      return [tier.rect[0] + 2, tier.rect[1] + 2];
    });
    const before = await pixel(page, "#treemap-33618", ...header);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll("#treemap-33618, #targets-2027")) {
        el.style.setProperty("--cw-background", "bogus");
        el.style.setProperty("--cw-text", "#12345");
        el.style.setProperty("--cw-palette", "oops, #e69f00, nope(1, 2), #009e73, #cc79a7, #d55e00, #56b4e9, #f0e442");
        for (let i = 0; i < 3; i++) el.repaint();
      }
    });
    await page.evaluate(() => new Promise((r) => { let n = 4; const f = () => (n-- ? requestAnimationFrame(f) : r()); f(); }));
    const bg = scheme === "dark" ? [0x16, 0x16, 0x16] : [255, 255, 255];
    assert.deepEqual(await pixel(page, "#treemap-33618", 0, 0), bg, "treemap background is the default");
    assert.deepEqual(await pixel(page, "#targets-2027", 2, 2), bg, "gauge background is the default");
    assert.deepEqual(await pixel(page, "#treemap-33618", ...header), before, "palette entry 'oops' keeps the default first colour");
    const mine = warnings.filter((w) => /is not a colour/.test(w)).sort();
    assert.equal(mine.length, 6, warnings.join("\n"));
    for (const tag of ["cluster-treemap", "target-gauge"]) {
      assert.deepEqual(mine.filter((w) => w.startsWith(`<${tag}>`)).map((w) => w.split(":")[1].trim()).sort(), ["--cw-background", "--cw-palette", "--cw-text"]);
    }
    assert.ok(mine.some((w) => w.includes('"bogus"')) && mine.some((w) => w.includes('"#12345"')) && mine.some((w) => w.includes('"oops"')), mine.join("\n"));
    assert.ok(!warnings.some((w) => w.startsWith("pageerror")), warnings.join("\n"));
    await context.close();
  });
}

// Every pixel colour of a widget's canvases, counted ("r,g,b" → pixels).
const colours = (page, sel) => page.evaluate((s) => {
  const counts = {};
  for (const c of document.querySelector(s).shadowRoot.querySelectorAll("canvas")) {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) { const k = `${d[i]},${d[i + 1]},${d[i + 2]}`; counts[k] = (counts[k] || 0) + 1; }
  }
  return counts;
}, sel);

// The system colours as this browser's forced palette resolves them.
const systemColours = (page) => page.evaluate(() => {
  const p = document.body.appendChild(document.createElement("i"));
  p.style.forcedColorAdjust = "none";
  const rgb = (name) => ((p.style.color = name), getComputedStyle(p).color.match(/\d+/g).slice(0, 3).join(","));
  return { canvas: rgb("Canvas"), text: rgb("CanvasText"), gray: rgb("GrayText"), highlight: rgb("Highlight") };
});

test("forced colours (Windows high contrast): treemap and gauges are drawn in the system's colours only", async () => {
  for (const forcedColors of ["none", "active"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, forcedColors });
    const page = await context.newPage();
    await page.goto(`file://${repoRoot}/www/index.html`);
    await page.waitForFunction(() => document.querySelector("#treemap-33618").ready);
    // Keyboard focus on the first cell, so the ring is drawn too.
    await page.locator("#treemap-33618 canvas").focus();
    await page.keyboard.press("ArrowRight");
    await page.evaluate(() => document.querySelector("#targets-2027").scrollIntoView());
    await page.waitForFunction(() => document.querySelector("#targets-2027").ready);
    await page.waitForTimeout(700); // the gauges' sweep has ended
    const sys = await systemColours(page);
    const treemap = await colours(page, "#treemap-33618"), gauges = await colours(page, "#targets-2027");
    const share = (counts, keep) => Object.entries(counts).reduce((n, [k, v]) => n + (keep.includes(k) ? v : 0), 0) / Object.values(counts).reduce((a, b) => a + b, 0);
    if (forcedColors == "none") {
      assert.ok(share(treemap, [sys.canvas, sys.text]) < 0.2, "normally the cells are in tier colours");
    } else {
      // Cells are Canvas outlined in CanvasText; labels are CanvasText (anti-aliased edges aside).
      assert.ok(share(treemap, [sys.canvas, sys.text, sys.highlight]) > 0.9, `treemap in system colours: ${JSON.stringify(sys)}`);
      assert.ok(treemap[sys.highlight] > 100, "the focus ring is Highlight");
      assert.ok(share(gauges, [sys.canvas, sys.text, sys.gray, sys.highlight]) > 0.9, "gauges in system colours");
      assert.ok(gauges[sys.gray] > 1000 && gauges[sys.text] > 1000, "the gap to close in GrayText, the scale outlined in CanvasText");
      // A gauge with progress (the demo's have none yet): what is reached is Highlight.
      await page.evaluate(() => document.body.append(Object.assign(document.createElement("target-gauge"), { id: "moved", data: { gauges: [
        { title: "Progress", baseline: { value: 0 }, current: { value: 6 }, target: { value: 10 } }] } })));
      await page.evaluate(() => document.querySelector("#moved").scrollIntoView());
      await page.waitForFunction(() => document.querySelector("#moved").ready);
      await page.waitForTimeout(700);
      assert.ok((await colours(page, "#moved"))[sys.highlight] > 1000, "progress in Highlight");
      await page.locator("#treemap-33618").screenshot({ path: path.join(repoRoot, "out/e2e-forced-colors.png") });
    }
    await context.close();
  }
});
