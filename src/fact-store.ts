import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { factsFromJson, factsToJson, type ReportFacts } from './report-facts.js';
import type { FileResult } from './result.js';

/** What pairing reports needs of each one; the rest of its facts is read only for a pair. */
export interface FactHead {
  agency: string;
  year: number;
}

/**
 * The cross-year facts of every report of a run, from the moment its result comes in until
 * every file is done. A report without a body or a year pairs with nothing: its facts are
 * dropped at once. Past `inMemory` reports, facts go to a temporary file and only their body,
 * year and place in the file stay in memory (about 100 bytes a report instead of 3 kB), so a
 * sweep of a province's 10,000 reports does not grow with the number of files. If the
 * temporary file cannot be written, facts stay in memory: the results are the same.
 */
export class FactStore {
  private readonly heads = new Map<FileResult, FactHead>();
  private readonly held = new Map<FileResult, ReportFacts>();
  private readonly spilled = new Map<FileResult, { at: number; bytes: number }>();
  private file?: { fd: number; dir?: string; size: number };
  private spillFailed = false;

  constructor(private readonly inMemory = DEFAULT_IN_MEMORY) {}

  add(result: FileResult, facts: ReportFacts | undefined): void {
    if (!facts?.agency || facts.year === undefined) return;
    this.heads.set(result, { agency: facts.agency, year: facts.year });
    if (this.held.size < this.inMemory || !this.spill(result, facts)) this.held.set(result, facts);
  }

  /** Results with facts, in the order they were added, and what pairing needs of each. */
  entries(): IterableIterator<[FileResult, FactHead]> {
    return this.heads.entries();
  }

  /** The facts of a result. A temporary file that cannot be read back throws: the cross-year checks of the run would be lost. */
  facts(result: FileResult): ReportFacts | undefined {
    const held = this.held.get(result);
    if (held || !this.file) return held;
    const place = this.spilled.get(result);
    if (!place) return undefined;
    const buffer = Buffer.alloc(place.bytes);
    readSync(this.file.fd, buffer, 0, place.bytes, place.at);
    return factsFromJson(JSON.parse(buffer.toString('utf8')));
  }

  /** How many reports' facts are in the temporary file (for tests and the bench). */
  get spilledCount(): number {
    return this.spilled.size;
  }

  /** Closes and removes the temporary file; the store must not be used after. */
  close(): void {
    if (!this.file) return;
    const { fd, dir } = this.file;
    this.file = undefined;
    try {
      closeSync(fd);
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }

  private spill(result: FileResult, facts: ReportFacts): boolean {
    if (this.spillFailed) return false;
    try {
      this.file ??= openTemporaryFile();
      const bytes = Buffer.from(JSON.stringify(factsToJson(facts)), 'utf8');
      writeSync(this.file.fd, bytes, 0, bytes.length, this.file.size);
      this.spilled.set(result, { at: this.file.size, bytes: bytes.length });
      this.file.size += bytes.length;
      return true;
    } catch {
      this.spillFailed = true;
      return false;
    }
  }
}

/**
 * A file only this process can reach. Where the system allows it (POSIX), its name is removed
 * at once and the open descriptor is all that is left of it, so that not even a killed run
 * leaves it behind; elsewhere its directory is removed by close().
 */
function openTemporaryFile(): { fd: number; dir?: string; size: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-lint-facts-'));
  let fd: number;
  try {
    fd = openSync(path.join(dir, 'facts.jsonl'), 'w+', 0o600);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (process.platform === 'win32') return { fd, dir, size: 0 };
  rmSync(dir, { recursive: true, force: true });
  return { fd, size: 0 };
}

/** A CI run of a few hundred reports never touches the disk. */
const DEFAULT_IN_MEMORY = 1000;
