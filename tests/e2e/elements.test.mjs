// The elements as page authors use them: data from src (over http; a clear message from
// file://), option attributes, fifty widgets on a page rendered as they come near the viewport,
// and nothing left alive after removal.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, repoRoot } from "./browser.mjs";
import { serve } from "./server.mjs";

let browser, server;
before(async () => { browser = await launch(); server = await serve(repoRoot); });
after(async () => { await browser?.close(); await server?.close(); });

test("src is fetched over http, with attributes overriding options", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${server.origin}/www/src.html`);
  await page.waitForFunction(() => document.querySelector("#from-src").ready);
  const leaves = await page.evaluate(() => document.querySelector("#from-src").rendered.cells.filter((c) => c.leaf).length);
  assert.equal(leaves, 30);
  const svg = await page.evaluate(() => document.querySelector("#from-src").toSvg());
  assert.ok(svg.includes("(log scale)"), "color-by=value drew the value legend");
  await page.close();
});

test("src from file:// explains what to do", async () => {
  const { page, context } = await open(browser, "www/src.html");
  await page.waitForFunction(() => document.querySelector("#from-src").error);
  const text = await page.locator("#from-src").locator('[role="alert"]').textContent();
  assert.match(text, /a page opened from file:\/\/ cannot fetch\. Put the JSON in a child <script type="application\/json"> instead, or serve the page over http\./);
  await context.close();
});

test("fifty widgets render as they come near, and removal leaves none alive", async () => {
  const { page, context, errors } = await open(browser, "www/many.html", { width: 1000, height: 800 });
  await page.waitForFunction(() => window.ClusterWidgets && ClusterWidgets.liveWidgets() > 0);
  const early = await page.evaluate(() => ClusterWidgets.liveWidgets());
  assert.ok(early < 50, `far widgets wait (${early} live at first)`);
  for (let y = 0; y < 40; y++) {
    await page.mouse.wheel(0, 1200);
    if (await page.evaluate(() => ClusterWidgets.liveWidgets() === 50)) break;
  }
  await page.waitForFunction(() => [...document.querySelectorAll("cluster-treemap, target-gauge")].every((e) => e.ready));
  assert.equal(await page.evaluate(() => ClusterWidgets.liveWidgets()), 50);
  await page.evaluate(() => document.querySelectorAll("cluster-treemap, target-gauge").forEach((e) => e.remove()));
  assert.equal(await page.evaluate(() => ClusterWidgets.liveWidgets()), 0, "every widget released its wasm object, observers and listeners");
  assert.deepEqual(errors, []);
  await context.close();
});
