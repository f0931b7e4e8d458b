// Saves a headless-Chromium screenshot of a demo page: node scripts/screenshot.mjs PAGE OUT.png [WIDTH]
import { launch, open } from "../tests/e2e/browser.mjs";

const [page = "www/index.html", out = "out/demo.png", width = "1280"] = process.argv.slice(2);
const browser = await launch();
try {
  const { page: p, errors } = await open(browser, page, { width: Number(width), height: 900 });
  await p.waitForFunction(() => [...document.querySelectorAll("cluster-treemap")].every((e) => e.rendered || e.error));
  await p.screenshot({ path: out, fullPage: true });
  if (errors.length) console.error("page errors:\n" + errors.join("\n"));
  console.log(out);
} finally {
  await browser.close();
}
