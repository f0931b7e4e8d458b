// Hostile text end to end: markup and script payloads in every text field reach the tooltip,
// the breadcrumb, the live region, ARIA names and the SVG export as text only; nothing runs and
// no element is injected. And a page of ten widgets, three broken, where each broken one shows
// its own problem and the seven good ones draw.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { mkdirSync, writeFileSync } from "node:fs";
import { launch, open, repoRoot, spoken } from "./browser.mjs";

const outDir = path.join(repoRoot, "out");
let browser;
before(async () => { browser = await launch(); mkdirSync(outDir, { recursive: true }); });
after(async () => { await browser?.close(); });

const P = ["<img src=x onerror=window.pwned=1>", "<script>window.pwned=1</script>", '"><svg onload=window.pwned=1>', "javascript:window.pwned=1", "'\"&amp;<b>]]><!-- x -->"];
const treemap = {
  title: P[0], subtitle: P[1], source: P[2], unit: P[3],
  tree: { name: P[4], id: P[0], children: P.map((p, i) => ({
    name: `${p} ${i}`, id: `${P[(i + 1) % 5]} id${i}`, description: P[(i + 2) % 5], note: P[(i + 3) % 5], assumed: true,
    children: [{ name: `${P[(i + 4) % 5]} leaf`, id: `${p} leaf${i}`, value: 10 + i, description: p }, { name: `${p} b`, value: 5 }],
  })) },
};
const gauges = {
  title: P[0], subtitle: P[1], source: P[2], unit: P[3],
  gauges: P.map((p, i) => ({
    title: `${p} ${i}`, note: P[(i + 1) % 5], unit: P[(i + 2) % 5],
    baseline: { value: 1, label: P[(i + 3) % 5] }, current: { value: 2, label: P[(i + 4) % 5] }, target: { value: 3, label: p },
    bands: [{ from: 0, to: 1.5, label: P[(i + 1) % 5] }, { from: 1.5, to: 4, label: p }],
  })),
};

// In the page: no payload ran, no element of theirs exists in the document or a shadow root.
const INJECTED = "img,script:not([type]):not([src$='cluster-widgets.min.js']),svg,iframe,object,embed,foreignObject,[onerror],[onload],a[href]:not(.download[href^='blob:'])";
const sweep = (INJECTED) => {
  const roots = [document, ...[...document.querySelectorAll("*")].map((e) => e.shadowRoot).filter(Boolean)];
  return { pwned: window.pwned, injected: roots.flatMap((r) => [...r.querySelectorAll(INJECTED)].map((e) => e.outerHTML.slice(0, 80))) };
};
// In the page: the SVG parsed as XML, its element names and text.
const parseSvg = (svg) => {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return { error: !!doc.querySelector("parsererror"), names: [...new Set([...doc.querySelectorAll("*")].map((e) => e.localName))], text: doc.documentElement.textContent };
};
const ALLOWED = new Set(["svg", "g", "rect", "polygon", "polyline", "path", "text", "tspan", "title", "desc", "line", "circle", "defs", "clipPath", "style", "linearGradient", "stop"]);

function checkSvg(r, what) {
  assert.equal(r.error, false, `${what}: the SVG parses`);
  assert.deepEqual(r.names.filter((n) => !ALLOWED.has(n)), [], `${what}: only drawing elements`);
}

