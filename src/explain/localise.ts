import { holds, residual, type CellVar, type Constraint, type ConstraintSet } from './constraints.js';
import { isNeighbourSlip, slipOf, type Slip } from './slips.js';

/**
 * Error localisation in the manner of Fellegi–Holt (R errorlocate, deductive): the smallest sets
 * of cells whose change makes every failing equality hold without breaking a check that passes.
 *
 * - Minimal means fewest cells: a single cell always beats a pair. Single cells are tried, then
 *   pairs, and the search stops there: a component that needs three or more changes is reported
 *   as such, not guessed at.
 * - Equally small sets are all kept (a tie is never broken silently) and ordered: a set whose
 *   change undoes a usual typing slip first (src/explain/slips.ts), then by weight — a part
 *   weighs 1, a total 2, because a total is the figure a person adds up from parts typed from the
 *   records, so of two equally small explanations the one that keeps the totals is listed first —
 *   then in document order.
 * - A changed count must stay a whole number, and a number that was not negative must not
 *   become negative.
 * - Failing equalities are split into components that no one or two changes could link (no
 *   shared cell, no check touching both), so independent errors are localised independently.
 * Failing inequalities (a ≤ b) are not targets, since any value past the bound fixes them; they are
 *   counted as fixed when a change happens to fix them.
 */
export interface Change {
  key: string;
  from: number;
  to: number;
  slip?: Slip;
}

export interface Candidate {
  changes: Change[];
  slip?: Slip;
  /** Every failing check (equalities and inequalities) that holds after the change. */
  fixes: Constraint[];
}

export interface Localisation {
  /** The failing equalities of this component. */
  failing: Constraint[];
  /** Ranked minimal explanations; empty when more than two cells would have to change. */
  candidates: Candidate[];
}

const WEIGHT_PART = 1;
const WEIGHT_TOTAL = 2;

export function localise(set: ConstraintSet): Localisation[] {
  const byCell = new Map<string, Constraint[]>();
  for (const c of set.constraints) {
    for (const k of c.termKeys) {
      const list = byCell.get(k);
      if (list) list.push(c);
      else byCell.set(k, [c]);
    }
  }
  return components(set).map((failing) => ({ failing, candidates: search(failing, set, byCell) }));
}

/** Failing equalities grouped so that no one or two changes could touch two groups. */
function components(set: ConstraintSet): Constraint[][] {
  const targets = set.constraints.filter((c) => c.failing && c.op === '=');
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  // The cells of a failing equality form one group.
  for (const t of targets) {
    let first: string | undefined;
    for (const k of t.termKeys) {
      if (!parent.has(k)) parent.set(k, k);
      if (first === undefined) first = k;
      else parent.set(find(k), find(first));
    }
  }
  // A check joins the groups of the target cells it touches (most touch none).
  for (const c of set.constraints) {
    let first: string | undefined;
    for (const k of c.termKeys) {
      if (!parent.has(k)) continue;
      if (first === undefined) first = k;
      else parent.set(find(k), find(first));
    }
  }
  const groups = new Map<string, Constraint[]>();
  for (const t of targets) {
    const root = find(t.termKeys[0]);
    const group = groups.get(root);
    if (group) group.push(t);
    else groups.set(root, [t]);
  }
  return Array.from(groups.values());
}

// The search makes no arrays or maps per candidate beyond the cells it changes with their values
// and what it returns (no copies of the cells, no tuples for a pair's equations): it runs for
// every report with findings.

function search(failing: Constraint[], set: ConstraintSet, byCell: Map<string, Constraint[]>): Candidate[] {
  // The failing equalities' cells, each once, in the order met.
  const cellSet = new Set<string>();
  const cells: string[] = [];
  for (const f of failing) {
    for (const k of f.termKeys) {
      if (cellSet.has(k)) continue;
      cellSet.add(k);
      cells.push(k);
    }
  }
  const base = (k: string) => set.cells.get(k)!.value;
  const found: Candidate[] = [];
  for (const key of cells) {
    if (!inAll(failing, key)) continue;
    const f = failing[0];
    const to = base(key) - residual(f, base) / f.terms.get(key)!;
    const c = candidate([key], [to], failing, set, byCell);
    if (c) found.push(c);
  }
  if (found.length === 0) searchPairs(cells, cellSet, failing, set, byCell, base, found);
  return rank(found, set);
}

/**
 * Pairs of cells, when no single cell explains the failing equalities: a function of its own, as
 * most searches never get here and V8 would otherwise compile search() again when one does.
 */
function searchPairs(
  cells: string[],
  cellSet: Set<string>,
  failing: Constraint[],
  set: ConstraintSet,
  byCell: Map<string, Constraint[]>,
  base: (k: string) => number,
  found: Candidate[],
): void {
  // A pair must touch every failing equality. `cells` are the failing equalities' cells, so a
  // second cell from outside them (a neighbour in a passing equality) touches none: such pairs
  // are only tried with a cell that is in all of them.
  for (let i = 0; i < cells.length; i++) {
    const a = cells[i];
    // Each pair of failing cells once, in the order of `cells`; then the neighbours.
    const seconds: string[] = [];
    for (let j = i + 1; j < cells.length; j++) if (eitherInAll(failing, a, cells[j])) seconds.push(cells[j]);
    if (inAll(failing, a)) {
      // Neighbours in the order met, each once, none of the failing cells.
      const neighbours = new Set<string>();
      for (const c of byCell.get(a) ?? NO_CONSTRAINTS) {
        if (c.op !== '=' || c.failing) continue;
        for (const b of c.termKeys) {
          if (cellSet.has(b) || neighbours.has(b)) continue;
          neighbours.add(b);
          seconds.push(b);
        }
      }
    }
    for (const b of seconds) {
      const deltas = solvePair(a, b, failing, byCell, base);
      if (!deltas) continue;
      const c = candidate([a, b], [base(a) + deltas.da, base(b) + deltas.db], failing, set, byCell);
      if (c) found.push(c);
    }
  }
}

