// End-to-end: words in any language. A German page supplies its own words through the data's
// `strings` and the element's `strings` property; a page's `formatTooltip` writes the tooltip's
// line; the error box's heading is in the page's language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const GERMAN = {
  locale: "de",
  title: "Ausgaben",
  source: "Statistisches Amt",
  strings: { source: "Quelle: {source}", shareOfTotal: "{share} des Ganzen", shareOfParent: "{share} von {parent}", up: "↑ Zurück", tiers: "Bereiche" },
  tree: { name: "Alle", children: [{ name: "Bildung", children: [{ name: "Schule", value: 1500000 }, { name: "Universität", value: 1500000 }] }, { name: "Gesundheit", value: 2000000 }] },
};

// Writes a widget into the blank page (in `lang`) and waits until it is drawn or shows an error.
async function widget(page, lang, html) {
  await page.evaluate(([lang, html]) => {
    document.documentElement.lang = lang;
    document.body.innerHTML = html;
  }, [lang, html]);
  await page.waitForFunction(() => { const e = document.querySelector("cluster-treemap, target-gauge"); return e && (e.ready || e.error); });
}

const inline = (tag, data) => `<${tag}><script type="application/json">${JSON.stringify(data)}</script></${tag}>`;

async function hover(page, name) {
  const p = await page.evaluate((n) => {
    const el = document.querySelector("cluster-treemap"), box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    const c = el.rendered.cells.find((c) => c.name === n);
    return { x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2 };
  }, name);
  await page.mouse.move(p.x, p.y);
  await page.waitForFunction(() => !document.querySelector("cluster-treemap").shadowRoot.querySelector('[role="tooltip"]').hidden);
  return page.evaluate(() => document.querySelector("cluster-treemap").shadowRoot.querySelector('[role="tooltip"]').textContent);
}

test("a German page's own words: data strings, German numbers, the element's strings over them", async () => {
  const { page, context, errors } = await open(browser, "tests/e2e/fixtures/blank.html", { width: 900, height: 800 });
  await widget(page, "de", inline("cluster-treemap", GERMAN));
  assert.deepEqual(errors, []);
  const shadow = (sel) => page.evaluate((s) => document.querySelector("cluster-treemap").shadowRoot.querySelector(s)?.textContent, sel);
  assert.equal(await shadow(".foot p"), "Quelle: Statistisches Amt");
  const tip = await hover(page, "Schule");
  assert.ok(tip.includes("50 % von Bildung") || tip.includes("50% von Bildung"), tip);
  assert.ok(tip.includes("1,5 Millionen"), `German compact numbers: ${tip}`);
  // The element's `strings` property lays words over the data's and redraws.
  await page.evaluate(() => {
    const el = document.querySelector("cluster-treemap");
    el.strings = { source: "Daten: {source}" };
  });
  await page.waitForFunction(() => document.querySelector("cluster-treemap").shadowRoot.querySelector(".foot p")?.textContent == "Daten: Statistisches Amt");
  assert.equal(await page.evaluate(() => document.querySelector("cluster-treemap").error), null);
  // Bad words through the property are validated like the data's: each problem names its path.
  const problems = await page.evaluate(() => new Promise((r) => {
    const el = document.querySelector("cluster-treemap");
    el.addEventListener("widget-error", (e) => r(e.detail.problems), { once: true });
    el.strings = { up: 3, bogus: "x", source: "<b>{source}</b>".repeat(5000) };
  }));
  // (75,000 characters of markup: over the 64 KiB string limit, so refused too.)
  assert.deepEqual(problems.map((p) => p.path).sort(), ["strings.bogus", "strings.source", "strings.up"]);
  await context.close();
});

test("formatTooltip writes the tooltip's line as text; a throwing one leaves the default", async () => {
  const { page, context } = await open(browser, "tests/e2e/fixtures/blank.html", { width: 900, height: 800 });
  await widget(page, "en", inline("cluster-treemap", { ...GERMAN, locale: "en", strings: {} }));
  await page.evaluate(() => {
    document.querySelector("cluster-treemap").formatTooltip = (d) => `<b>${d.name}</b>: ${d.valueText} (${d.path.join(" / ")})`;
  });
  const own = await hover(page, "Universität");
  assert.ok(own.includes("<b>Universität</b>: 1.5 million (Bildung / Universität)"), own);
  await page.mouse.move(1, 1);
  await page.evaluate(() => {
    document.querySelector("cluster-treemap").formatTooltip = () => { throw new Error("page bug"); };
  });
  const fallback = await hover(page, "Gesundheit");
  assert.ok(fallback.includes("Gesundheit") && fallback.includes("of the total"), fallback);
  assert.equal(await page.evaluate(() => document.querySelector("cluster-treemap").error), null, "the page's bug does not break the widget");
  await context.close();
});

test("the error box's heading is in the page's language", async () => {
  const { page, context } = await open(browser, "tests/e2e/fixtures/blank.html", { width: 600, height: 600 });
  const heading = () => page.evaluate(() => document.querySelector("cluster-treemap, target-gauge").shadowRoot.querySelector('[role="alert"] strong')?.textContent);
  await widget(page, "zh-CN", inline("cluster-treemap", { tree: { name: "全部", value: -1 } }));
  assert.equal(await heading(), "此树状图无法绘制");
  await widget(page, "zh-CN", inline("target-gauge", { title: "产值", target: {} }));
  assert.equal(await heading(), "此仪表无法绘制");
  await widget(page, "en", inline("cluster-treemap", { tree: { name: "All", value: -1 } }));
  assert.equal(await heading(), "This treemap could not be drawn");
  await context.close();
});
