import { PLAIN, type Model, type Style } from './arbitraries.js';
import { render2021, F2021_LAYOUTS } from './render-2021.js';
import { renderLegacy, LEGACY_LAYOUTS } from './render-legacy.js';
import type { Rendered } from './writer.js';

export type { Rendered } from './writer.js';
export const LAYOUTS = { legacy: LEGACY_LAYOUTS, '2021': F2021_LAYOUTS } as const;

/**
 * A number as the recogniser reads it back: ASCII digits, thousands separators kept (万元 amounts
 * keep their decimals).
 */
export function numberText(x: number, style: Style = PLAIN): string {
  const plain = Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
  return style.thousands ? plain.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ',')) : plain;
}

/** A number as the report writes it: numberText, in full-width characters when the style says so. */
export function written(x: number, style: Style): string {
  const t = numberText(x, style);
  return style.fullWidth ? t.replace(/[\d.,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x20 + 0xff00)) : t;
}

/** A model in one of its format's layouts; `text` overrides how a value is written. */
export function render(m: Model, layout: string, text: (key: string) => string = (k) => written(m.values.get(k)!, m.style)): Rendered {
  const r = m.format === 'legacy' ? renderLegacy(m, layout as (typeof LEGACY_LAYOUTS)[number], text) : render2021(m, layout as (typeof F2021_LAYOUTS)[number], text);
  return m.style.crlf ? { ...r, text: r.text.replace(/\n/g, '\r\n') } : r;
}
