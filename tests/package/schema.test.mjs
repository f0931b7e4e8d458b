// The shipped JSON Schemas (generated from the Rust types; see src/model/schema.rs) accept the
// demo data and reject what the validator rejects, checked with Ajv (JSON Schema 2020-12).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const json = (p) => JSON.parse(readFileSync(path.join(root, p), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat("double", true).addFormat("int64", true).addFormat("uint", true);
const treemap = ajv.compile(json("schemas/treemap.schema.json"));
const gauge = ajv.compile(json("schemas/gauge.schema.json"));

test("the demo data is valid against the schemas", () => {
  assert.ok(treemap(json("examples/33618.treemap.json")), JSON.stringify(treemap.errors));
  assert.ok(treemap(json("tests/fixtures/flare.json")), JSON.stringify(treemap.errors));
  assert.ok(gauge(json("examples/2027-targets.gauges.json")), JSON.stringify(gauge.errors));
});

test("the schemas reject unknown fields, wrong types and missing essentials", () => {
  assert.equal(treemap({ titel: "x", tree: { name: "r", value: 1 } }), false, "unknown field");
  assert.equal(treemap({ tree: { name: "r", value: -5 } }), false, "negative value");
  assert.equal(treemap({ tree: { value: 1 } }), false, "missing name");
  assert.equal(treemap({ title: "no hierarchy" }), false, "tree or rows is required");
  assert.equal(treemap({ options: { tiling: "spiral" }, tree: { name: "r", value: 1 } }), false, "unknown tiling");
  assert.equal(gauge({ title: "x" }), false, "a gauge needs a target");
  assert.equal(gauge({ title: "x", target: { value: "4" } }), false, "a number");
  assert.equal(gauge({ gauges: [] }), false, "at least one gauge");
  assert.ok(gauge({ title: "x", target: { value: 4 }, style: "bullet", startAngle: -90, endAngle: 90 }));
});
