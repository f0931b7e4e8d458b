// End-to-end: the treemap without the canvas (issue 14). Every tier and cluster of the demo is in
// the accessibility tree as an item of the canvas's tree, nested in its group, with its value,
// its share and its description; the keyboard; the Table view; the gauges' ARIA.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { launch, open, repoRoot, spoken } from "./browser.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const data = JSON.parse(readFileSync(path.join(repoRoot, "examples/33618.treemap.json"), "utf8"));

test("a screen reader can browse every tier and cluster, with values, shares and descriptions", async () => {
  const { page, context, errors } = await open(browser, "www/index.html");
  await page.waitForFunction(() => document.querySelector("#treemap-33618")?.ready);
  assert.deepEqual(errors, []);
  const tiers = data.tree.children, clusters = tiers.flatMap((t) => t.children ?? []);
  const all = [...tiers, ...clusters, ...clusters.flatMap((c) => c.children ?? [])];
  // The browser's own accessibility tree (CDP), as a screen reader gets it: the canvas is a
  // tree whose items are every node below the root, named "name, value, share".
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const role = (n) => n.role?.value, name = (n) => n.name?.value ?? "";
  const prop = (n, p) => n.properties?.find((x) => x.name == p)?.value.value;
  const trees = nodes.filter((n) => role(n) == "tree" && /levels|Arrow keys/.test(name(n)));
  assert.equal(trees.length, 1, "one tree: the treemap's canvas");
  const items = nodes.filter((n) => role(n) == "treeitem");
  assert.equal(items.length, all.length, "one item per node below the root");
  for (const n of all) assert.ok(items.some((i) => name(i).startsWith(`${n.name}, `)), `${n.name} is in the accessibility tree`);
  const byName = (n) => items.find((i) => name(i).startsWith(`${n.name}, `));
  // Levels, positions and set sizes are the hierarchy's.
  assert.equal(prop(byName(tiers[0]), "level"), 1);
  assert.equal(prop(byName(tiers[0].children[0]), "level"), 2);
  assert.equal(prop(byName(tiers[1]), "expanded"), true);
  // A cluster's item says its value and its share of the tier; a description is the item's description.
  const nev = name(byName(clusters.find((c) => c.name == "Intelligent connected new-energy vehicles")));
  assert.match(nev, /1 trillion yuan/);
  assert.match(nev, /of Trillion-level leading clusters/);
  const described = clusters.find((c) => c.description);
  assert.ok(described, "the demo has descriptions");
  assert.ok(byName(described).description?.value.includes(described.description.slice(0, 40)), described.name);
  // In the DOM, with ARIA roles (what Playwright's role queries see): the tier's item holds its clusters.
  const treemap = page.locator("#treemap-33618");
  const tierItem = treemap.getByRole("treeitem", { name: new RegExp(`^${tiers[0].name}, `) });
  assert.equal(await tierItem.getByRole("treeitem").count(), tiers[0].children.length + tiers[0].children.flatMap((c) => c.children ?? []).length);
  assert.equal(await tierItem.getAttribute("aria-setsize"), String(tiers.length));
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
      active: root.querySelector("canvas").getAttribute("aria-activedescendant"),
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
  await page.waitForFunction(() => document.querySelector("#treemap-33618").shadowRoot.querySelector("canvas").hasAttribute("aria-activedescendant"));
  let s = await state();
  assert.match(await spoken(page, "#treemap-33618"), /^Advanced materials, 1 trillion yuan, /, "the focused cell, right of the one clicked, is the tree's active item");
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

test("the live region speaks what the tree item cannot: a new level, new data", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector("#treemap-33618")?.ready);
  const live = () => page.evaluate(() => document.querySelector("#treemap-33618").shadowRoot.querySelector("[aria-live]").textContent);
  assert.equal(await live(), "", "nothing said at rest");
  await page.locator("#treemap-33618 canvas").focus();
  await page.keyboard.press("Enter"); // into the first tier
  await page.waitForFunction(() => document.querySelector("#treemap-33618").shadowRoot.querySelector("[aria-live]").textContent);
  assert.equal(await live(), "Trillion-level leading clusters, 3 trillion yuan, 57% of the total");
  // New data keeps the level and says it, with its new value.
  await page.evaluate(() => {
    const el = document.querySelector("#treemap-33618"), d = JSON.parse(el.querySelector("script").textContent);
    d.tree.children[0].children[0].value *= 2;
    el.data = d;
  });
  await page.waitForFunction(() => /^Trillion-level leading clusters, 4 trillion yuan/.test(document.querySelector("#treemap-33618").shadowRoot.querySelector("[aria-live]").textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the Table view shows every node with its path, value and shares, and downloads them as CSV", async () => {
  const { page, context, errors } = await open(browser, "www/index.html", { width: 1280, height: 900 });
  await page.waitForFunction(() => document.querySelector("#treemap-33618")?.ready);
  const toggle = page.locator("#treemap-33618").getByRole("button", { name: "Table" });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  const table = page.locator("#treemap-33618").getByRole("table");
  const headers = await table.getByRole("columnheader").allTextContents();
  assert.deepEqual(headers, ["Name", "Tier path", "Value", "Share of parent", "Share of total", "Assumed"]);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  const tiers = data.tree.children, clusters = tiers.flatMap((t) => t.children ?? []);
  assert.equal(rows.length, tiers.length + clusters.length + clusters.flatMap((c) => c.children ?? []).length);
  const nev = rows.find((r) => r[0] == "Intelligent connected new-energy vehicles");
  assert.deepEqual(nev.slice(1, 3), ["Trillion-level leading clusters", "1 trillion yuan"]);
  assert.match(nev[3], /^33(\.\d)?%$/);
  const assumed = rows.filter((r) => r[5]);
  assert.ok(assumed.length > 0 && assumed.every((r) => r[2].endsWith("*")), "assumed values are marked in both columns");
  // The download: a CSV of the same rows, raw values, with a BOM for spreadsheets.
  const link = page.locator("#treemap-33618").getByRole("link", { name: "Download CSV" });
  assert.match(await link.getAttribute("download"), /\.csv$/);
  const csv = await link.evaluate((a) => fetch(a.href).then((r) => r.text()));
  const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
  assert.equal(lines[0], "name,path,value,unit,shareOfParent,shareOfTotal,assumed,description,note");
  assert.equal(lines.length, rows.length + 1);
  assert.ok(lines.some((l) => l.startsWith("Intelligent connected new-energy vehicles,Trillion-level leading clusters,1000000000000,yuan,")), "raw values in the CSV");
  // Closed again: the table is gone and the toggle says so.
  await toggle.click();
  assert.equal(await table.count(), 0);
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
