#!/usr/bin/env bash
# Builds a consumer app against the packed package, as its users would: npm pack pkg/ -> install
# the tarball into the app -> type-check -> vite build. The app is examples/vite-app (Vite +
# TypeScript; tests/e2e/consumer.test.mjs loads it) unless named: `scripts/consumer.sh
# examples/react-app` (React 19, strict JSX types of cluster-widgets/elements; react.test.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-examples/vite-app}
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p target/pack
tarball=$(cd pkg && npm pack --silent --pack-destination ../target/pack | tail -1)
cd "$app"
# The tools from the app's lockfile; the package itself from the fresh tarball (not saved: its
# integrity changes with every build).
npm ci --no-audit --no-fund --loglevel=error
npm install --no-save --no-audit --no-fund --loglevel=error "$OLDPWD/target/pack/$tarball"
npx tsc --noEmit
npx vite build --logLevel warn
echo "$app/dist built against target/pack/$tarball"
