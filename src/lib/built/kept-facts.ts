/**
 * What a build learns from reading its built pages (their links and ids for the checks, their
 * digests for the search index), kept between builds. A rebuild leaves the pages it did not render
 * again where they are (src/integrations/kept-output.ts), so most of what it would read is what the
 * last build read: a page is read again only when its size, modification time or inode differ.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A page modified this close to when the facts were kept could have been written again within the
 * same tick of the file system's clock without its time changing (some keep whole seconds), so
 * it is read again. In a rebuild that is at most the last pages of the build before.
 */
const CLOCK_MARGIN_MS = 2000;

interface Kept<T> {
  version: string;
  /** When the facts were kept, in milliseconds since 1970. */
  savedAt: number;
  files: Record<string, { stamp: string; facts: T }>;
}

/** Size, modification time and inode: what changes whenever a file is written again. */
function stampOf(file: string): { stamp: string; modifiedMs: number } {
  const stats = statSync(file, { bigint: true });
  return { stamp: `${stats.size}:${stats.mtimeNs}:${stats.ino}`, modifiedMs: Number(stats.mtimeMs) };
}

export class KeptFacts<T> {
  readonly #file: string;
  readonly #version: string;
  readonly #before: Kept<T>['files'];
  readonly #trustedBefore: number;
  readonly #now: Kept<T>['files'] = {};
  #read = 0;

  /**
   * `file` is where the facts are kept; `version` names what the facts are made by, so that facts
   * made by other code are never trusted.
   */
  constructor(file: string, version: string) {
    this.#file = file;
    this.#version = version;
    let kept: Kept<T> | undefined;
    try {
      kept = JSON.parse(readFileSync(file, 'utf8')) as Kept<T>;
    } catch {
      kept = undefined;
    }
    const valid = kept?.version === version && typeof kept.savedAt === 'number';
    this.#before = valid ? kept!.files : {};
    this.#trustedBefore = valid ? kept!.savedAt - CLOCK_MARGIN_MS : 0;
  }

  /** The facts of a built file: kept ones when it is unchanged, or made now from its contents. */
  of(full: string, key: string, make: (contents: Buffer) => T): T {
    const { stamp, modifiedMs } = stampOf(full);
    const before = this.#before[key];
    if (before && before.stamp === stamp && modifiedMs < this.#trustedBefore) {
      this.#now[key] = before;
      return before.facts;
    }
    const facts = make(readFileSync(full));
    this.#read++;
    this.#now[key] = { stamp, facts };
    return facts;
  }

  /** How many files `of` had to read. */
  get read(): number {
    return this.#read;
  }

  /** Keeps the facts of the files asked for since this was made, and only those. */
  save(): void {
    const kept: Kept<T> = { version: this.#version, savedAt: Date.now(), files: this.#now };
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      writeFileSync(this.#file, JSON.stringify(kept));
    } catch {
      // Facts that cannot be kept only make the next build slower.
    }
  }
}
