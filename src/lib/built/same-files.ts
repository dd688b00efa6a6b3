/**
 * Makes a folder hold exactly a given set of files, writing only those whose bytes differ from what
 * is there. A part of the search index written again after one page changed is nearly all the same
 * files as before (Pagefind names most of them by their content), and creating a file is the
 * slowest thing a build does on some disks. In the benchmark, indexing a part of 510 pages and
 * writing it took a median of 1.04 s by deleting and creating every file, and 0.83 s writing only
 * those that differ; most of what is left is Pagefind reading the pages (docs/performance.md).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILES_AT_ONCE, mapLimit } from './bounded.ts';
import { removeFiles } from './stale.ts';

export interface FileToWrite {
  /** Relative to the folder, with `/`. */
  path: string;
  content: Uint8Array;
}

/** Every file under folder, relative to it with `/`, except under the top-level names `leave` accepts. */
function filesUnder(folder: string, leave: (name: string) => boolean): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile()) return [];
    const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    return leave(relative.split('/')[0]!) ? [] : [relative];
  });
}

const sameBytes = (file: string, content: Uint8Array) => Buffer.compare(readFileSync(file), content) === 0;

/**
 * Writes each file that is missing or different, and removes every other file under folder except
 * under the top-level names `leave` accepts (another index kept inside this one's folder, say).
 * The files are written side by side off the main thread, which meanwhile checks the built site,
 * a few at a time (bounded.ts): all at once, 341 files ran out of file handles under macOS's limit.
 */
export async function writeChangedFiles(
  folder: string,
  files: readonly FileToWrite[],
  leave: (name: string) => boolean = () => false,
): Promise<{ written: number; removed: number }> {
  const before = new Set(filesUnder(folder, leave));
  const changed = files.filter(
    (file) => !(before.delete(file.path) && sameBytes(path.join(folder, file.path), file.content)),
  );
  for (const subfolder of new Set(changed.map((file) => path.dirname(path.join(folder, file.path))))) {
    mkdirSync(subfolder, { recursive: true });
  }
  await mapLimit(changed, FILES_AT_ONCE, (file) => writeFile(path.join(folder, file.path), file.content));
  removeFiles(folder, [...before]);
  return { written: changed.length, removed: before.size };
}
