// Small DOM helpers shared by the elements.
import { problem } from "./errors.js";

/** A new element; data reaches the DOM only as text, never as HTML. */
export function node(tag, className, text) {
  const n = document.createElement(tag);
  if (className) n.className = className;
  if (text != null) n.textContent = text;
  return n;
}

export const png = (canvas) => new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(problem("PNG encoding failed"))), "image/png"));

export const event = (type, detail, cancelable) => new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });

/** A message template with its {placeholders} filled; unknown ones stay as written. */
export const fill = (template, fields) => String(template).replace(/\{(\w+)\}/g, (m, k) => fields[k] ?? m);
