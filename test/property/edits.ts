import { lintText, type LintOptions } from '../../src/lint-source.js';
import type { LintMessage } from '../../src/result.js';
import { unitOf, type Model } from './arbitraries.js';
import { broken, relationsOf, type Relation } from './relations.js';
import { render } from './render.js';

const options: LintOptions = { lang: 'zh', rules: {} };

export function relationsFor(m: Model): Relation[] {
  return relationsOf(m.pack, m.values.keys(), (k) => unitOf(m, k), m.agency);
}

/** Keys that take part in a relation between cells (a sum or a comparison). */
export function relatedKeys(relations: Relation[]): string[] {
  return [...new Set(relations.filter((r) => r.kind === 'sum' || r.kind === 'compare').flatMap((r) => r.keys))];
}

export interface EditOutcome {
  /** Relations the edit breaks, by the oracle. */
  breaks: Relation[];
  /** A finding at the edited cell, or at the anchor (total) of a relation it breaks, at the rendered position. */
  caught?: LintMessage;
  messages: LintMessage[];
}

/**
 * Changes one value, renders the report again in the same layout and lints it. A correct tool
 * reports a broken relation at the edited cell or at that relation's anchor (its total), at the
 * line and column where the renderer wrote it.
 */
export function edit(m: Model, layout: string, relations: Relation[], key: string, value: number): EditOutcome {
  const values = new Map(m.values).set(key, value);
  const breaks = broken(relations, values);
  const r = render({ ...m, values }, layout);
  const result = lintText(`edited.${r.kind === 'markdown' ? 'md' : 'txt'}`, r.text, r.kind, options);
  const accepted = new Set([key, ...breaks.map((b) => b.anchor!)]);
  const caught = result.messages
    .filter((msg) => {
      if (!msg.key || !accepted.has(msg.key)) return false;
      const at = r.at.get(msg.key);
      return at !== undefined && msg.line === at.line && msg.column === at.column;
    })
    .sort((a, b) => b.severity - a.severity)[0];
  return { breaks, caught, messages: result.messages };
}

/** Recall and false alarms over a set of edits, for the summary. */
export class Tally {
  edits = 0;
  breaking = 0;
  caught = 0;
  caughtAsError = 0;
  harmless = 0;
  silent = 0;
  missed: string[] = [];
  falseAlarms: string[] = [];

  add(what: string, o: EditOutcome) {
    this.edits++;
    if (o.breaks.length === 0) {
      this.harmless++;
      if (o.messages.length === 0) this.silent++;
      else this.falseAlarms.push(`${what}: ${o.messages.map((x) => x.ruleId).join(' ')}`);
      return;
    }
    this.breaking++;
    if (o.caught) {
      this.caught++;
      if (o.caught.severity === 2) this.caughtAsError++;
    } else {
      this.missed.push(`${what}: breaks ${o.breaks.map((b) => b.rule).join(' ')}; got ${o.messages.map((x) => `${x.ruleId}@${x.key}`).join(' ') || 'nothing'}`);
    }
  }

  figures() {
    const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
    return {
      edits: this.edits,
      breaking: this.breaking,
      caught: this.caught,
      recall: pct(this.caught, this.breaking),
      caughtAsError: this.caughtAsError,
      harmless: this.harmless,
      silentWhenHarmless: pct(this.silent, this.harmless),
    };
  }
}
