// The shadow-root styles of both elements: one constructed stylesheet shared by every element
// (CSSOM, so it works under a strict `style-src 'self'` with no inline style attributes).
// The text ships as is (esbuild does not minify strings): keep it tight.
import { TREEMAP_CSS } from "./treemap-styles.js";
import { GAUGE_CSS } from "./gauge-styles.js";

// Theme variables, the hidden attribute and the error box: what both elements share.
const COMMON_CSS = `:host{display:block;position:relative;--cw-background:#fff;--cw-text:#1a1a1a;--cw-muted:#555;--cw-track:#e4e4e4;--cw-link:#0a58a8;--cw-tooltip-background:#1a1a1a;--cw-tooltip-text:#fff;--cw-tooltip-muted:#cfcfcf;--gap-edge:#005a8c;--cw-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--cw-text);font-family:var(--cw-font-family)}@media (prefers-color-scheme:dark){:host(:not([theme="light"])){--cw-background:#161616;--cw-text:#ededed;--cw-muted:#b4b4b4;--cw-track:#3a3a3a;--cw-link:#8ab4f8;--cw-tooltip-background:#f2f2f2;--cw-tooltip-text:#111;--cw-tooltip-muted:#444;--gap-edge:#56b4e9}}:host([theme="dark"]){--cw-background:#161616;--cw-text:#ededed;--cw-muted:#b4b4b4;--cw-track:#3a3a3a;--cw-link:#8ab4f8;--cw-tooltip-background:#f2f2f2;--cw-tooltip-text:#111;--cw-tooltip-muted:#444;--gap-edge:#56b4e9}:host([hidden]),[hidden]{display:none!important}canvas{display:block;width:100%;height:100%}.error{box-sizing:border-box;flex:1 1 auto;height:100%;min-height:0;max-width:100%;overflow:auto;overflow-wrap:anywhere;padding:12px 14px;margin:0;border:2px solid #d93025;border-radius:6px;background:color-mix(in srgb,#d93025 12%,var(--cw-background));color:var(--cw-text);font:13px/1.45 var(--cw-font-family)}.error strong{display:block;margin-bottom:6px;font-size:14px}.error pre{margin:0;white-space:pre-wrap;font:12px/1.5 ui-monospace,monospace}`;
const STYLES = COMMON_CSS + TREEMAP_CSS + GAUGE_CSS;

let sheet;
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}
