// Size is a tracked number: this fails when what a script-tag user loads grows past the budget
// the README documents. Raise the budget only with a reason in the commit that does it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const MIN_JS_BUDGET_GZIP = 100_000; // bytes: the goal of issue 5 (README, "Sizes")

test("cluster-widgets.min.js stays within its gzipped budget", () => {
  const bytes = readFileSync(path.join(root, "pkg/cluster-widgets.min.js"));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  console.log(`cluster-widgets.min.js: ${bytes.length} bytes, ${gzipped} gzipped (budget ${MIN_JS_BUDGET_GZIP})`);
  assert.ok(gzipped <= MIN_JS_BUDGET_GZIP, `${gzipped} bytes gzipped exceeds the budget of ${MIN_JS_BUDGET_GZIP}`);
});
