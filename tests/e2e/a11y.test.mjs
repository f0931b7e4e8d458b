// End-to-end: the treemap without the canvas (issue 14). Every tier and cluster of the demo is in
// the accessibility tree as a list item, nested in its group, with its value, its share and its
// description, as Playwright's role queries (which follow ARIA semantics through the shadow
// root) find them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { launch, open, repoRoot } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const data = JSON.parse(readFileSync(path.join(repoRoot, "examples/33618.treemap.json"), "utf8"));

test("a screen reader can browse every tier and cluster, with values, shares and descriptions", async () => {
  const { page, context, errors } = await open(browser, "www/index.html");
  await page.waitForFunction(() => document.querySelector("#treemap-33618")?.ready);
  assert.deepEqual(errors, []);
  const treemap = page.locator("#treemap-33618");
  const list = treemap.getByRole("list", { name: /levels$/ });
  assert.equal(await list.count(), 1);
  const items = await list.getByRole("listitem").allTextContents();
  const tiers = data.tree.children, clusters = tiers.flatMap((t) => t.children ?? []);
  const all = [...tiers, ...clusters, ...clusters.flatMap((c) => c.children ?? [])];
  assert.equal(items.length, all.length, "one item per node below the root");
  for (const n of all) assert.ok(items.some((t) => t.startsWith(n.name)), `${n.name} is listed`);
  // A cluster's item says its value and share; one with a description says it too.
  const nev = items.find((t) => t.startsWith("Intelligent connected new-energy vehicles"));
  assert.match(nev, /1 trillion yuan/);
  assert.match(nev, /of Trillion-level leading clusters/);
  const described = clusters.find((c) => c.description);
  if (described) assert.ok(items.some((t) => t.includes(described.description.slice(0, 40))), described.name);
  // Clusters sit inside their tier's item: the tier's list item holds a nested list.
  const tierItem = list.getByRole("listitem").filter({ hasText: tiers[0].name }).first();
  assert.equal(await tierItem.getByRole("listitem").count(), tiers[0].children.length);
  await context.close();
});

// Page coordinates of the centre of the drawn cell with this name.
const centreOf = (page, name) => page.evaluate((n) => {
  const el = document.querySelector("#treemap-33618"), box = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
  const c = el.rendered.cells.find((c) => c.name === n);
  return { x: box.left + (c.rect[0] + c.rect[2]) / 2, y: box.top + (c.rect[1] + c.rect[3]) / 2 };
}, name);

test("keyboard: keys after a click show the focused cell and its tooltip; Up and the breadcrumb give focus back to the cells; Escape anywhere hides the tooltip", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector("#treemap-33618")?.ready);
  const state = () => page.evaluate(() => {
    const root = document.querySelector("#treemap-33618").shadowRoot;
    return {
      live: root.querySelector('[aria-live="polite"]').textContent,
      tooltip: root.querySelector('[role="tooltip"]').hidden ? null : root.querySelector('[role="tooltip"]').textContent,
      focus: root.activeElement?.localName ?? document.activeElement?.localName,
      current: [...root.querySelectorAll(".crumbs [aria-current]")].map((c) => c.localName),
    };
  });
  // A click on a leaf (it selects it), then an arrow key: the ring and the announcement follow.
  const leaf = await centreOf(page, "Intelligent connected new-energy vehicles"); // near the top: in view
  await page.mouse.click(leaf.x, leaf.y);
  await page.mouse.move(2, 2);
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("#treemap-33618").shadowRoot.querySelector('[aria-live="polite"]').textContent != "");
  let s = await state();
  assert.ok(s.live.length > 0, "the focused cell is announced");
  assert.ok(s.tooltip, "and its tooltip shows");
  assert.equal(s.focus, "canvas");
  // Zoom in with Enter, then Up by the keyboard: focus lands on the cells, not on <body>.
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#treemap-33618").shadowRoot.querySelectorAll(".crumbs > :not(.sep)").length == 2);
  s = await state();
  assert.deepEqual(s.current, ["span"], "the current level is text, not a button");
  await page.locator("#treemap-33618").locator(".up").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#treemap-33618").shadowRoot.querySelectorAll(".crumbs > :not(.sep)").length == 1);
  assert.equal((await state()).focus, "canvas", "after Up the keyboard carries on in the cells");
  // Hover a cell, focus elsewhere, Escape: the tooltip goes (WCAG 1.4.13).
  await page.evaluate(() => document.activeElement?.blur());
  const cell = await centreOf(page, "Intelligent connected new-energy vehicles");
  await page.mouse.move(cell.x, cell.y);
  await page.waitForFunction(() => !document.querySelector("#treemap-33618").shadowRoot.querySelector('[role="tooltip"]').hidden);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector("#treemap-33618").shadowRoot.querySelector('[role="tooltip"]').hidden);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the gauge grid's title is a heading, at the level the page asks for", async () => {
  const { page, context } = await open(browser, "www/index.html");
  const grid = page.locator("#targets-2027");
  await grid.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector("#targets-2027")?.ready);
  const title = JSON.parse(readFileSync(path.join(repoRoot, "examples/2027-targets.gauges.json"), "utf8")).title;
  assert.equal(await grid.getByRole("heading", { level: 2 }).textContent(), title);
  await page.evaluate(() => new Promise((drawn) => {
    const g = document.querySelector("#targets-2027");
    g.addEventListener("widget-ready", drawn, { once: true });
    g.setAttribute("heading-level", "3");
    g.data = g.querySelector("script").textContent; // built again with the attribute
  }));
  assert.equal(await grid.getByRole("heading", { level: 3 }).textContent(), title);
  await context.close();
});

test("a dark gauge grid on a light page paints its own background, so its text keeps its contrast", async () => {
  const { page, context } = await open(browser, "www/index.html", { colorScheme: "light" });
  const grid = page.locator("#targets-2027");
  await grid.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector("#targets-2027")?.ready);
  const colours = await page.evaluate(() => {
    const g = document.querySelector("#targets-2027");
    g.setAttribute("theme", "dark");
    const title = g.shadowRoot.querySelector(".t");
    return { host: getComputedStyle(g).backgroundColor, text: getComputedStyle(title).color };
  });
  assert.deepEqual(colours, { host: "rgb(22, 22, 22)", text: "rgb(237, 237, 237)" });
  await context.close();
});
