import { expanded } from '../check/run-rule.js';
import type { Lang } from '../check/types.js';
import type { CheckDef, Operand, RuleDef, Severity, TableDef } from '../packs.js';
import type { BoundValue } from '../recognise/bound.js';
import type { Report } from '../recognise/report.js';
import type { Span } from '../source-text.js';

/**
 * A number the search may change: a table cell, or a number in the prose that a claim check
 * compares with the table (src/explain/prose-constraints.ts).
 */
export interface CellVar {
  key: string;
  value: number;
  /** The number as printed. */
  text: string;
  /** Count cells must stay whole numbers when changed. */
  integer: boolean;
  span: Span;
  /** Template table id; prose numbers take the table of the cells they are compared with. */
  table: string;
  /** The cell is the total of a sum (or the single side of an equality with a sum). */
  total: boolean;
  // The fields below are always present, undefined when they do not apply: cells of one shape
  // keep V8's code for the search (localise.ts) from being thrown away when a prose number, or
  // a cell only a claim compares, joins the table's cells.
  bound: BoundValue | undefined;
  /** Row and column in the template table (a record table is one row), to tell neighbouring cells. */
  position: { table: string; row: number; col: number } | undefined;
  /** What a person calls it, for prose numbers (table cells use valueName). */
  proseLabel: { zh: string; en: string } | undefined;
}

/**
 * One evaluated check as a linear relation Σ coef·x (op) 0 over cell keys. Only `sum` and
 * `compare` checks become constraints; a check with a missing or blank operand is not evaluable
 * and no change of a number could make it so, so it is left out.
 */
export interface Constraint {
  ruleId: string;
  terms: Map<string, number>;
  /**
   * `terms` as two arrays in its order, for the loops over them: the search tries every change
   * against every check it touches, and through a Map's iterator a report with findings took
   * ~3 % longer (1,010 against 974 µs, bench corpus, one thread).
   */
  termKeys: readonly string[];
  termCoefs: Float64Array;
  op: '=' | '<=' | '>=';
  tolerance: number;
  failing: boolean;
  /** Where the check's finding is reported, to find its message again. */
  at: Span;
}

export interface ConstraintSet {
  cells: Map<string, CellVar>;
  constraints: Constraint[];
}

export interface ConstraintOptions {
  severities: Record<string, Severity>;
  tolerance?: number;
  ruleTolerance?: Record<string, number>;
  lang: Lang;
}

/** Every evaluable sum/compare check of the report's pack, as linear constraints with their state. */
export function tableConstraints(report: Report, options: ConstraintOptions): ConstraintSet {
  const cells = new Map<string, CellVar>();
  const constraints: Constraint[] = [];
  if (!report.pack) return { cells, constraints };
  const totals = totalKeys(report.pack.rules);
  // The report's numbers by the pack's key index, read once: a check's cells are then tested
  // and summed from arrays, not looked up by key for every check they are in.
  const packKeys = keysOfPack(report.pack.rules);
  const numbers = new Float64Array(keyIndex.size);
  const isNumber = new Uint8Array(keyIndex.size);
  for (const [key, i] of packKeys) {
    const v = report.values.get(key)?.value;
    if (v?.kind === 'number') {
      numbers[i] = v.value;
      isNumber[i] = 1;
    }
  }
  for (const rule of report.pack.rules) {
    if ((options.severities[rule.id] ?? rule.severity) === 'off') continue;
    const tolerance = options.ruleTolerance?.[rule.id] ?? options.tolerance ?? 0;
    for (const shape of shapesOf(rule)) {
      if (!allNumbers(shape.keyIndices, isNumber)) continue;
      const c: Constraint = {
        ruleId: rule.id,
        terms: shape.terms,
        termKeys: shape.termKeys,
        termCoefs: shape.termCoefs,
        op: shape.op,
        tolerance,
        failing: false,
        at: report.values.get(shape.reportedKey)!.value.span,
      };
      c.failing = !holdsFor(shape, numbers, tolerance);
      for (const key of shape.keys) {
        if (cells.has(key)) continue;
        const b = report.values.get(key)!;
        if (b.value.kind !== 'number') continue;
        cells.set(key, {
          key,
          value: b.value.value,
          text: b.value.text,
          integer: b.value.integer,
          span: b.value.span,
          table: b.tableDef.id,
          total: totals.has(key),
          bound: b,
          position: positionOf(b),
          proseLabel: undefined,
        });
      }
      constraints.push(c);
    }
  }
  return { cells, constraints };
}

