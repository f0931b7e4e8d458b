#!/usr/bin/env bash
# Builds pkg/: the wasm-pack ESM package and pkg/cluster-widgets.min.js (one classic script with
# the wasm inlined), then prints what the package ships, raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# --mode no-install: never download anything; wasm-opt comes from npm `binaryen` on PATH.
wasm-pack --log-level warn build --release --target web --mode no-install --out-dir pkg --out-name cluster_widgets
# Short import and export names in the module and its glue (the hashed ones do not compress).
node scripts/minify-names.mjs pkg/cluster_widgets_bg.wasm pkg/cluster_widgets.js

node scripts/deflate-wasm.mjs pkg/cluster_widgets_bg.wasm target/bundle/wasm-deflated.js
esbuild js/bundle.js --bundle --format=iife --minify --target=es2022 \
  --log-level=error --outfile=pkg/cluster-widgets.min.js

# The JSON Schemas of both formats ship with the package (generated; see `make schemas`), and
# the TypeScript types of the data are generated from them.
mkdir -p pkg/schemas && cp schemas/*.schema.json pkg/schemas/
node scripts/types.mjs

# The npm package: our package.json (exports map) over wasm-pack's, the ESM API and elements.
# Every module of js/ but bundle.js (the one-file script's entry, built below).
cp js/package.json js/*.d.ts pkg/
for f in js/*.js; do [ "$f" = js/bundle.js ] || cp "$f" pkg/; done
# The Node entry (cluster-widgets/server: renderSvg, no DOM) and the package's bin (SVG only).
chmod +x pkg/cli.js
rm -f pkg/.gitignore pkg/README.md

# gzip sizes with zlib level 9, as tests/package/size.test.mjs measures them.
echo "pkg/ sizes (bytes):"
node -e '
const fs = require("fs"), zlib = require("zlib");
for (const f of process.argv.slice(1)) {
  const bytes = fs.readFileSync(f);
  console.log(`  ${f.padEnd(32)} raw ${String(bytes.length).padStart(8)}   gzip ${String(zlib.gzipSync(bytes, { level: 9 }).length).padStart(8)}`);
}' pkg/cluster_widgets_bg.wasm pkg/cluster_widgets.js pkg/cluster-widgets.min.js
