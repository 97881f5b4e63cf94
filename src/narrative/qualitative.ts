import type { Para } from './paragraphs.js';
import type { NarrativePolicy, Target } from './policy.js';
import { allMatches } from './matches.js';

/**
 * A claim without a number: "未收到政府信息公开申请" (the subjects are 0), "均获维持" (the cases
 * of the subjects named before it were all upheld). `index`/`end` are the cue's.
 */
export interface Statement {
  para: Para;
  index: number;
  end: number;
  /** The words quoted in the finding: the cue and what it is about. */
  phrase: string;
  subjects: string[];
}

/** "未…" + the subjects named after it, up to the end of the clause. */
export function readNegations(para: Para, policy: NarrativePolicy): Statement[] {
  const out: Statement[] = [];
  const { text } = para;
  for (const negation of policy.negations) {
    for (const cue of allMatches(negation.cue, text)) {
      const from = cue.index + cue[0].length;
      let to = from;
      while (to < text.length && !breaksClause(text.charCodeAt(to), policy)) to++;
      const scope = text.slice(from, to);
      if (negation.unless?.test(scope)) continue;
      const subjects = named(scope, negation.targets);
      if (subjects.length === 0 || out.some((s) => s.index === cue.index && s.subjects.join() === subjects.join())) continue;
      out.push({ para, index: cue.index, end: from, phrase: text.slice(cue.index, to), subjects });
    }
  }
  return out;
}

/** "均获维持" + the subjects named before it in the same clause group. */
export function readUpheld(para: Para, policy: NarrativePolicy): Statement[] {
  const out: Statement[] = [];
  const { text } = para;
  const { sentence, strong } = policy.chars;
  for (const cue of allMatches(policy.upheld.cue, text)) {
    let from = cue.index;
    while (from > 0 && !sentence(text.charCodeAt(from - 1)) && !strong(text.charCodeAt(from - 1))) from--;
    const subjects = named(text.slice(from, cue.index), policy.upheld.targets);
    if (subjects.length > 0) out.push({ para, index: cue.index, end: cue.index + cue[0].length, phrase: text.slice(from, cue.index + cue[0].length), subjects });
  }
  return out;
}

function named(scope: string, targets: Target[]): string[] {
  return [...new Set(targets.filter((t) => t.pattern.test(scope)).map((t) => t.subject))];
}

function breaksClause(code: number, policy: NarrativePolicy): boolean {
  const c = policy.chars;
  return c.sentence(code) || c.strong(code) || c.comma(code);
}
