import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { loadNarrativePolicy } from '../../src/narrative/policy.js';
import { loadPacks } from '../../src/packs.js';
import { ROOT } from './run-cli.js';

export interface Found {
  where: string;
  regex: RegExp;
}

/** Every regular-expression literal in src/, found with the TypeScript parser (so a new one is covered without a list to update). */
export function sourceRegexes(): Found[] {
  const out: Found[] = [];
  for (const e of readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const file = path.join(e.parentPath, e.name);
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${path.relative(ROOT, file)}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns that are data: every RegExp of the narrative policy (rules/narrative.yaml) and the packs' `bodies`. */
export function ruleRegexes(): Found[] {
  const out: Found[] = [];
  const seen = new Set<unknown>();
  const walk = (o: unknown, where: string) => {
    if (!o || typeof o !== 'object' || seen.has(o)) return;
    seen.add(o);
    if (o instanceof RegExp) {
      out.push({ where, regex: o });
      return;
    }
    for (const [k, v] of o instanceof Map ? o.entries() : Object.entries(o)) walk(v, `${where}.${String(k)}`);
  };
  walk(loadNarrativePolicy(), 'rules/narrative.yaml');
  for (const p of loadPacks()) for (const r of p.rules) for (const c of r.checks) if ('bodies' in c) c.bodies.forEach((b, i) => out.push({ where: `rules ${r.id} bodies[${i}]`, regex: new RegExp(b, 'u') }));
  return out;
}

const META = new Set([...'\\^$.*+?()[]{}|/']);
const BASE = ['1', 'a', ' ', '\t', '\u3000', '中', '（', '(', '|', '.', ',', '-', '、', '，', '<', '#', '%', '年', '件'];

/**
 * Long strings a regex is most likely to backtrack on: runs of each character it names (and of
 * common report characters), runs of the words it names and of pairs of them, each ended by a
 * character that matches nothing, so that a match attempt fails at the very end.
 */
export function pathological(regex: RegExp, length: number): string[] {
  const source = regex.source;
  const chars = [...new Set([...BASE, ...[...source].filter((c) => !META.has(c))])];
  const words = [...new Set(source.split(/[\\^$.*+?()[\]{}|/]+/u).filter((w) => [...w].length >= 2))].slice(0, 12);
  const units = [...chars, ...words, ...words.slice(0, 4).flatMap((a) => words.slice(0, 4).filter((b) => b !== a).map((b) => a + b))];
  return units.map((u) => u.repeat(Math.ceil(length / u.length)) + '\u0000');
}
