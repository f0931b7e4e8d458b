// `import "cluster-widgets/elements"`: defines <cluster-treemap> and <target-gauge> on import.
// They hold their `data` and draw once the wasm is ready; the module is fetched (start()) when
// the first element needs it.
import { start } from "./index.js";
import { defineElements } from "./define.js";

defineElements(() => start());