/**
 * Where a value is in its template table. Its table is the first of the report's to hold its key
 * (report.values keeps the first value of a key), worked out for the cells a constraint names
 * only, not for every value of the report.
 */
function positionOf(b: BoundValue): CellVar['position'] {
  const def = b.tableDef;
  const { items, columns } = placesOf(def);
  const item = items.get(b.item) ?? -1;
  if (def.kind === 'record') return { table: def.id, row: 0, col: item };
  return { table: def.id, row: item, col: b.column ? (columns.get(b.column.id) ?? -1) : 0 };
}

function allNumbers(indices: Int32Array, isNumber: Uint8Array): boolean {
  for (let i = 0; i < indices.length; i++) if (isNumber[indices[i]] === 0) return false;
  return true;
}

/** holds() of a shape's constraint, its values read from `numbers` (the same sum, in the same order). */
function holdsFor(shape: ConstraintShape, numbers: Float64Array, tolerance: number): boolean {
  let r = 0;
  let whole = true;
  for (let i = 0; i < shape.termIndices.length; i++) {
    const v = numbers[shape.termIndices[i]];
    r += shape.termCoefs[i] * v;
    whole &&= Number.isInteger(v);
  }
  return within(r, shape.op, whole ? 1e-9 : Math.max(tolerance, 1e-9));
}

/**
 * A sum or compare check as a relation over its cells: what every report shares, made once
 * per rule. `terms` is shared by the constraints of every report (never changed).
 */
interface ConstraintShape {
  terms: Map<string, number>;
  op: Constraint['op'];
  /** The cells in the check's order (left then right), each once. */
  keys: string[];
  reportedKey: string;
  /** `keys`, and the terms in their order, by their index (indexOfKey). */
  keyIndices: Int32Array;
  termIndices: Int32Array;
  /** The terms in their order. */
  termKeys: string[];
  termCoefs: Float64Array;
}

const shapesOfRule = new WeakMap<RuleDef, ConstraintShape[]>();

function shapesOf(rule: RuleDef): ConstraintShape[] {
  let shapes = shapesOfRule.get(rule);
  if (!shapes) {
    shapes = [];
    for (const check of expanded(rule)) {
      const shape = shapeOf(check);
      if (shape) shapes.push(shape);
    }
    shapesOfRule.set(rule, shapes);
  }
  return shapes;
}

/** A number for every cell key a sum or compare check names, in any pack: where it is in the arrays of a report's numbers. */
const keyIndex = new Map<string, number>();

function indexOfKey(key: string): number {
  let i = keyIndex.get(key);
  if (i === undefined) keyIndex.set(key, (i = keyIndex.size));
  return i;
}

const keysOfRules = new WeakMap<RuleDef[], Array<[string, number]>>();

/** Every key the checks of a pack's rules name, with its index, each once; made once per pack. */
function keysOfPack(rules: RuleDef[]): Array<[string, number]> {
  let keys = keysOfRules.get(rules);
  if (!keys) {
    const seen = new Map<string, number>();
    for (const rule of rules) for (const shape of shapesOf(rule)) for (const k of shape.keys) seen.set(k, indexOfKey(k));
    keys = [...seen];
    keysOfRules.set(rules, keys);
  }
  return keys;
}

