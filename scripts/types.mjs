// Generates the package's data-format types (pkg/types/*.d.ts) from the JSON Schemas, which are
// themselves generated from the Rust types: one source of truth, no hand-copied shapes.
import { compile } from "json-schema-to-typescript";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

mkdirSync("pkg/types", { recursive: true });
for (const [name, file] of [["TreemapData", "treemap"], ["GaugeData", "gauge"]]) {
  const schema = JSON.parse(readFileSync(`schemas/${file}.schema.json`, "utf8"));
  // "tree or rows" is a oneOf of `required` lists: TypeScript cannot say it without an index
  // signature that would let typos through, so the types keep both optional.
  delete schema.oneOf;
  schema.title = name;
  const ts = await compile(schema, name, { bannerComment: "// Generated from schemas/" + file + ".schema.json by scripts/types.mjs.", additionalProperties: false });
  writeFileSync(`pkg/types/${file}.d.ts`, ts);
}
