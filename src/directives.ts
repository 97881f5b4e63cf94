import type { Severity } from './packs.js';
import type { LintMessage } from './result.js';
import type { SourceText } from './source-text.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  line: number;
  column: number;
  /**
   * For disable-next-line: the lines it covers, the next line with text and those right
   * after it up to a blank line (one table row, even when its cells are on separate lines).
   */
  target?: [number, number];
}

/**
 * `<!-- disclosure-lint-disable L-AP-3, L-ORG-1 -- reason -->` in Markdown and HTML, and the
 * same after `#` or `//` on a line of its own in plain text (reports have no comment syntax).
 */
const DIRECTIVE = /(?:<!--|^\s*(?:#|\/\/))\s*disclosure-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n]*?)(?:-->|$)/gm;

const DIRECTIVE_LINE = /^[ \t]*(?:<!--[ \t]*disclosure-lint-[^\n]*?-->|(?:#|\/\/)[ \t]*disclosure-lint-[^\r\n]*)[ \t]*$/gm;

/**
 * The text with every line that is only a directive blanked out (same length, so every
 * offset stays valid): table readers then see a blank line, not a stray paragraph that
 * would cut a table in two.
 */
export function blankDirectiveLines(text: string): string {
  if (!mayHoldDirective(text)) return text;
  return text.replace(DIRECTIVE_LINE, (line) => ' '.repeat(line.length));
}

/**
 * Whether a text may hold a directive. V8 searches for a pattern by its first character and
 * compares the rest at each one found: `d` is in every `<td>` of a page, where `-` is rare in
 * reports (a third of the time on the corpus's pages; the full search follows only where it is).
 */
function mayHoldDirective(text: string): boolean {
  return text.includes('-lint-') && text.includes('disclosure-lint-');
}

export function parseDirectives(source: SourceText): Directive[] {
  const text = source.text;
  if (!mayHoldDirective(text)) return [];
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const [body, reason] = splitReason(m[2]);
    const pos = source.position(m.index + m[0].indexOf('disclosure-lint-'));
    const d: Directive = {
      kind: m[1] as DirectiveKind,
      rules: body.split(/[\s,，]+/).filter(Boolean),
      reason,
      line: pos.line,
      column: pos.column,
    };
    if (d.kind === 'disable-next-line') {
      let first = pos.line; // 0-based index of the line after the directive
      while (first < source.lineCount && isBlank(source.line(first))) first++;
      let last = first;
      while (last + 1 < source.lineCount && !isBlank(source.line(last + 1)) && !source.line(last + 1).includes('disclosure-lint-')) last++;
      d.target = [first + 1, last + 1];
    }
    out.push(d);
  }
  return out;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function splitReason(rest: string): [string, string | undefined] {
  const at = rest.indexOf('--');
  if (at < 0) return [rest.trim(), undefined];
  const reason = rest.slice(at + 2).trim();
  return [rest.slice(0, at).trim(), reason || undefined];
}

export interface DirectiveOptions {
  requireReason: boolean;
  reportUnused: Severity;
  lang: 'zh' | 'en';
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  suppressed: Array<LintMessage & { suppressions: Array<{ kind: 'directive'; justification: string }> }>;
}

/**
 * Drops the messages a directive covers (kept as suppressed, with the reason), then reports
 * unused directives and directives without a reason when one is required. File-level
 * diagnostics (a file that could not be read) are never suppressed.
 */
export function applyDirectives(messages: LintMessage[], directives: Directive[], options: DirectiveOptions): DirectiveOutcome {
  const used = new Set<Directive>();
  const kept: LintMessage[] = [];
  const suppressed: DirectiveOutcome['suppressed'] = [];
  for (const m of messages) {
    const by = m.fatal ? undefined : coveringDirective(m, directives);
    if (by) {
      used.add(by);
      suppressed.push({ ...m, suppressions: [{ kind: 'directive', justification: by.reason ?? '' }] });
    } else {
      kept.push(m);
    }
  }
  const zh = options.lang === 'zh';
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    if (options.requireReason && !d.reason) {
      kept.push(directiveMessage(d, 'directive-missing-reason', 2, zh ? '停用检查的注释必须在 “--” 后写明理由' : 'a disable comment must give a reason after “--”'));
    }
    if (!used.has(d) && options.reportUnused !== 'off') {
      const what = d.rules.length > 0 ? d.rules.join(', ') : zh ? '所有规则' : 'all rules';
      kept.push(
        directiveMessage(
          d,
          'unused-disable-directive',
          options.reportUnused === 'error' ? 2 : 1,
          zh ? `这条停用注释（${what}）没有屏蔽任何问题，可以删除` : `this disable comment (${what}) suppresses nothing and can be removed`,
        ),
      );
    }
  }
  return { messages: kept, suppressed };
}

function coveringDirective(m: LintMessage, directives: Directive[]): Directive | undefined {
  const applies = (d: Directive) => d.rules.length === 0 || d.rules.includes(m.ruleId);
  let region: Directive | undefined;
  for (const d of directives) {
    if (!applies(d)) continue;
    if (d.kind === 'disable-file') return d;
    if (d.kind === 'disable-line' && d.line === m.line) return d;
    if (d.kind === 'disable-next-line' && d.target && m.line >= d.target[0] && m.line <= d.target[1]) return d;
  }
  // disable … enable regions, in source order up to the message's line.
  for (const d of directives) {
    if (d.line > m.line) break;
    if (d.kind === 'disable' && applies(d)) region = d;
    else if (d.kind === 'enable' && region && (d.rules.length === 0 || region.rules.length === 0 || d.rules.some((r) => region!.rules.includes(r))) && applies(d)) {
      region = undefined;
    }
  }
  return region;
}

function directiveMessage(d: Directive, ruleId: string, severity: 1 | 2, message: string): LintMessage {
  return { ruleId, severity, message, line: d.line, column: d.column, endLine: d.line, endColumn: d.column };
}