function shapeOf(check: CheckDef): ConstraintShape | undefined {
  let left: Operand;
  let right: Operand;
  let op: Constraint['op'];
  if (check.kind === 'sum') [left, op, right] = [check.total, '=', { sum: check.parts }];
  else if (check.kind === 'compare') [left, op, right] = [check.left, check.op, check.right];
  else return undefined;
  const l = keysOf(left);
  const r = keysOf(right);
  const terms = new Map<string, number>();
  for (const k of l) terms.set(k, (terms.get(k) ?? 0) + 1);
  for (const k of r) terms.set(k, (terms.get(k) ?? 0) - 1);
  const keys = [...new Set([...l, ...r])];
  return {
    terms,
    op,
    keys,
    reportedKey: reportedKey(check, l, r),
    keyIndices: Int32Array.from(keys, indexOfKey),
    termIndices: Int32Array.from(terms.keys(), indexOfKey),
    termKeys: [...terms.keys()],
    termCoefs: Float64Array.from(terms.values()),
  };
}

/** Where each item and column of a template table is, by identity and by id. */
const placesOfDef = new WeakMap<TableDef, { items: Map<TableDef['items'][number], number>; columns: Map<string, number> }>();

function placesOf(def: TableDef) {
  let places = placesOfDef.get(def);
  if (!places) {
    // First index wins, as indexOf and findIndex gave it.
    const items = new Map<TableDef['items'][number], number>();
    def.items.forEach((item, i) => items.has(item) || items.set(item, i));
    const columns = new Map<string, number>();
    def.columns.forEach((c, i) => columns.has(c.id) || columns.set(c.id, i));
    places = { items, columns };
    placesOfDef.set(def, places);
  }
  return places;
}

/** The cell a check's finding is at: as src/check/kinds/sum.ts and compare.ts choose it. */
function reportedKey(check: CheckDef, l: string[], r: string[]): string {
  if (check.kind === 'sum') return check.total;
  if (check.kind === 'compare') {
    if (check.at !== undefined && [...l, ...r].includes(check.at)) return check.at;
    if (typeof check.left !== 'string' && typeof check.right === 'string') return r[0];
  }
  return l[0];
}

function keysOf(o: Operand): string[] {
  return typeof o === 'string' ? [o] : o.sum;
}

const totalsOf = new WeakMap<RuleDef[], Set<string>>();

/** Totals: a sum's total, or a single item compared for equality with a sum. */
function totalKeys(rules: RuleDef[]): Set<string> {
  const known = totalsOf.get(rules);
  if (known) return known;
  const out = new Set<string>();
  totalsOf.set(rules, out);
  for (const rule of rules) {
    for (const c of expanded(rule)) {
      if (c.kind === 'sum') out.add(c.total);
      if (c.kind === 'compare' && c.op === '=') {
        if (typeof c.left === 'string' && typeof c.right !== 'string') out.add(c.left);
        if (typeof c.right === 'string' && typeof c.left !== 'string') out.add(c.right);
      }
    }
  }
  return out;
}

/** The residual Σ coef·x of a constraint, with some values replaced. */
export function residual(c: Constraint, value: (key: string) => number): number {
  let sum = 0;
  for (let i = 0; i < c.termKeys.length; i++) sum += c.termCoefs[i] * value(c.termKeys[i]);
  return sum;
}

/** Whether a constraint holds, with the same tolerance rule as src/check/operand.ts nearlyEqual. */
export function holds(c: Constraint, value: (key: string) => number): boolean {
  let r = 0;
  let whole = true;
  for (let i = 0; i < c.termKeys.length; i++) {
    const v = value(c.termKeys[i]);
    r += c.termCoefs[i] * v;
    whole &&= Number.isInteger(v);
  }
  return within(r, c.op, whole ? 1e-9 : Math.max(c.tolerance, 1e-9));
}

/** Whether a residual satisfies the relation, within `slack`. */
function within(r: number, op: Constraint['op'], slack: number): boolean {
  if (op === '=') return Math.abs(r) <= slack;
  if (op === '<=') return r <= slack;
  return r >= -slack;
}
