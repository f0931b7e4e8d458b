// "The box is the contract" (issue 10): at 1280, 768, 414 and 320 px, light and dark, on the
// demo and on www/fit.html (the slots a CMS gives: 900 × 300, height:100% in a 300 px box,
// --treemap-aspect-ratio:auto in a 400 px box, a 320 px column, a dark widget, an error in a
// 200 px slot): no sideways scroll; each treemap is exactly as wide as its container and, given
// a height, exactly that tall with every part inside it; the tier legend names every tier; and
// the page below a fixed slot keeps its background (nothing is drawn outside the element).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, pageUrl, watchErrors } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Every widget drawn (lazy drawing waits for the viewport), then back to the top.
async function drawAll(page) {
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 500) {
    await page.evaluate((y) => scrollTo(0, y), y);
    await page.waitForTimeout(20);
  }
  await page.waitForFunction(() => [...document.querySelectorAll("cluster-treemap,target-gauge")].every((e) => e.ready || e.error), null, { timeout: 20000 });
  await page.evaluate(() => scrollTo(0, 0));
}

// Per treemap: its box, the box its page gives it, its parts' boxes and its legend's names.
const measure = (page) => page.evaluate(() => [...document.querySelectorAll("cluster-treemap")].map((el) => {
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const css = getComputedStyle(el), parent = el.parentElement, pcss = getComputedStyle(parent);
  // The height the page gives: the element's own (px), or its box's with height:100% or
  // --treemap-aspect-ratio:auto; none otherwise.
  const fills = el.style.height == "100%" || css.getPropertyValue("--treemap-aspect-ratio").trim() == "auto";
  const given = el.style.height.endsWith("px") ? parseFloat(el.style.height) : fills && parent.style.height ? parseFloat(parent.style.height) : null;
  const pad = ["Left", "Right", "Top", "Bottom"].map((s) => parseFloat(css["padding" + s]));
  const parts = [...el.shadowRoot.children].filter((k) => k.checkVisibility() && k.className != "sr-only");
  const text = el.data ?? el.querySelector('script[type="application/json"]')?.textContent;
  let tiers = null;
  try { tiers = (typeof text == "string" ? JSON.parse(text) : text).tree.children.map((c) => c.name); } catch {}
  return {
    id: el.id, error: !!el.error, box: box(el), given, pad,
    width: parent.clientWidth - parseFloat(pcss.paddingLeft) - parseFloat(pcss.paddingRight),
    parts: parts.map((k) => ({ name: k.className || k.localName, box: box(k) })),
    canvas: el.shadowRoot.querySelector("canvas") && box(el.shadowRoot.querySelector("canvas")),
    legend: [...el.shadowRoot.querySelectorAll(".tiers > ul > li > b")].map((b) => b.textContent),
    tiers,
  };
}));

const inside = (a, b) => a[0] >= b[0] - 1 && a[1] >= b[1] - 1 && a[2] <= b[2] + 1 && a[3] <= b[3] + 1;

// The pixels of a page region (CSS px, viewport coordinates) from a real screenshot, decoded in
// the page: [r, g, b] of every pixel that differs from `rgb`.
async function strayPixels(page, [x0, y0, x1, y1], rgb) {
  const png = await page.screenshot({ clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
  return page.evaluate(async ([b64, rgb]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(img.width, img.height), ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data, out = [];
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - rgb[0]) + Math.abs(d[i + 1] - rgb[1]) + Math.abs(d[i + 2] - rgb[2]) > 3) out.push([d[i], d[i + 1], d[i + 2]]);
    return out;
  }, [png.toString("base64"), rgb]);
}

for (const scheme of ["light", "dark"]) {
  for (const width of [1280, 768, 414, 320]) {
    for (const file of ["www/index.html", "www/fit.html"]) {
      test(`${file} at ${width} px, ${scheme}: every treemap fits the box it was given`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(pageUrl(file));
        await drawAll(page);
        const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
        assert.ok(scroll[0] <= scroll[1], `no sideways scroll: scrollWidth ${scroll[0]} > ${scroll[1]}`);
        const widgets = await measure(page);
        assert.ok(widgets.length >= 1);
        for (const w of widgets) {
          const [l, t, r, b] = w.box, at = `${w.id} ${JSON.stringify(w)}`;
          assert.ok(Math.abs(r - l - w.width) <= 1, `as wide as its container: ${at}`);
          if (w.given != null) assert.ok(Math.abs(b - t - w.given) <= 1, `as tall as its slot (${w.given}): ${at}`);
          assert.ok(w.parts.length >= 1, at);
          for (const p of w.parts) assert.ok(inside(p.box, w.box), `${p.name} inside the host: ${at}`);
          // Given a height, the parts fill it exactly: the last one ends at the content box's bottom.
          if (w.given != null) assert.ok(Math.abs(w.parts.at(-1).box[3] - (b - w.pad[3])) <= 1, `the parts fill the slot: ${at}`);
          if (w.error) continue;
          assert.ok(w.canvas && inside(w.canvas, w.box), `canvas inside the host: ${at}`);
          assert.ok(w.canvas[3] - w.canvas[1] >= 40, `the drawing keeps a usable height: ${at}`);
          assert.ok(w.tiers?.length >= 1, at);
          assert.deepEqual(w.legend, w.tiers, `the legend names every tier: ${w.id}`);
        }
        // A gauge grid given a height is exactly that tall and scrolls inside it; every card's
        // drawing is one size.
        const gauges = await page.evaluate(() => [...document.querySelectorAll("target-gauge")].map((el) => {
          const r = el.getBoundingClientRect(), sizes = [...el.shadowRoot.querySelectorAll(".arc canvas")].map((c) => Math.round(c.getBoundingClientRect().width));
          return { id: el.id, given: parseFloat(el.style.height) || null, height: r.height, width: r.width, parent: el.parentElement.clientWidth, sizes, error: !!el.error };
        }));
        for (const g of gauges) {
          assert.ok(!g.error && g.width <= g.parent + 1, JSON.stringify(g));
          if (g.given != null) assert.ok(Math.abs(g.height - g.given) <= 1, `the grid is as tall as its slot: ${JSON.stringify(g)}`);
          assert.ok(Math.max(...g.sizes) - Math.min(...g.sizes) <= 1, `one drawing size: ${JSON.stringify(g)}`);
        }
        // Nothing drawn below a fixed slot: the strip after it keeps the page's background.
        const strips = await page.evaluate(() => [...document.querySelectorAll(".below")].map((e) => e.id));
        if (file.endsWith("fit.html")) assert.ok(strips.length >= 5 && gauges.length == 1, "fit.html has its strips and its gauge slot");
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g).slice(0, 3).map(Number));
        for (const id of strips) {
          const r = await page.evaluate((id) => {
            const e = document.getElementById(id);
            e.scrollIntoView({ block: "center" });
            const b = e.getBoundingClientRect();
            return [b.left, b.top, b.right, b.bottom];
          }, id);
          const stray = await strayPixels(page, r, bg);
          assert.equal(stray.length, 0, `#${id}: ${stray.length} pixels are not the page's background ${bg} (${JSON.stringify(stray.slice(0, 3))})`);
        }
        // The one broken widget (fit.html) reports its problems; nothing else goes wrong.
        const other = errors.filter((e) => !/^<cluster-treemap>: \d+ problems in the data/.test(e));
        assert.deepEqual(other, []);
        assert.equal(errors.length, widgets.filter((w) => w.error).length, errors.join("\n"));
        await context.close();
      });
    }
  }
}
