// The DOM around the treemap's canvas: the header (title, subtitle; while drilled the current
// level's name under the system's title as a kicker), the breadcrumb bar with "↑ Up", the tier
// legend and the footer (source, assumed-value note). Every data text is set as textContent;
// the element's own words are the wasm's `strings()` (before the wasm is ready: the data's own
// `strings`, else none — no English flash on a Chinese page).
import { node, fill } from "./dom.js";

export class Figure {
  head = node("header", "head");
  #kicker = node("p", "kicker");
  #headline = node("p", "headline");
  #sub = node("p", "sub");
  bar = node("div", "bar");
  crumbs = node("nav", "crumbs");
  up = node("button", "up");
  tiers = node("div", "tiers");
  foot = node("footer", "foot");
  #tail = node("div", "tail");
  #source = node("p");
  #note = node("p");
  #legend = "";

  /** `words`: the element's messages by key (the wasm's `strings()`), settable for new data. */
  constructor(words) {
    this.words = words;
    this.up.type = "button";
    this.#headline.setAttribute("role", "heading");
    this.#headline.setAttribute("aria-level", "2");
    this.head.append(this.#kicker, this.#headline, this.#sub);
    this.bar.append(this.crumbs, this.up);
    this.foot.append(this.#source, this.#note);
    this.#tail.append(this.tiers, this.foot);
    this.#note.hidden = this.tiers.hidden = true;
  }

  /** The parts in their order around the stage; `after`: more for the end of the part under
   *  it (legend, footer, then these), which scrolls in a short slot. */
  parts(stage, ...after) {
    this.#tail.append(...after);
    return [this.head, this.bar, stage, this.#tail];
  }

  /** Header and breadcrumb for the current level (`path`: the wasm's breadcrumb). */
  level({ title, subtitle, source }, path) {
    const drilled = path.length > 1, here = path.at(-1)?.name;
    text(this.#kicker, drilled && title);
    text(this.#headline, drilled ? here : title);
    text(this.#sub, subtitle);
    const w = this.words;
    text(this.#source, source && fill(w.source, { source }));
    this.#note.textContent = w.assumedNote ?? "";
    this.up.textContent = w.up ?? "";
    this.crumbs.setAttribute("aria-label", fill(w.levels ?? "{title}", { title: title || "Treemap" }));
    this.#foot();
    this.head.hidden = !this.#headline.textContent && !this.#sub.textContent;
    // Every level above is a button; the current one is text (no tab stop that does nothing).
    this.crumbs.replaceChildren(...path.flatMap((c, i) => {
      const last = i == path.length - 1, b = node(last ? "span" : "button", 0, c.name);
      if (last) b.setAttribute("aria-current", "location");
      else {
        b.type = "button";
        b.value = c.node;
      }
      return i ? [node("span", "sep", "›"), b] : [b];
    }));
    // At the top the one crumb would repeat the title: the bar shows only while drilled.
    this.bar.hidden = this.up.hidden = !drilled;
  }

  /** The tier legend from `tm.legend()`; rebuilt only when what it says changed. */
  legend(lg) {
    const key = JSON.stringify(lg);
    if (key == this.#legend) return;
    this.#legend = key;
    const tiers = lg?.tiers || [];
    this.#note.hidden = !lg?.assumed;
    this.#foot();
    this.tiers.hidden = !tiers.length;
    const list = node("ul");
    const w = this.words;
    list.setAttribute("aria-label", lg?.unit ? fill(w.tiersIn ?? "", { unit: lg.unit }) : w.tiers ?? "");
    for (const t of tiers) {
      const li = item(t, "b"), swatch = node("span", "swatch");
      swatch.style.background = t.color;
      li.prepend(swatch);
      if (t.groups?.length) {
        const sub = node("ul");
        sub.append(...t.groups.map((g) => item(g, "span")));
        li.append(sub);
      }
      list.append(li);
    }
    this.tiers.replaceChildren(list);
  }

  #foot() {
    this.foot.hidden = this.#source.hidden && this.#note.hidden;
  }
}

function text(el, value) {
  el.textContent = value || "";
  el.hidden = !value;
}

// One legend entry: the name, then its total and share ("30,000 · 50%").
function item({ name, value, share }, tag) {
  const li = node("li");
  li.append(node(tag, 0, name), node("span", "n", [value, share].filter(Boolean).join(" · ")));
  return li;
}
