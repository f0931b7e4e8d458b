// End-to-end: axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practice) on every demo page, light
// and dark, at 1280 and 320 px, at rest and with each treemap drilled into its first tier: no
// violation. axe walks open shadow roots, so the widgets' DOM is checked with the page's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { launch, open, repoRoot } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const AXE = readFileSync(path.join(repoRoot, "node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
// The demo pages (errors.html shows error boxes on purpose; many.html is fifty widgets).
const PAGES = ["www/index.html", "www/zh.html", "www/fit.html", "www/errors.html", "www/many.html"];

// Widgets draw when they come near the viewport: bring each in, then wait for all of them.
async function renderAll(page) {
  const count = await page.evaluate(() => document.querySelectorAll("cluster-treemap, target-gauge").length);
  for (let i = 0; i < count; i++) {
    await page.evaluate((i) => document.querySelectorAll("cluster-treemap, target-gauge")[i].scrollIntoView(), i);
    await page.waitForFunction((i) => { const e = document.querySelectorAll("cluster-treemap, target-gauge")[i]; return e.ready || e.error || e.hidden; }, i);
  }
  await page.evaluate(() => scrollTo(0, 0));
}

// Drills every treemap whose first cell is a group into it by the keyboard (focus, Enter);
// returns how many it drilled.
async function drillAll(page) {
  const count = await page.evaluate(() => document.querySelectorAll("cluster-treemap").length);
  let drilled = 0;
  for (let i = 0; i < count; i++) {
    const drillable = await page.evaluate((i) => {
      const el = document.querySelectorAll("cluster-treemap")[i], canvas = el.ready && el.shadowRoot.querySelector("canvas");
      if (!canvas || el.rendered.cells.find((c) => c.depth == 1)?.leaf !== false) return false;
      canvas.scrollIntoView();
      canvas.focus();
      return true;
    }, i);
    if (!drillable) continue;
    await page.keyboard.press("Enter");
    await page.waitForFunction((i) => document.querySelectorAll("cluster-treemap")[i].shadowRoot.querySelector(".bar:not([hidden])"), i);
    drilled++;
  }
  return drilled;
}

async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" > ")).join("; ")}`);
  }, TAGS);
}

// Fifty widgets take a while to bring into view one by one: that page is checked in two modes.
const modes = (relative) => (relative == "www/many.html" ? [["light", 1280], ["dark", 320]] : [["light", 1280], ["light", 320], ["dark", 1280], ["dark", 320]]);

for (const relative of PAGES) {
  test(`axe: ${relative} has no violation (${modes(relative).map(([c, w]) => `${c} ${w} px`).join(", ")}), at rest and drilled`, async () => {
    for (const [colorScheme, width] of modes(relative)) {
      {
        const { page, context } = await open(browser, relative, { width, height: 900, colorScheme });
        await renderAll(page);
        assert.deepEqual(await violations(page), [], `${relative} ${colorScheme} ${width}px at rest`);
        const drilled = await drillAll(page);
        if (relative != "www/errors.html" && relative != "www/many.html") assert.ok(drilled > 0, `${relative}: a treemap drilled`);
        assert.deepEqual(await violations(page), [], `${relative} ${colorScheme} ${width}px drilled`);
        await context.close();
      }
    }
  });
}
