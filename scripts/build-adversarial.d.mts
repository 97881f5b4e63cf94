/** Types of scripts/build-adversarial.mjs, for the tests that build the corpus. */
export interface AdversarialCase {
  name: string;
  /** Paths to lint, in one run. */
  args: string[];
  /** Exit code the run must end with. */
  code: number;
  /** Per file linted, the rule ids of its messages ([] when the report in it is clean). */
  results?: Record<string, string[]>;
  /** For a run that cannot start (a bad configuration): what standard error says. */
  stderr?: RegExp;
}

export function buildAdversarial(dir?: string): AdversarialCase[];
