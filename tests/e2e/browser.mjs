// Shared launcher for the end-to-end tests and the demo screenshot: Debian's Chromium driven by
// playwright-core (never `playwright install`, which would download a browser).
import { chromium } from "playwright-core";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function pageUrl(relative) {
  return pathToFileURL(path.join(repoRoot, relative)).href;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--no-first-run", "--disable-dev-shm-usage", "--disable-sync", "--disable-quic",
    ],
  });
}

// The page's console errors and uncaught exceptions, as they happen.
export function watchErrors(page) {
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

// Opens a page and collects its console errors and uncaught exceptions.
export async function open(browser, relative, { width = 1280, height = 900, deviceScaleFactor = 1, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, colorScheme });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(pageUrl(relative));
  return { page, context, errors };
}

// What a screen reader says for the treemap's keyboard focus: the name of the canvas's active
// tree item (the focused cell), else the live region's text ("" when neither says anything).
export const spoken = (page, selector = "cluster-treemap") => page.evaluate((s) => {
  const root = document.querySelector(s).shadowRoot, id = root.querySelector("canvas").getAttribute("aria-activedescendant");
  return (id && root.getElementById(id)?.getAttribute("aria-label")) || root.querySelector("[aria-live]").textContent;
}, selector);
