/**
 * Analyses of unchanged files are kept between runs, keyed by a digest of the file and of the
 * checker's own code, so a large repository is re-checked in the time it takes to read it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileAnalysis } from '../analysis/analyse.ts';

/**
 * Every folder the checker imports from. All of it counts, not only the checker's own folder: the
 * wording of a problem can come from a helper elsewhere (the date a contributor meant, a plural),
 * and an analysis kept from before such a change would repeat the old wording. A change to site
 * code costs one cold check.
 */
const CODE_FOLDERS = ['src/lib', 'src/schemas'];

/** Where the analyses are kept, from the project folder. */
export const CACHE_FILE = 'node_modules/.cache/commons-check/analyses.json';

function codeVersion(root: string): string {
  const hash = createHash('sha1');
  const add = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const relative = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) add(relative);
      else hash.update(relative).update(readFileSync(path.join(root, relative)));
    }
  };
  for (const folder of CODE_FOLDERS) add(folder);
  return hash.digest('hex');
}

interface Stored {
  version: string;
  entries: Record<string, { digest: string; analysis: FileAnalysis }>;
}

export class AnalysisCache {
  readonly #file: string;
  readonly #version: string;
  #stored: Stored;
  #dirty = false;

  constructor(root: string, codeRoot: string) {
    this.#file = path.join(root, CACHE_FILE);
    this.#version = codeVersion(codeRoot);
    let stored: Stored | undefined;
    try {
      stored = JSON.parse(readFileSync(this.#file, 'utf8')) as Stored;
    } catch {
      stored = undefined;
    }
    this.#stored = stored?.version === this.#version ? stored : { version: this.#version, entries: {} };
  }

  /** The analysis kept for a file, with the digest of the text it was made from. */
  kept(file: string): { digest: string; analysis: FileAnalysis } | undefined {
    return this.#stored.entries[file];
  }

  set(file: string, fileDigest: string, analysis: FileAnalysis): void {
    this.#stored.entries[file] = { digest: fileDigest, analysis };
    this.#dirty = true;
  }

  save(): void {
    if (!this.#dirty) return;
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      writeFileSync(this.#file, JSON.stringify(this.#stored));
    } catch {
      // A cache that cannot be written only makes the next run slower.
    }
  }
}
