// The widgets under a strict Content Security Policy, served over http from 127.0.0.1:
// default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, repoRoot, watchErrors } from "./browser.mjs";
import { serve } from "./server.mjs";

export const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let browser, server, origin;
before(async () => {
  browser = await launch();
  server = await serve(repoRoot, { "Content-Security-Policy": POLICY });
  origin = server.origin;
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("both widgets render and the tooltip works with no CSP violation", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(`${origin}/www/csp.html`);
  assert.equal(response.headers()["content-security-policy"], POLICY);
  await page.waitForFunction(() => document.querySelector("#csp-treemap").ready && document.querySelector("#csp-gauge").ready);
  const cells = await page.evaluate(() => document.querySelector("#csp-treemap").rendered.cells.filter((c) => c.leaf).length);
  assert.equal(cells, 4);
  const box = await page.evaluate(() => {
    const el = document.querySelector("#csp-treemap");
    const r = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    const c = el.rendered.cells.find((c) => c.name === "Vehicles");
    return { x: r.left + (c.rect[0] + c.rect[2]) / 2, y: r.top + (c.rect[1] + c.rect[3]) / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const tooltip = page.locator("#csp-treemap").locator('[role="tooltip"]');
  await tooltip.waitFor({ state: "visible" });
  assert.match(await tooltip.textContent(), /Vehicles/);
  const tipBox = await tooltip.boundingBox();
  assert.ok(tipBox.x > box.x, "the tooltip was positioned beside the pointer (CSSOM style works under the policy)");
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});
