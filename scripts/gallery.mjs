// Screenshots of the demo pages at the widths readers use, light and dark, into out/gallery/
// (made by `make demo`; look at them after any change to what is drawn).
//   node scripts/gallery.mjs [page ...]
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { launch, pageUrl, repoRoot } from "../tests/e2e/browser.mjs";

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["www/index.html"];
const widths = [1280, 768, 414, 320];
const out = path.join(repoRoot, "out/gallery");
await mkdir(out, { recursive: true });
const browser = await launch();
try {
  for (const page of pages) {
    for (const scheme of ["light", "dark"]) {
      for (const width of widths) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
        const p = await context.newPage();
        await p.goto(pageUrl(page));
        // Every widget is drawn (or shows its error) once scrolled past: lazy drawing waits for the viewport.
        for (let y = 0; y < (await p.evaluate(() => document.body.scrollHeight)); y += 600) {
          await p.evaluate((y) => scrollTo(0, y), y);
          await p.waitForTimeout(50);
        }
        await p.waitForFunction(() => [...document.querySelectorAll("cluster-treemap,target-gauge")].every((e) => e.ready || e.error), null, { timeout: 20000 });
        await p.evaluate(() => scrollTo(0, 0));
        const file = path.join(out, `${path.basename(page, ".html")}-${width}-${scheme}.png`);
        await p.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