test("hostile text in every treemap field is text everywhere: tooltip, breadcrumb, live region, ARIA, SVG", async () => {
  writeFileSync(path.join(outDir, "e2e-hostile.html"), `<!doctype html><meta charset="utf-8"><script src="../pkg/cluster-widgets.min.js"></script>`);
  const { page, context, errors } = await open(browser, "out/e2e-hostile.html");
  await page.evaluate((d) => { for (const [tag, data] of d) document.body.append(Object.assign(document.createElement(tag), { data })); }, [["cluster-treemap", treemap], ["target-gauge", gauges]]);
  await page.waitForFunction(() => document.querySelector("cluster-treemap").ready && document.querySelector("target-gauge").ready);
  const texts = {};
  // Hover a tier: its tooltip.
  const cell = await page.evaluate(() => {
    const el = document.querySelector("cluster-treemap"), c = el.shadowRoot.querySelector("canvas").getBoundingClientRect();
    const g = el.rendered.cells.find((x) => x.depth === 1);
    return { x: c.left + (g.rect[0] + g.rect[2]) / 2, y: c.top + g.rect[1] + 8, name: g.name };
  });
  await page.mouse.move(cell.x, cell.y);
  await page.waitForFunction(() => document.querySelector("cluster-treemap").shadowRoot.querySelector(".tooltip")?.textContent);
  texts.tooltip = await page.evaluate(() => document.querySelector("cluster-treemap").shadowRoot.querySelector(".tooltip").textContent);
  // Click it: the breadcrumb.
  await page.mouse.click(cell.x, cell.y);
  await page.waitForFunction((n) => [...document.querySelector("cluster-treemap").shadowRoot.querySelectorAll(".crumbs > :not(.sep)")].some((b) => b.textContent.includes(n)), cell.name);
  texts.crumbs = await page.evaluate(() => document.querySelector("cluster-treemap").shadowRoot.querySelector(".crumbs").textContent);
  // Keyboard focus: what a screen reader says (the active tree item; the live region after the drill).
  await page.evaluate(() => document.querySelector("cluster-treemap").shadowRoot.querySelector("canvas").focus());
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("cluster-treemap").shadowRoot.querySelector("canvas").hasAttribute("aria-activedescendant"));
  texts.live = await spoken(page) + " " + await page.evaluate(() => document.querySelector("cluster-treemap").shadowRoot.querySelector("[aria-live]").textContent);
  texts.aria = await page.evaluate(() => [...document.querySelectorAll("cluster-treemap, target-gauge")].flatMap((e) => [...e.shadowRoot.querySelectorAll("[aria-label], [aria-valuetext]")].map((n) => (n.getAttribute("aria-label") ?? "") + " " + (n.getAttribute("aria-valuetext") ?? ""))).join("\n"));
  texts.gaugeDom = await page.evaluate(() => document.querySelector("target-gauge").shadowRoot.textContent);
  // The Table view and its CSV.
  await page.evaluate(() => document.querySelector("cluster-treemap").shadowRoot.querySelector(".table-toggle").click());
  texts.table = await page.evaluate(() => document.querySelector("cluster-treemap").shadowRoot.querySelector(".table table").textContent);
  texts.csv = await page.evaluate(() => fetch(document.querySelector("cluster-treemap").shadowRoot.querySelector(".download").href).then((r) => r.text()));
  const svg = await page.evaluate(`[${parseSvg}][0](document.querySelector("cluster-treemap").toSvg())`);
  const gsvg = await page.evaluate(`[${parseSvg}][0](document.querySelector("target-gauge").toSvg())`);
  const s = await page.evaluate(sweep, INJECTED);
  await page.waitForTimeout(500); // the zoom has ended
  await page.screenshot({ path: path.join(outDir, "e2e-hostile.png") });

  assert.ok(texts.tooltip.includes(cell.name), `tooltip names the cell as text: ${texts.tooltip}`);
  assert.ok(P.some((p) => texts.tooltip.includes(p)), texts.tooltip);
  assert.ok(texts.crumbs.includes(cell.name) && texts.crumbs.includes(P[4]), `breadcrumb: ${texts.crumbs}`);
  assert.ok(P.some((p) => texts.live.includes(p)), `live region: ${texts.live}`);
  assert.ok(texts.aria.includes(P[0]), `ARIA names hold the payload as text: ${texts.aria}`);
  assert.ok(P.every((p) => texts.table.includes(p)), `the table holds every payload as text: ${texts.table}`);
  // RFC 4180: a name with a quote is quoted, its quotes doubled; markup stays as written.
  assert.ok(texts.csv.includes("\r\n<img src=x onerror=window.pwned=1> 0,"), texts.csv.slice(0, 300));
  assert.ok(texts.csv.includes(`\r\n"'""&amp;<b>]]><!-- x --> 4",`), texts.csv.slice(0, 300));
  assert.ok(texts.gaugeDom.includes(P[0]) && texts.gaugeDom.includes(P[1]), `gauge heading: ${texts.gaugeDom}`);
  checkSvg(svg, "treemap");
  checkSvg(gsvg, "gauges");
  assert.ok(svg.text.includes(P[0]), "the treemap SVG holds the title as text");
  assert.ok(gsvg.text.includes(P[0]), "the gauge SVG holds the title as text");
  assert.equal(s.pwned, undefined, "no payload ran");
  assert.deepEqual(s.injected, [], "no injected element");
  assert.deepEqual(errors, []);
  await context.close();
});

