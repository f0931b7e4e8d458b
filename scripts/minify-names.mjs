// Shortens the names the wasm module and its JS glue use for each other: binaryen's
// minify-imports-and-exports-and-modules pass renames every import ("./cluster_widgets_bg.js" /
// "__wbg_fillRect_e1f0b9915220348b" becomes "a" / "u") and export ("treemap_render" becomes
// "oa") and prints the mapping, which is applied here to wasm-bindgen's glue (whose functions
// for imports the module no longer has are dropped). The hashed names
// are incompressible and appear in both files (the wasm is deflated apart from the JS), so this
// saves ~1.5 KB gzipped (DESIGN, "Wasm size"). Emscripten does the same at -Oz. One more -Oz
// round, with the functions' side effects computed first, finds another 0.3 KB after it.
// Run after wasm-pack: node scripts/minify-names.mjs pkg/cluster_widgets_bg.wasm pkg/cluster_widgets.js
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const [wasmPath, gluePath] = process.argv.slice(2);
// The features the module is built with (the wasm-pack profile's wasm-opt flags, Cargo.toml).
const features = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"];
const printed = execFileSync("wasm-opt", [wasmPath, ...features.map((f) => `--enable-${f}`),
  "--minify-imports-and-exports-and-modules", "--generate-global-effects", "-Oz", "-o", wasmPath], { encoding: "utf8" });
const map = JSON.parse(printed.slice(printed.indexOf("{")));

let glue = readFileSync(gluePath, "utf8");
const replaceAll = (pattern, to) => {
  const before = glue;
  glue = glue.replace(pattern, to);
  if (glue === before) throw new Error(`minify-names: ${pattern} not found in ${gluePath}`);
};
// Every import lives in one object, keyed by the module's name (which becomes "a").
const modules = new Set(map.imports.map(([module]) => module));
if (modules.size !== 1) throw new Error(`minify-names: expected one import module, got ${[...modules]}`);
replaceAll(`"${[...modules][0]}": import0`, `"a": import0`);
for (const [, from, to] of map.imports) replaceAll(new RegExp(`^(\\s+)${from}:`, "m"), `$1${to}:`);
// Exports are read as wasm.<name>; some (the module's own helpers) the glue never reads.
for (const [from, to] of map.exports) {
  const pattern = new RegExp(`\\bwasm\\.${from}\\b`, "g");
  if (pattern.test(glue)) glue = glue.replace(pattern, `wasm.${to}`);
}
// Glue for imports the optimised module no longer has (code LLVM found dead, such as the canvas
// backend's stroke path, which no scene uses) goes too: each is one `name: function` entry.
glue = glue.replace(/^ {8}__wbg_\w+: function\(.*\) \{\n[\s\S]*?\n {8}\},\n/gm, "");
writeFileSync(gluePath, glue);

// The module must link against the rewritten glue: every import has its function.
const needed = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath)));
const missing = needed.filter((i) => !new RegExp(`^\\s+${i.name}:`, "m").test(glue));
if (missing.length) throw new Error(`minify-names: imports without a function: ${missing.map((i) => i.name)}`);
// wasm-pack's declarations of the raw exports would name what no longer exists.
rmSync(wasmPath.replace(/\.wasm$/, ".wasm.d.ts"), { force: true });
