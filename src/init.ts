import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const STARTER_CONFIG = `# disclosure-lint configuration: https://github.com/disclosure-lint/disclosure-lint#configuration
# yaml-language-server: $schema=https://raw.githubusercontent.com/disclosure-lint/disclosure-lint/main/schema/disclosure-lint.schema.json

# The report formats this repository holds (legacy, 2019, 2021); others draw a warning.
formats: ['2021']
# Messages in Chinese (zh) or English (en).
lang: zh
# A disable comment must say why: <!-- disclosure-lint-disable-next-line F21-T3-COL -- 原表如此 -->
requireDirectiveReason: true
rules:
  # Severity per rule: off, warn or error. Rule ids and what they check: docs/rules/.
  F21-FMT-2: warn
ignores:
  - 'drafts/**'
`;

/**
 * `disclosure-lint init`: a starter config and the GitHub Actions workflow, never
 * overwriting a file that is already there. Returns what it did, one line per file.
 */
export function writeStarterFiles(cwd: string): string[] {
  const workflowSource = new URL('../examples/workflows/disclosure-lint.yml', import.meta.url);
  const files: Array<[string, string]> = [['disclosure-lint.config.yaml', STARTER_CONFIG]];
  if (existsSync(workflowSource)) files.push(['.github/workflows/disclosure-lint.yml', readFileSync(workflowSource, 'utf8')]);
  return files.map(([rel, text]) => {
    const target = path.join(cwd, rel);
    if (existsSync(target)) return `kept ${rel} (already exists)`;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    return `wrote ${rel}`;
  });
}
