// What the widgets read from the page: their colours (CSS custom properties, normalised to
// #rrggbb through a canvas, which accepts any CSS colour, for the wasm renderer) and the media
// queries they follow.
// An unreadable value keeps the widget's default (light or dark, as in styles.js) and is reported
// once per element and property: a canvas keeps its previous fillStyle for an invalid colour, so
// a value that comes out differently after two different sentinels is not a colour.
let ctx;
const DEFAULTS = { background: ["#ffffff", "#161616"], text: ["#1a1a1a", "#ededed"], muted: ["#555555", "#b4b4b4"], track: ["#e4e4e4", "#3a3a3a"] };
const warned = new WeakMap();
function hex(value, fallback, element, name) {
  ctx ||= document.createElement("canvas").getContext("2d");
  value = value.trim();
  if (!value) return fallback;
  ctx.fillStyle = "#000";
  ctx.fillStyle = value;
  const a = ctx.fillStyle;
  ctx.fillStyle = "#fff";
  ctx.fillStyle = value;
  if (a == ctx.fillStyle) return a;
  const seen = warned.get(element) || new Set();
  warned.set(element, seen);
  if (!seen.has(name)) console.warn(`<${element.localName}>: ${name}: "${value}" is not a colour; using the default${fallback && " " + fallback}`);
  seen.add(name);
  return fallback;
}

// Forced colours (Windows high contrast): the system's own colours, as the forced palette
// resolves them (on a probe that keeps its colours), for the wasm renderer.
function systemTheme(element) {
  const probe = element.shadowRoot.appendChild(document.createElement("i"));
  probe.style.forcedColorAdjust = "none";
  // Opaque: a translucent system colour (Highlight can be) is drawn at full strength.
  const get = (name) => ((probe.style.color = name), hex(getComputedStyle(probe).color.replace(/a\((.*),.*\)/, "($1)"), "", element, name));
  const theme = { background: get("Canvas"), text: get("CanvasText"), muted: get("GrayText"), highlight: get("Highlight"), palette: [] };
  probe.remove();
  return { ...theme, track: theme.muted, fontFamily: getComputedStyle(element).getPropertyValue("--cw-font-family").trim() };
}

export function readTheme(element) {
  if (matchMedia("(forced-colors: active)").matches) return systemTheme(element);
  const css = getComputedStyle(element), theme = element.getAttribute("theme");
  const dark = +(theme == "dark" || (theme != "light" && matchMedia("(prefers-color-scheme: dark)").matches));
  const get = (name) => hex(css.getPropertyValue("--cw-" + name), DEFAULTS[name][dark], element, "--cw-" + name);
  return {
    background: get("background"), text: get("text"), muted: get("muted"), track: get("track"), fontFamily: css.getPropertyValue("--cw-font-family").trim(),
    palette: (css.getPropertyValue("--cw-palette").match(/[^,(]+(\([^)]*\))?/g) || []).map((v) => hex(v, "", element, "--cw-palette")), // "": the theme's own colour at that place
  };
}

export const reducedMotion = () => matchMedia("(prefers-reduced-motion: reduce)").matches;

// Calls `changed` whenever the colour scheme or the screen's pixel ratio changes, until `signal`
// aborts. A resolution query matches one ratio only, so it is renewed after each change.
export function followScreen(signal, changed, rescheme) {
  for (const q of ["(prefers-color-scheme: dark)", "(forced-colors: active)"]) matchMedia(q).addEventListener("change", rescheme, { signal });
  const ratio = () => matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener("change", () => { changed(); ratio(); }, { once: true, signal });
  ratio();
}
