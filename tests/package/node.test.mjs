// The package in plain Node (no DOM, no canvas, no network), installed from the packed tarball
// as an npm user gets it: every entry imports without throwing, `cluster-widgets/server`'s
// renderSvg draws both examples as well-formed SVG (the same scene as the native CLI), bad data
// rejects with `problems` naming JSON paths, a failed start() can be retried, and the bin
// (`npx cluster-widgets render`) writes SVG or exits 2 with the problems on stderr.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);
const TREEMAP = path.join(root, "examples/33618.treemap.json");
const GAUGES = path.join(root, "examples/2027-targets.gauges.json");
let dir;

// A consumer project with the tarball installed (offline: the package has no dependencies).
before(async () => {
  assert.ok(existsSync(path.join(root, "pkg/package.json")), "build it first: scripts/build.sh (make test does)");
  dir = mkdtempSync(path.join(tmpdir(), "cw-node-"));
  const { stdout } = await run("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: path.join(root, "pkg") });
  const tarball = path.join(dir, stdout.trim().split("\n").pop());
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "node-consumer", private: true, type: "module" }));
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], { cwd: dir });
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

// Runs an ES module in the consumer project with plain `node`; `fetch` throws, so nothing can
// reach the network. Resolves to what it printed as JSON.
async function inNode(code) {
  const prelude = 'globalThis.fetch = () => { throw new Error("fetch called"); };\n';
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", prelude + code], { cwd: dir });
  return JSON.parse(stdout);
}

// Runs the installed bin through npx; resolves to {code, stdout, stderr} whatever the status.
async function bin(args, options = {}) {
  try {
    const { stdout, stderr } = await run("npx", ["--offline", "--no", "--", "cluster-widgets", ...args], { cwd: dir, ...options });
    return { code: 0, stdout, stderr };
  } catch (e) {
    if (typeof e.code != "number") throw e;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// XML well-formedness, by hand (Node has no XML parser): one <svg> root in the SVG namespace,
// tags balanced and nested, attributes quoted, no stray `<` or `&` in text or attribute values.
function assertWellFormedSvg(svg) {
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--(?:(?!--)[\s\S])*-->/g;
  const stack = [];
  let roots = 0, last = 0, m;
  while ((m = tag.exec(svg))) {
    const between = svg.slice(last, m.index);
    assert.ok(!between.includes("<"), `stray markup before offset ${m.index}: ${between.slice(0, 80)}`);
    assert.doesNotMatch(between, entity, `a bare & before offset ${m.index}`);
    if (stack.length == 0 && between.trim()) assert.fail(`text outside the root: ${between.slice(0, 80)}`);
    last = tag.lastIndex;
    const [, close, name, attrs, selfClosing] = m;
    if (!name) continue; // a comment
    assert.doesNotMatch(attrs, entity, `a bare & in the attributes of <${name}>`);
    if (close) {
      assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    } else {
      if (stack.length == 0) roots++;
      if (!selfClosing) stack.push(name);
    }
  }
  assert.equal(svg.slice(last).trim(), "", "nothing after the root");
  assert.deepEqual(stack, [], "every element is closed");
  assert.equal(roots, 1, "one root element");
}

// The drawn text, unescaped, lines of a wrapped label joined by spaces.
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name, dec, hex) =>
  dec ? String.fromCodePoint(+dec) : hex ? String.fromCodePoint(parseInt(hex, 16)) : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name]);
const drawnText = (svg) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]).trim()).join(" ");

test("every entry of the package imports in plain Node", async () => {
  const r = await inNode(`
    const out = { dom: typeof document, window: typeof window };
    for (const entry of ["cluster-widgets", "cluster-widgets/elements", "cluster-widgets/server"]) {
      try { out[entry] = Object.keys(await import(entry)).sort(); } catch (e) { out[entry] = "throws: " + e; }
    }
    console.log(JSON.stringify(out));`);
  assert.equal(r.dom, "undefined");
  assert.equal(r.window, "undefined");
  assert.ok(Array.isArray(r["cluster-widgets"]), r["cluster-widgets"]);
  for (const name of ["GaugeWidget", "TreemapWidget", "defineCustomElements", "layoutTreemap", "start"]) assert.ok(r["cluster-widgets"].includes(name), name);
  assert.ok(Array.isArray(r["cluster-widgets/elements"]), r["cluster-widgets/elements"]);
  assert.deepEqual(r["cluster-widgets/server"], ["renderSvg", "start"]);
});

