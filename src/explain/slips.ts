/**
 * Typing slips a person makes when copying a number into a table: what turns the suggested value
 * into the one printed. A slip does not make a change more necessary, only more likely, so it
 * orders equally small explanations (src/explain/localise.ts) and is named in the message.
 */
export type Slip = 'transposition' | 'extra-digit' | 'missing-digit' | 'unit' | 'neighbour-column';

/** The slip that turns `intended` (the suggested value) into `printed`, if it is one of the usual ones. */
export function slipOf(printed: string, intended: number): Slip | undefined {
  const to = formatValue(intended);
  const from = printed.replace(/,/g, '');
  if (from === to) return undefined;
  if (isTransposition(from, to)) return 'transposition';
  if (from.length === to.length + 1 && dropsOneDigit(from, to)) return 'extra-digit';
  if (to.length === from.length + 1 && dropsOneDigit(to, from)) return 'missing-digit';
  const value = Number(from);
  if (intended !== 0 && Math.abs(value - intended * 10000) <= 1e-6 * Math.max(1, Math.abs(value))) return 'unit';
  return undefined;
}

/**
 * Two cells side by side in one row where the number of one was typed into the other: the value
 * printed in one is what the other should hold.
 */
export function isNeighbourSlip(a: { printed: number; intended: number }, b: { printed: number; intended: number }): boolean {
  return a.printed !== a.intended && b.printed !== b.intended && (a.printed === b.intended || b.printed === a.intended);
}

/** 27 ↔ 72, 116 ↔ 161: the same digits, two neighbours swapped. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** `longer` with one digit taken out is `shorter` (1326 ↔ 13226). */
function dropsOneDigit(longer: string, shorter: string): boolean {
  if (!/^\d+$/.test(longer) || !/^\d+$/.test(shorter)) return false;
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/** A value as it would be printed: whole numbers without a decimal point, others to six places at most. */
export function formatValue(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
