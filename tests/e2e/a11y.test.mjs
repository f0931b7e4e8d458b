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
