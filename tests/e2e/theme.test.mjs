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
  assert.deepEqual(await pixel(page, "#treemap-33618", 2, 2), [0x16, 0x16, 0x16], "dark background");
  assert.deepEqual(await pixel(page, "#targets-2027", 2, 2), [0x16, 0x16, 0x16], "gauges too");
  await page.screenshot({ path: path.join(repoRoot, "out/e2e-dark.png") });

  await page.evaluate(() => document.querySelector("#treemap-33618").setAttribute("theme", "light"));
  await page.waitForFunction(() => {
    const c = document.querySelector("#treemap-33618").shadowRoot.querySelector("canvas");
    return c.getContext("2d").getImageData(2, 2, 1, 1).data[0] === 255;
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
