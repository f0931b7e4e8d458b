// Where an element's data comes from: the `data` property, else a JSON `data` attribute, else
// a child <script type="application/json">, else `src` (fetched over http, once per URL).
import { problem } from "./errors.js";

const fetched = new WeakMap(); // element → {src, text: Promise}

async function fetchText(src) {
  if (location.protocol == "file:") {
    throw problem(`The data is at src="${src}", which a page opened from file:// cannot fetch. Put the JSON in a child <script type="application/json"> instead, or serve the page over http.`, "src");
  }
  const r = await fetch(src).catch((e) => { throw problem(`src="${src}": ${e.message}`, "src"); });
  if (!r.ok) throw problem(`src="${src}": the server answered ${r.status} ${r.statusText}`, "src");
  return r.text();
}

/** The data to draw (JSON text or an object), or undefined when there is none yet. */
export async function dataOf(element, property) {
  if (property !== undefined) return property;
  const attribute = element.getAttribute("data");
  if (attribute != null) {
    try {
      JSON.parse(attribute);
    } catch {
      throw problem(`data="${attribute.slice(0, 60)}" is not JSON: set the data property, not the attribute`, "data");
    }
    return attribute;
  }
  const script = element.querySelector(':scope>script[type="application/json"]');
  if (script) return script.textContent;
  const src = element.getAttribute("src");
  if (!src) return;
  let f = fetched.get(element);
  if (f?.src != src) {
    fetched.set(element, (f = { src, text: fetchText(src) }));
    f.text.catch(() => fetched.get(element) == f && fetched.delete(element)); // a failure is tried again next time
  }
  return f.text;
}

// Data set from JS often comes right after the elements are defined, or a little later: "no
// data" is said only once the page has loaded and its scripts of that turn have run.
export const afterLoad = (fn) => (document.readyState == "complete" ? setTimeout(fn) : addEventListener("load", () => setTimeout(fn), { once: true }));

// Data with `fields` laid over its own (JSON text is parsed; text that is not JSON goes on as it
// is, for the validator to word). For the element's `strings`, and the treemap's attributes.
export function over(data, fields) {
  if (typeof data == "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return data;
    }
  }
  return { ...data, ...fields(data ?? {}) };
}