test("renderSvg draws the treemap example as well-formed SVG: the native CLI's scene, with every big cluster named", async () => {
  const r = await inNode(`
    import { renderSvg } from "cluster-widgets/server";
    import { readFileSync } from "node:fs";
    const text = readFileSync(${JSON.stringify(TREEMAP)}, "utf8");
    console.log(JSON.stringify({ fromText: await renderSvg(text, { width: 960, height: 600 }), fromObject: await renderSvg(JSON.parse(text), { width: 960, height: 600 }), byDefault: await renderSvg(text) }));`);
  const svg = r.fromText;
  assertWellFormedSvg(svg);
  assert.match(svg, /^<svg width="960" height="600"/);
  assert.equal(r.fromObject, svg, "an object draws what its JSON text draws");
  assert.equal(r.byDefault, svg, "960 × 600 by default");
  // The native CLI draws the same scene with the same font metrics (tests/treemap_scene.rs keeps it).
  assert.equal(svg, readFileSync(path.join(root, "tests/snapshots/demo-960x600.svg"), "utf8"), "the same SVG as the native renderer's snapshot");
  const text = drawnText(svg), data = JSON.parse(readFileSync(TREEMAP, "utf8"));
  assert.ok(text.includes(data.title), data.title);
  const [leading, pillar, characteristic] = data.tree.children;
  for (const tier of [leading, pillar, characteristic]) assert.ok(text.includes(tier.name), tier.name);
  for (const cluster of [...leading.children, ...pillar.children]) assert.ok(text.includes(cluster.name), cluster.name);
  // Values are in yuan: Intl's compact notation names the scale, the unit is said once (legend).
  assert.ok(text.includes("1 trillion"), "a cell's number from Intl.NumberFormat, compact");
  assert.ok(text.includes("3 trillion yuan"), "the legend's number with the unit");
});

test("renderSvg draws the gauge example as a well-formed grid of every gauge", async () => {
  const r = await inNode(`
    import { renderSvg } from "cluster-widgets/server";
    import { readFile } from "node:fs/promises";
    const bytes = await readFile(${JSON.stringify(GAUGES)});
    console.log(JSON.stringify({ svg: await renderSvg(bytes, { width: 1000 }), tall: await renderSvg(bytes, { width: 1000, height: 300 }) }));`);
  assertWellFormedSvg(r.svg);
  const data = JSON.parse(readFileSync(GAUGES, "utf8"));
  const [, width, height] = r.svg.match(/^<svg width="(\d+)" height="(\d+)"/).map(Number);
  assert.equal(width, 1000);
  assert.ok(height > 4 * 150, `the grid is as tall as its ${data.gauges.length} gauges (${height} px)`);
  assert.ok(+r.tall.match(/^<svg width="\d+" height="(\d+)"/)[1] > height, "a taller cell makes a taller grid");
  const text = drawnText(r.svg);
  assert.ok(text.includes(data.title), data.title);
  // Every gauge's title is drawn, whole or cut with an ellipsis where its cell is too narrow.
  for (const { title } of data.gauges) {
    const cut = (k) => text.includes(title.slice(0, k).trimEnd() + "…");
    const shown = text.includes(title) || Array.from({ length: title.length - 12 }, (_, i) => 12 + i).some(cut);
    assert.ok(shown, `gauge "${title}" is drawn`);
  }
  assert.ok(text.includes("2.82") && text.includes("6,438"), "baseline values, formatted");
});

test("renderSvg rejects bad data with every problem and its JSON path", async () => {
  const r = await inNode(`
    import { renderSvg } from "cluster-widgets/server";
    const out = [];
    for (const [data, options] of [
      [{ tree: { name: "All", children: [{ name: "A", value: -1 }, { name: "B", value: "x" }] } }],
      [JSON.stringify({ gauges: [{ title: "T" }, { title: "U", target: { value: "x" } }] })],
      ["{not json"],
      [{ tree: { name: "All", value: 1 } }, { width: -5 }],
    ]) {
      try { await renderSvg(data, options); out.push("resolved"); }
      catch (e) { out.push({ error: e instanceof Error, message: e.message, problems: e.problems }); }
    }
    console.log(JSON.stringify(out));`);
  const [treemap, gauges, json, options] = r;
  assert.deepEqual(treemap.problems.map((p) => p.path), ["tree.children[0].value", "tree.children[1].value"]);
  assert.ok(treemap.error && treemap.message.includes("tree.children[1].value"), "the message lists them too");
  assert.deepEqual(gauges.problems.map((p) => p.path), ["gauges[0]", "gauges[1].target.value"]);
  assert.match(gauges.problems[0].message, /target/);
  assert.equal(json.problems[0].path, "");
  assert.match(json.problems[0].message, /not valid JSON/);
  assert.ok(options.error);
  assert.match(options.problems[0].message, /options\.width/);
});

