// End-to-end: the demo's gauge grid from file:// at phone, tablet and desktop widths; ARIA
// meters; pixels of the drawn arcs; the entry animation and prefers-reduced-motion.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launch, open, repoRoot } from "./browser.mjs";

const outDir = path.join(repoRoot, "out");
mkdirSync(outDir, { recursive: true });

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ready = (page, selector) => page.waitForFunction((s) => { const e = document.querySelector(s); return e && (e.ready || e.error); }, selector);

// Counts pixels of given colours (±12 per channel) in gauge `index`'s canvas.
async function colourCounts(page, index, colours) {
  return page.evaluate(([i, cs]) => {
    const canvas = document.querySelector("#targets-2027").shadowRoot.querySelectorAll("canvas")[i];
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = cs.map(() => 0);
    for (let p = 0; p < data.length; p += 4) {
      cs.forEach((c, k) => {
        if (Math.abs(data[p] - c[0]) <= 12 && Math.abs(data[p + 1] - c[1]) <= 12 && Math.abs(data[p + 2] - c[2]) <= 12) counts[k]++;
      });
    }
    return counts;
  }, [index, colours]);
}

for (const [width, minColumns, maxColumns] of [[1280, 3, 5], [768, 2, 3], [360, 1, 1]]) {
  test(`gauge grid at ${width} px: ${minColumns}–${maxColumns} columns, nothing blank`, async () => {
    const { page, context, errors } = await open(browser, "www/index.html", { width, height: 900 });
    await ready(page, "#targets-2027");
    assert.deepEqual(errors, []);
    const columns = await page.evaluate(() => {
      const cells = [...document.querySelector("#targets-2027").shadowRoot.querySelectorAll(".cell")];
      return new Set(cells.map((c) => Math.round(c.getBoundingClientRect().left))).size;
    });
    assert.ok(columns >= minColumns && columns <= maxColumns, `${columns} columns`);
    const grid = page.locator("#targets-2027");
    await grid.screenshot({ path: path.join(outDir, `e2e-gauges-${width}.png`) });
    // The first gauge (revenue, 2.82 → 4 trillion) draws its grey track, its light-blue gap
    // band and dark ink (the target tick and text); nothing of the progress colour: 0% closed.
    const [track, gap, ink, progress] = await colourCounts(page, 0, [[0xe4, 0xe4, 0xe4], [0xb3, 0xd4, 0xe8], [0x1a, 0x1a, 0x1a], [0x00, 0x72, 0xb2]]);
    assert.ok(track > 500 && gap > 200 && ink > 100, `track ${track}, gap ${gap}, ink ${ink}`);
    assert.equal(progress, 0, "no progress band at 0% of the gap");
    await context.close();
  });
}

// The drawn width of each arc in the grid, read from pixels: the widest run of the scale's
// pixels (track and gap band: neither the background nor ink, so not the ticks, which stick out
// by different amounts at different angles, nor text) across the canvas's upper three quarters
// (the marker labels sit in the last quarter).
async function arcWidths(page) {
  return page.evaluate(() => [...document.querySelector("#targets-2027").shadowRoot.querySelectorAll(".arc canvas")].map((canvas) => {
    const { width, height } = canvas, data = canvas.getContext("2d").getImageData(0, 0, width, height).data;
    const bg = [data[0], data[1], data[2]];
    let lo = width;
    for (let y = 0; y < height * 0.75; y++) {
      for (let x = 0; x < width; x++) {
        const p = (y * width + x) * 4;
        // The scale's pixels: light ones on a light background, dark ones on a dark background.
        const sum = data[p] + data[p + 1] + data[p + 2], scale = bg[0] > 128 ? sum > 3 * 170 : sum < 3 * 120;
        if (scale && Math.abs(data[p] - bg[0]) + Math.abs(data[p + 1] - bg[1]) + Math.abs(data[p + 2] - bg[2]) > 30) {
          lo = Math.min(lo, x);
        }
      }
    }
    // The arc is centred: twice its left edge's distance from the middle is its diameter (the
    // right end is where the target tick's antialiased edge can reach out a pixel or two).
    return (width - 2 * lo) / devicePixelRatio;
  }));
}

for (const [width, colorScheme] of [[1280, "light"], [768, "light"], [414, "light"], [320, "light"], [1280, "dark"], [320, "dark"]]) {
  test(`at ${width} px, ${colorScheme}, every arc of the grid has one diameter, and every text is whole`, async () => {
    const { page, context, errors } = await open(browser, "www/index.html", { width, height: 900, colorScheme });
    await page.locator("#targets-2027").scrollIntoViewIfNeeded(); // widgets start near the viewport
    await ready(page, "#targets-2027");
    await page.waitForTimeout(700); // past the entry sweep
    assert.deepEqual(errors, []);
    const widths = await arcWidths(page);
    assert.ok(widths.length >= 18, `${widths.length} arcs`);
    const [min, max] = [Math.min(...widths), Math.max(...widths)];
    assert.ok(max - min <= 2, `arc widths from ${min} to ${max} px`);
    assert.ok(min > 100, `arcs ${min} px wide`);
    // Titles and the lines under each arc are DOM text that wraps: nothing ends in "…", and no
    // card or the page scrolls sideways.
    const texts = await page.evaluate(() => [...document.querySelector("#targets-2027").shadowRoot.querySelectorAll(".t, .lines p")].map((p) => p.textContent));
    assert.ok(texts.length >= 36, `${texts.length} texts`);
    assert.deepEqual(texts.filter((t) => t.endsWith("…")), []);
    assert.ok(texts.includes("Energy use per unit of industrial value added (2022 = 100)"), "the qualifier stays");
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, "no horizontal scroll");
    await context.close();
  });
}

