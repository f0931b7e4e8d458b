// The Chinese demo: a zh-CN page shows no English UI word anywhere a reader meets one — the
// treemap's DOM text and ARIA, the tooltip, the live region, the gauges' DOM and aria-valuetext,
// and both SVG exports. Latin letters may appear only in the data's own names ("AI及机器人").
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const latinWords = (text) => (text.match(/[A-Za-z]{2,}/g) || []).filter((w) => !["AI", "Esc", "Home", "JSON", "SVG", "CSV"].includes(w));

test("the zh page has no English UI words in the widgets, their ARIA, tooltip, live region or exports", async () => {
  const { page, errors } = await open(browser, "www/zh.html", { width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector("cluster-treemap")?.ready);
  await page.evaluate(() => document.querySelector("target-gauge").scrollIntoView());
  await page.waitForFunction(() => document.querySelector("target-gauge")?.ready);
  // Hover a cell so the tooltip and the live region have words in them, then focus by keyboard.
  const canvas = page.locator("cluster-treemap canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + 40, box.y + 60);
  await page.locator("cluster-treemap [role=tooltip]").waitFor({ state: "visible" });
  await canvas.focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("cluster-treemap").shadowRoot.querySelector("canvas").hasAttribute("aria-activedescendant"));
  // The Table view open, so its headings and download link are read too.
  await page.locator("cluster-treemap .table-toggle").click();
  await page.locator("cluster-treemap .table table").waitFor();
  const texts = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll("cluster-treemap, target-gauge")) {
      const walk = (root) => {
        for (const n of root.querySelectorAll("*")) {
          if (n.shadowRoot) walk(n.shadowRoot);
          for (const a of ["aria-label", "aria-description", "aria-valuetext", "aria-roledescription", "title"]) if (n.getAttribute(a)) out.push(n.getAttribute(a));
        }
        out.push(root.textContent);
      };
      walk(el.shadowRoot);
      out.push(el.toSvg().replace(/<[^>]*>/g, " "));
    }
    return out;
  });
  const found = texts.flatMap(latinWords);
  assert.deepEqual([...new Set(found)], [], `English words on a zh page: ${[...new Set(found)].join(", ")}`);
  assert.ok(texts.some((t) => t.includes("万亿")), "numbers in Chinese units");
  assert.deepEqual(errors, []);
});