test("a failed start() can be retried, and the wasm then serves the ESM API in Node", async () => {
  const r = await inNode(`
    import { start, layoutTreemap, TreemapWidget } from "cluster-widgets";
    import { readFile } from "node:fs/promises";
    const out = {};
    try { await start(new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9])); out.first = "resolved"; } catch (e) { out.first = { error: e instanceof Error, message: String(e.message), problems: e.problems }; }
    try { await TreemapWidget.mount(null, {}); } catch (e) { out.mount = { problems: e.problems }; }
    const bytes = await readFile(new URL("./cluster_widgets_bg.wasm", import.meta.resolve("cluster-widgets/package.json")));
    await start(bytes);
    out.nodes = layoutTreemap({ tree: { name: "All", children: [{ name: "A", value: 3 }, { name: "B", value: 1 }] } }, 400, 300).nodes.length;
    console.log(JSON.stringify(out));`);
  assert.ok(r.first.error, "a module that is not wasm fails to start");
  assert.equal(r.first.problems?.[0]?.path, "", "with problems, like every error");
  assert.match(r.mount.problems[0].message, /needs a page; in Node, renderSvg/, "mount() in Node says what to use instead");
  assert.equal(r.nodes, 3, "the second start() compiled the module");
});

// TypeScript from examples/react-app's lockfile (scripts/consumer.sh examples/react-app installs it; make test runs
// that before these tests).
const tsc = path.join(root, "examples/react-app/node_modules/.bin/tsc");

test("the types hold for a Node project without React (NodeNext and bundler resolution, skipLibCheck off)", { skip: !existsSync(tsc) && "run scripts/consumer.sh examples/react-app first (it installs TypeScript)" }, async () => {
  writeFileSync(path.join(dir, "check.ts"), `
    import "cluster-widgets/elements";
    import { renderSvg, type ClusterWidgetsError, type RenderSvgOptions } from "cluster-widgets/server";
    import type { GaugeData, TreemapData } from "cluster-widgets";
    const treemap: TreemapData = { tree: { name: "All", value: 1 } };
    const gauge: GaugeData = { title: "Revenue", target: { value: 4e12 } };
    const options: RenderSvgOptions = { width: 400, height: 0 };
    export const svgs: Promise<string>[] = [renderSvg(treemap, options), renderSvg(gauge), renderSvg("{}"), renderSvg(new Uint8Array(2))];
    renderSvg("{}").catch((e: ClusterWidgetsError) => e.problems.map((p) => p.path + p.message));
    // @ts-expect-error: neither treemap nor gauge data
    renderSvg({ tree: 5 });
    // @ts-expect-error: width is a number
    renderSvg(treemap, { width: "400" });
  `);
  const common = ["--noEmit", "--strict", "--skipLibCheck", "false", "--target", "ES2022", "--lib", "ES2022,ESNext.Disposable,DOM", "check.ts"];
  for (const resolution of [["--module", "NodeNext", "--moduleResolution", "NodeNext"], ["--module", "ESNext", "--moduleResolution", "Bundler"]]) {
    const r = await run(tsc, [...resolution, ...common], { cwd: dir }).catch((e) => e);
    assert.equal(r.code ?? 0, 0, `tsc ${resolution.join(" ")}:\n${r.stdout}${r.stderr}`);
  }
});

test("the bin renders SVG for npm users, and exits 2 with the problems on stderr for bad data", async () => {
  const out = path.join(dir, "treemap.svg");
  let r = await bin(["render", TREEMAP, "-o", out]);
  assert.deepEqual({ code: r.code, stderr: r.stderr }, { code: 0, stderr: "" });
  const svg = readFileSync(out, "utf8");
  assertWellFormedSvg(svg);
  assert.equal(svg, readFileSync(path.join(root, "tests/snapshots/demo-960x600.svg"), "utf8"));

  r = await bin(["render", GAUGES, "--width", "800", "-o", "-"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<svg width="800" /);
  assertWellFormedSvg(r.stdout);

  const bad = path.join(dir, "bad.json"), badOut = path.join(dir, "bad.svg");
  writeFileSync(bad, JSON.stringify({ tree: { name: "All", children: [{ name: "A", value: -1 }] }, colour: "red" }));
  r = await bin(["render", bad, "-o", badOut]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /colour: unknown field "colour"/);
  assert.match(r.stderr, /tree\.children\[0\]\.value: expected a finite number >= 0, got -1/);
  assert.ok(r.stderr.startsWith(`cluster-widgets: ${bad}: `), r.stderr);
  assert.ok(!existsSync(badOut), "no file for bad data");

  r = await bin(["render", TREEMAP, "-o", path.join(dir, "treemap.png")]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /native CLI/);
  r = await bin(["render", TREEMAP, "--width", "wide", "-o", out]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--width: expected a number of pixels/);
  assert.match(r.stderr, /usage:/);
});
