// The Table view (issue 14, as Highcharts' export-data offers): a toggle under the treemap that
// shows every node as a row of an HTML table — name, tier path, value with its unit, share of
// its parent and of the total, assumed — and a CSV download of the same rows. Data reaches the
// DOM as text only; CSV cells that a spreadsheet would run as a formula are quoted with '.
import { node } from "./dom.js";

export class TableView {
  toggle = node("button", "table-toggle");
  box = node("div", "table");
  #rows = [];
  #url;

  constructor() {
    this.toggle.type = "button";
    this.toggle.setAttribute("aria-pressed", "false");
    this.box.hidden = true;
    this.toggle.onclick = () => this.#show(this.box.hidden);
  }

  /** New words or data: `rows` are the outline's, `meta` {words, unit, title, lang, total}
   *  (total: the root's value). */
  set(rows, meta) {
    this.#rows = rows;
    this.meta = meta;
    this.toggle.textContent = meta.words.table;
    if (!this.box.hidden) this.#show(true);
  }

  #show(on) {
    this.box.hidden = !on;
    this.toggle.setAttribute("aria-pressed", on);
    URL.revokeObjectURL(this.#url);
    if (!on) return this.box.replaceChildren();
    const { words, unit, title, lang, total } = this.meta, rows = this.#rows;
    const percent = new Intl.NumberFormat(lang || undefined, { style: "percent", maximumFractionDigits: 1 });
    const cells = rows.map(({ d, parent }) => [
      d.name,
      d.path.slice(0, -1).join(" › "),
      d.valueText,
      percent.format(d.value / (parent ? parent.d.value : total) || 0),
      percent.format(d.value / total || 0),
      d.assumed ? words.assumedValue : "",
    ]);
    const table = node("table"), head = node("tr");
    table.append(node("caption", 0, title || ""));
    head.append(...String(words.tableColumns).split("|").map((c) => th(c.trim(), "col")));
    table.append(node("thead"), node("tbody"));
    table.tHead.append(head);
    for (const row of cells) {
      const tr = node("tr");
      tr.append(th(row[0], "row"), ...row.slice(1).map((c) => node("td", 0, c)));
      table.tBodies[0].append(tr);
    }
    const link = node("a", "download", words.downloadCsv);
    link.download = `${(title || "treemap").replace(/[\\/:*?"<>|]+/g, " ").trim()}.csv`;
    link.href = this.#url = URL.createObjectURL(new Blob(["\ufeff" + csv(rows, unit, total)], { type: "text/csv" }));
    this.box.replaceChildren(link, table);
  }
}

function th(text, scope) {
  const cell = node("th", 0, text);
  cell.scope = scope;
  return cell;
}

// The rows as data: raw values and shares (what a spreadsheet computes with), one per node.
function csv(rows, unit, total) {
  const lines = [["name", "path", "value", "unit", "shareOfParent", "shareOfTotal", "assumed", "description", "note"]];
  for (const { d, parent } of rows) {
    const share = (of) => (of ? +(d.value / of).toPrecision(6) : "");
    lines.push([d.name, d.path.slice(0, -1).join(" > "), d.value, unit ?? "", share(parent ? parent.d.value : total), share(total), d.assumed, d.description ?? "", d.note ?? ""]);
  }
  return lines.map((l) => l.map(cell).join(",")).join("\r\n") + "\r\n";
}

// RFC 4180 quoting; text a spreadsheet would take for a formula starts with ' (OWASP).
function cell(v) {
  let s = String(v);
  if (typeof v == "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
