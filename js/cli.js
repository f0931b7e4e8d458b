#!/usr/bin/env node
// `npx cluster-widgets render DATA.json -o out.svg`: the package's bin, for npm users without
// Rust. The same arguments and exit codes as the native CLI (bad input: status 2, the problems
// on stderr); it writes SVG only (PNG needs the native CLI, which rasterises).
import { readFile, writeFile } from "node:fs/promises";
import { text } from "node:stream/consumers";
import { renderSvg } from "./server.js";

const USAGE = `usage:
  cluster-widgets render DATA.json [--width W] [--height H] -o OUT.svg
  cluster-widgets schema treemap|gauge
DATA.json is a treemap (it has "tree" or "rows") or target gauges ("target" or "gauges"); - reads
standard input. Default size 960 x 600 CSS pixels; for gauges --height is one gauge's height
(default: 3/4 of its width for arcs, 130 for bullets) and the image is as tall as the grid.
-o - writes the SVG to standard output. PNG: use the native CLI (cargo run --bin cluster-widgets).`;

class Usage extends Error {}

function parse(argv) {
  const args = { command: argv[0], input: null, output: null, width: 960, height: 0 };
  if (!args.command) throw new Usage("missing command");
  if (args.command == "schema") {
    args.input = argv[1] ?? null;
    if (!args.input) throw new Usage("schema needs treemap or gauge");
    return args;
  }
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Usage(`${arg} needs a value`);
      return argv[++i];
    };
    const pixels = (name) => {
      const v = value(), x = Number(v);
      if (v.trim() === "" || !Number.isFinite(x) || x < 1 || x > 20000) throw new Usage(`${name}: expected a number of pixels from 1 to 20000, got ${JSON.stringify(v)}`);
      return x;
    };
    if (arg == "--width" || arg == "-w") args.width = pixels("--width");
    else if (arg == "--height" || arg == "-h") args.height = pixels("--height");
    else if (arg == "-o" || arg == "--output") args.output = value();
    else if (args.input == null && (!arg.startsWith("-") || arg == "-")) args.input = arg;
    else throw new Usage(`unexpected argument ${JSON.stringify(arg)}`);
  }
  if (args.input == null) throw new Usage("missing the data file");
  return args;
}

async function run(args) {
  if (args.command == "schema") {
    if (args.input != "treemap" && args.input != "gauge") throw new Error(`no schema ${JSON.stringify(args.input)}: treemap or gauge`);
    process.stdout.write(await readFile(new URL(`./schemas/${args.input}.schema.json`, import.meta.url), "utf8"));
    return;
  }
  if (args.command != "render") throw new Usage(`unknown command ${JSON.stringify(args.command)}`);
  const out = args.output;
  if (out == null) throw new Usage("render needs -o OUT.svg");
  if (out.endsWith(".png")) throw new Error(`${out}: this CLI writes SVG; PNG needs the native CLI (cargo run --release --bin cluster-widgets -- render … -o ${out})`);
  if (out != "-" && !out.endsWith(".svg")) throw new Error(`${out}: write .svg`);
  const data = args.input == "-" ? await text(process.stdin) : await readFile(args.input, "utf8").catch((e) => {
    throw new Error(`${args.input}: ${e.code == "ENOENT" ? "no such file" : e.message}`);
  });
  let svg;
  try {
    // Height 0 leaves the default to the data's kind (600 for a treemap, a gauge's own for gauges).
    svg = await renderSvg(data, { width: args.width, height: args.height });
  } catch (e) {
    throw new Error(`${args.input == "-" ? "standard input" : args.input}: ${e.message}`);
  }
  if (out == "-") process.stdout.write(svg);
  else await writeFile(out, svg);
}

try {
  await run(parse(process.argv.slice(2)));
} catch (e) {
  console.error(`cluster-widgets: ${e.message}${e instanceof Usage ? `\n${USAGE}` : ""}`);
  process.exitCode = 2;
}
