// Writes target/bundle/wasm-deflated.js: the wasm module deflate-compressed (raw, level 9) and
// base64-encoded, as an ES module's default export. Inlined into cluster-widgets.min.js and
// inflated in the browser with DecompressionStream("deflate-raw"): base64 of compressed bytes
// gzips to about the compressed size, where base64 of the raw module costs ~30 % more.
import { deflateRawSync } from "node:zlib";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const [input = "pkg/cluster_widgets_bg.wasm", output = "target/bundle/wasm-deflated.js"] = process.argv.slice(2);
const deflated = deflateRawSync(readFileSync(input), { level: 9 });
mkdirSync(output.replace(/\/[^/]*$/, ""), { recursive: true });
writeFileSync(output, `export default ${JSON.stringify(deflated.toString("base64"))};\n`);
