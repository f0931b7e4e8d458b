// What the widgets read from the page: their colours (CSS custom properties, normalised to
// #rrggbb through a canvas, which accepts any CSS colour, for the wasm renderer) and the media
// queries they follow.
let ctx;
function hex(value) {
  ctx ||= document.createElement("canvas").getContext("2d");
  ctx.fillStyle = "#000";
  ctx.fillStyle = value.trim();
  return ctx.fillStyle;
}

export function readTheme(element) {
  const css = getComputedStyle(element), get = (name) => hex(css.getPropertyValue("--cw-" + name) || "#000");
  return {
    background: get("background"), text: get("text"), muted: get("muted"), track: get("track"),
    palette: (css.getPropertyValue("--cw-palette").match(/[^,(]+(\([^)]*\))?/g) || []).map(hex),
  };
}

export const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

// Calls `changed` whenever the colour scheme or the screen's pixel ratio changes, until `signal`
// aborts. A resolution query matches one ratio only, so it is renewed after each change.
export function followScreen(signal, changed, rescheme) {
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", rescheme, { signal });
  const ratio = () => matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener("change", () => { changed(); ratio(); }, { once: true, signal });
  ratio();
}
