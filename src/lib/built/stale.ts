/**
 * The build writes into the `dist/` of the last build instead of emptying it, so that Astro can
 * leave unchanged pages where they are. What the last build wrote and this one did not (the page
 * of a deleted entry, say) must then be removed, or it would be served and searched.
 */
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Files under dist, relative to it with `/`, that this build did not produce: neither a page or
 * endpoint of this build (`produced`) nor a copy of a file in `public/`. The files and folders in
 * `rewritten` (paths from dist, with `/`) are left to whatever rewrites them after the pages.
 */
export function staleFiles(
  dist: string,
  produced: ReadonlySet<string>,
  publicDir: string,
  rewritten: ReadonlySet<string>,
): string[] {
  const stale: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const relative = path.relative(dist, full).split(path.sep).join('/');
      if (rewritten.has(relative)) continue;
      if (entry.isDirectory()) walk(full);
      else if (!produced.has(relative) && !isFile(path.join(publicDir, relative))) {
        stale.push(relative);
      }
    }
  };
  walk(dist);
  return stale;
}

/** Deletes the given files, then any folder they leave empty. */
export function removeFiles(dist: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    rmSync(path.join(dist, file), { force: true });
    for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder))
      folders.add(folder);
  }
  // Deepest first, so a folder is tried after the folders inside it.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(path.join(dist, folder));
    } catch {
      // Not empty: it still holds pages of this build.
    }
  }
}
