// On a phone the treemap stays inside its container: its drawing takes its shape from the
// width (4:5 under 420 px), never a minimum height that would widen it through its aspect ratio,
// so the page never scrolls sideways and the "↑ Up" button stays on screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, repoRoot } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("at 390 px the treemap is as wide as its container and the page does not scroll sideways", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`file://${repoRoot}/www/index.html`);
  await page.waitForFunction(() => document.querySelector("#treemap-33618")?.ready);
  const r = await page.evaluate(() => {
    const el = document.querySelector("#treemap-33618");
    return { host: el.clientWidth, canvas: el.shadowRoot.querySelector("canvas").clientWidth, drawn: el.rendered.width, scroll: document.documentElement.scrollWidth, inner: innerWidth };
  });
  assert.equal(r.canvas, r.host, JSON.stringify(r));
  assert.equal(r.drawn, r.host);
  assert.ok(r.scroll <= r.inner, `no sideways scroll: ${JSON.stringify(r)}`);
  await context.close();
});
