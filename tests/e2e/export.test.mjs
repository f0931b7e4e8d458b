// Export from the page: toSvg() gives the same picture as a document, toPng() a PNG Blob at the
// device pixel ratio, for both widgets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("treemap and gauges export SVG and PNG", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1000, height: 900, deviceScaleFactor: 2 });
  await page.waitForFunction(() => document.querySelector("#treemap-33618").ready && document.querySelector("#targets-2027").ready);
  const r = await page.evaluate(async () => {
    const t = document.querySelector("#treemap-33618");
    const g = document.querySelector("#targets-2027");
    const size = async (blob) => { const b = await createImageBitmap(blob); return [blob.type, b.width, b.height]; };
    const canvas = t.shadowRoot.querySelector("canvas");
    return {
      treemapSvg: t.toSvg(),
      gaugeSvg: g.toSvg(),
      treemapPng: await size(await t.toPng()),
      canvas: [canvas.width, canvas.height],
      gaugePng: await size(await g.toPng()),
      grid: [g.shadowRoot.querySelector(".grid").clientWidth, g.shadowRoot.querySelector(".grid").clientHeight],
    };
  });
  assert.match(r.treemapSvg, /^<svg[\s\S]*Advanced materials[\s\S]*<\/svg>\s*$/);
  assert.match(r.gaugeSvg, /^<svg[\s\S]*<\/svg>\s*$/);
  for (const part of ["High-tech enterprises", ">\n2.82\n<", "trillion yuan", "0% of the gap closed"]) {
    assert.ok(r.gaugeSvg.includes(part), `${part} in the gauge SVG`);
  }
  assert.deepEqual(r.treemapPng, ["image/png", ...r.canvas], "the canvas at devicePixelRatio 2");
  assert.equal(r.gaugePng[0], "image/png");
  assert.ok(Math.abs(r.gaugePng[1] - r.grid[0] * 2) <= 1 && Math.abs(r.gaugePng[2] - r.grid[1] * 2) <= 1, `${r.gaugePng} vs grid ${r.grid}`);
  assert.deepEqual(errors, []);
  await context.close();
});
