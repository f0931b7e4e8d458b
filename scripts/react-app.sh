#!/usr/bin/env bash
# Builds the React 19 + TypeScript app against the packed package: npm pack pkg/ -> install the
# tarball into examples/react-app -> type-check (strict, the JSX types of cluster-widgets/elements)
# -> vite build. tests/e2e/react.test.mjs then loads it in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p target/pack
tarball=$(cd pkg && npm pack --silent --pack-destination ../target/pack | tail -1)
cd examples/react-app
# React, its types and the tools from the example's lockfile; the package itself from the fresh
# tarball (not saved: its integrity changes with every build).
npm ci --no-audit --no-fund --loglevel=error
npm install --no-save --no-audit --no-fund --loglevel=error "../../target/pack/$tarball"
npx tsc --noEmit
npx vite build --logLevel warn
echo "examples/react-app/dist built against target/pack/$tarball"