test("a lone gauge keeps a card's size and the key names the band and ticks", async () => {
  const { page, context } = await open(browser, "tests/e2e/fixtures/blank.html", { width: 1280, height: 700 });
  await page.evaluate(async () => {
    document.body.innerHTML = `<target-gauge style="width:1000px"><script type="application/json">{"title": "One", "baseline": {"value": 1, "label": "2022"}, "target": {"value": 2, "label": "2027"}}</script></target-gauge>`;
  });
  await ready(page, "target-gauge");
  const box = await page.evaluate(() => {
    const r = document.querySelector("target-gauge").shadowRoot.querySelector("canvas").getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
  assert.ok(box.width <= 360 && box.width >= 200, `canvas ${box.width} px wide in a 1000 px element`);
  const key = await page.evaluate(() => document.querySelector("target-gauge").shadowRoot.querySelector(".key")?.textContent);
  assert.equal(key, "gap still to closebaselinetarget");
  await context.close();
});

test("each gauge with a value is an ARIA meter with a value sentence; one without is an image that says so", async () => {
  const { page, context } = await open(browser, "www/index.html");
  await ready(page, "#targets-2027");
  const meters = await page.evaluate(() => [...document.querySelector("#targets-2027").shadowRoot.querySelectorAll('[role="meter"]')].map((m) => ({
    label: m.getAttribute("aria-label"), min: m.getAttribute("aria-valuemin"), max: m.getAttribute("aria-valuemax"),
    now: m.getAttribute("aria-valuenow"), text: m.getAttribute("aria-valuetext"),
  })));
  // Six gauges have a 2022 baseline; the other twelve show a target alone.
  assert.equal(meters.length, 6);
  const images = await page.evaluate(() => [...document.querySelector("#targets-2027").shadowRoot.querySelectorAll('[role="img"]')].map((m) => ({
    label: m.getAttribute("aria-label"), now: m.getAttribute("aria-valuenow"),
  })));
  assert.equal(images.length, 12);
  assert.ok(images.every((m) => m.now === null), "no value claimed");
  assert.deepEqual(meters[0], {
    label: "Revenue of industrial enterprises above designated size", min: "0", max: "5000000000000", now: "2820000000000",
    text: "2.82 trillion yuan in 2022; 2027 target: 4 trillion yuan; 0% of the gap closed",
  });
  const energy = meters.find((m) => m.label.startsWith("Energy use"));
  assert.match(energy.text, /^100 in 2022; 2027 target: 87; 0% of the gap closed; 13% below 2022/);
  const rd = images.find((m) => m.label.startsWith("R&D intensity"));
  assert.equal(rd.label, "R&D intensity of industrial enterprises above designated size: 2027 target: 2%; no baseline given");
  // Accessible names come from the titles, through the accessibility tree.
  const snapshot = await page.locator("#targets-2027").ariaSnapshot();
  assert.match(snapshot, /meter "High-tech enterprises"/);
  await context.close();
});

// How many frames the grid took to be drawn completely: framesDrawn when widget-ready fires.
const framesToReady = (page) => page.addInitScript(() => {
  document.addEventListener("widget-ready", (e) => { if (e.target.id === "targets-2027") window.framesToReady = e.target.framesDrawn; }, true);
});

test("the entry animation runs, and is skipped under prefers-reduced-motion", async () => {
  const animated = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await animated.newPage();
  await framesToReady(first);
  const started = Date.now();
  await first.goto(`file://${repoRoot}/www/index.html`);
  await first.waitForFunction(() => window.framesToReady);
  const frames = await first.evaluate(() => window.framesToReady);
  assert.ok(frames > 3, `animated over several frames (${frames})`);
  assert.ok(Date.now() - started <= 3000, "completes promptly");
  await animated.close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  await framesToReady(page);
  await page.goto(`file://${repoRoot}/www/index.html`);
  await page.waitForFunction(() => window.framesToReady);
  assert.equal(await page.evaluate(() => window.framesToReady), 1, "drawn once, complete");
  await context.close();
});

test("a gauge with contradictory data shows its error; its neighbour renders", async () => {
  const { page, context } = await open(browser, "www/errors.html", { width: 1000 });
  await ready(page, "#good-gauge");
  await page.waitForFunction(() => document.querySelector("#bad-gauge").error);
  const text = await page.locator("#bad-gauge").locator('[role="alert"]').textContent();
  assert.match(text, /This gauge could not be drawn/);
  assert.match(text, /direction: "increase" contradicts baseline 100 and target 87: the target is lower/);
  const good = await page.evaluate(() => document.querySelector("#good-gauge").rendered.gauges[0].text);
  assert.equal(good, "2.82 trillion yuan in 2022; 2027 target: 4 trillion yuan; 0% of the gap closed");
  await page.screenshot({ path: path.join(outDir, "e2e-errors.png"), fullPage: true });
  await context.close();
});