test("ten widgets, three broken (invalid JSON, wrong types, 20 MB inline): the seven draw, each broken one names its problem", async () => {
  const good = [
    { title: "Good one", tree: { name: "All", children: [{ name: "A", value: 3 }, { name: "B", value: 2 }] } },
    { title: "Good two", unit: "t", tree: { name: "All", children: [{ name: "C", value: 1 }, { name: "D", value: 4 }] } },
    { title: "Good three", rows: [{ id: 1, name: "All" }, { id: 2, parent: 1, name: "E", value: 5 }, { id: 3, parent: 1, name: "F", value: 1 }] },
    { title: "Good four", tree: { name: "All", children: [{ name: "G", value: 2 }, { name: "H", value: 2 }] } },
  ];
  const goodGauges = [
    { title: "Gauge one", baseline: { value: 1, label: "2022" }, target: { value: 4, label: "2027" } },
    { title: "Gauge two", gauges: [{ title: "x", baseline: { value: 2 }, target: { value: 3 } }, { title: "y", baseline: { value: 5 }, target: { value: 1 } }] },
    { title: "Gauge three", unit: "%", current: { value: 50 }, target: { value: 80 } },
  ];
  const inline = (tag, json, id) => `<${tag} id="${id}"><script type="application/json">${json}</script></${tag}>`;
  const big = JSON.stringify({ title: "Big", tree: { name: "All", value: 1, description: "x".repeat(20 * 1024 * 1024) } });
  const widgets = [
    inline("cluster-treemap", JSON.stringify(good[0]), "g0"),
    inline("cluster-treemap", '{"title": "Broken JSON", "tree": {"name": "All",', "bad-json"),
    inline("target-gauge", JSON.stringify(goodGauges[0]), "g1"),
    inline("cluster-treemap", JSON.stringify(good[1]), "g2"),
    inline("target-gauge", JSON.stringify({ title: "Wrong types", baseline: { value: "one" }, target: { value: 2 } }), "bad-types"),
    inline("cluster-treemap", JSON.stringify(good[2]), "g3"),
    inline("target-gauge", JSON.stringify(goodGauges[1]), "g4"),
    inline("cluster-treemap", big, "bad-big"),
    inline("cluster-treemap", JSON.stringify(good[3]), "g5"),
    inline("target-gauge", JSON.stringify(goodGauges[2]), "g6"),
  ];
  writeFileSync(path.join(outDir, "e2e-ten.html"), `<!doctype html><meta charset="utf-8"><script src="../pkg/cluster-widgets.min.js"></script>
<style>body{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin:10px}</style>${widgets.join("\n")}`);
  const { page, context, errors } = await open(browser, "out/e2e-ten.html", { width: 1400, height: 1100 });
  const r = await page.waitForFunction(() => {
    const all = [...document.querySelectorAll("cluster-treemap, target-gauge")];
    return all.every((e) => e.ready || e.error) && all.map((e) => ({ id: e.id, ready: e.ready, box: e.shadowRoot.querySelector('[role="alert"]')?.textContent ?? null, problems: e.error?.problems ?? null }));
  }, null, { timeout: 30000 }).then((h) => h.jsonValue());
  await page.screenshot({ path: path.join(outDir, "e2e-ten.png"), fullPage: true });
  const byId = Object.fromEntries(r.map((w) => [w.id, w]));
  for (const id of ["g0", "g1", "g2", "g3", "g4", "g5", "g6"]) assert.deepEqual([byId[id].ready, byId[id].box], [true, null], id);
  assert.match(byId["bad-json"].box, /not valid JSON: .* at line 1 column \d+/, byId["bad-json"].box);
  assert.ok(byId["bad-types"].problems.some((p) => p.path === "baseline.value" && /finite number/.test(p.message)), JSON.stringify(byId["bad-types"].problems));
  assert.match(byId["bad-big"].box, /input is \d+ characters long; the limit is 16777216 bytes/, byId["bad-big"].box);
  assert.ok(errors.every((e) => /^<(cluster-treemap|target-gauge)>:/.test(e)) && errors.length === 3, `three widget reports, no page error: ${errors.join("\n")}`);
  await context.close();
});