const NO_CONSTRAINTS: Constraint[] = [];

/** The cell is in every failing equality. */
function inAll(failing: Constraint[], key: string): boolean {
  for (const f of failing) if (!f.terms.has(key)) return false;
  return true;
}

/** Every failing equality has one cell of the pair or the other. */
function eitherInAll(failing: Constraint[], a: string, b: string): boolean {
  for (const f of failing) if (!f.terms.has(a) && !f.terms.has(b)) return false;
  return true;
}

/**
 * The changes of two cells that make every equality they are in hold (the failing ones exactly,
 * the passing ones still): two independent equations fix both; fewer leave the values open, and
 * such a pair points at no values, so it is not offered.
 */
function solvePair(a: string, b: string, failing: Constraint[], byCell: Map<string, Constraint[]>, base: (k: string) => number): { da: number; db: number } | undefined {
  // The equalities of either cell (a's first), each once, passing or among the failing ones.
  const equations: Constraint[] = [];
  addEquations(equations, byCell.get(a), failing);
  addEquations(equations, byCell.get(b), failing);
  for (let i = 0; i < equations.length; i++) {
    const ci = equations[i];
    const p = ci.terms.get(a) ?? 0;
    const q = ci.terms.get(b) ?? 0;
    for (let j = i + 1; j < equations.length; j++) {
      const cj = equations[j];
      const s = cj.terms.get(a) ?? 0;
      const t = cj.terms.get(b) ?? 0;
      const det = p * t - q * s;
      if (Math.abs(det) < 1e-12) continue;
      const r = -residual(ci, base);
      const u = -residual(cj, base);
      const da = (r * t - q * u) / det;
      const db = (p * u - r * s) / det;
      if (Math.abs(da) < 1e-9 || Math.abs(db) < 1e-9) return undefined;
      return { da, db };
    }
  }
  return undefined;
}

function addEquations(equations: Constraint[], list: Constraint[] | undefined, failing: Constraint[]): void {
  if (!list) return;
  for (const c of list) if (c.op === '=' && (!c.failing || failing.includes(c)) && !equations.includes(c)) equations.push(c);
}

/**
 * The candidate if the change of the cells `keys` (one or two, none twice) to `values` (rounded
 * here, in place) is admissible: every target holds, no passing check breaks.
 */
function candidate(keys: string[], values: number[], failing: Constraint[], set: ConstraintSet, byCell: Map<string, Constraint[]>): Candidate | undefined {
  const changes: Change[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const raw = values[i];
    const cell = set.cells.get(key)!;
    const to = cell.integer ? Math.round(raw) : Math.round(raw * 1e6) / 1e6;
    if (cell.integer && Math.abs(raw - to) > 1e-9) return undefined;
    if (cell.value >= 0 && to < 0) return undefined;
    if (to === cell.value) return undefined;
    values[i] = to;
    changes.push({ key, from: cell.value, to, slip: slipOf(cell.text, to) });
  }
  const value = (k: string) => {
    const i = keys.indexOf(k);
    return i >= 0 ? values[i] : set.cells.get(k)!.value;
  };
  // The checks of the changed cells, each once, in the order met.
  const touched = new Set<Constraint>();
  for (const key of keys) for (const c of byCell.get(key) ?? NO_CONSTRAINTS) touched.add(c);
  for (const c of touched) if (!c.failing && !holds(c, value)) return undefined;
  for (const f of failing) if (!holds(f, value)) return undefined;
  const fixes: Constraint[] = [];
  for (const c of touched) if (c.failing && holds(c, value)) fixes.push(c);
  return { changes, fixes, slip: candidateSlip(changes, set.cells) };
}

function candidateSlip(changes: Change[], cells: Map<string, CellVar>): Slip | undefined {
  if (changes.length === 2) {
    const [a, b] = changes.map((c) => ({ cell: cells.get(c.key)!, printed: c.from, intended: c.to }));
    const pa = a.cell.position;
    const pb = b.cell.position;
    if (pa && pb && pa.table === pb.table && pa.row === pb.row && Math.abs(pa.col - pb.col) === 1 && isNeighbourSlip(a, b)) return 'neighbour-column';
  }
  return changes.find((c) => c.slip)?.slip;
}

function rank(found: Candidate[], set: ConstraintSet): Candidate[] {
  // Sort keys per candidate in typed arrays (an array of key arrays took another elements kind
  // whenever a key was not a small integer, and V8 threw the sort's code away).
  const slipFirst = new Float64Array(found.length);
  const weight = new Float64Array(found.length);
  const first = new Float64Array(found.length);
  const order: number[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    slipFirst[i] = c.slip ? 0 : 1;
    let w = 0;
    let at = Infinity;
    for (const ch of c.changes) {
      const cell = set.cells.get(ch.key)!;
      w += cell.total ? WEIGHT_TOTAL : WEIGHT_PART;
      at = Math.min(at, cell.span.start.offset);
    }
    weight[i] = w;
    first[i] = at;
    order.push(i);
  }
  // Array#sort is stable: equal keys keep the order found.
  order.sort((x, y) => slipFirst[x] - slipFirst[y] || weight[x] - weight[y] || first[x] - first[y]);
  const ranked: Candidate[] = [];
  for (const i of order) ranked.push(found[i]);
  return ranked;
}
