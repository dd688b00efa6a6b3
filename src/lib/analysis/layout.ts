/**
 * Where content lives: each collection's folder (or, for themes, its file) directly under
 * content/, and nowhere else. The loaders read only those places, so a file anywhere else would
 * never become a page; the checker and the build's completeness check both refuse one.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collectionSpecs } from '../../schemas/index.ts';
import { optionFor } from './nearest.ts';

/** Files that git, operating systems or readers keep in a folder, which are never entries. */
const NOT_ENTRIES = new Set(['.gitkeep', 'README.md', '.DS_Store', 'Thumbs.db', 'desktop.ini']);
export const isNotEntry = (name: string): boolean => NOT_ENTRIES.has(name);

const PLACES = collectionSpecs.map((spec) => spec.path);

/** Files under content/ outside every collection's place, from the project folder, in order. */
export function strayFiles(root: string): string[] {
  const stray: string[] = [];
  const walk = (folder: string) => {
    for (const dirent of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      if (isNotEntry(dirent.name) || (folder === 'content' && PLACES.includes(dirent.name))) continue;
      const file = `${folder}/${dirent.name}`;
      if (dirent.isDirectory()) walk(file);
      else stray.push(file);
    }
  };
  try {
    walk('content');
  } catch (error) {
    // A project with no content/ folder yet has nothing stray in it.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return stray.sort();
}

/** What to say about a stray file: the folder meant, when its own folder's name is close to one. */
export function strayProblem(file: string): { message: string; fix: string } {
  const [, top = '', ...below] = file.split('/');
  const meant = below.length > 0 ? optionFor(top, PLACES) : undefined;
  const folders = collectionSpecs
    .filter((spec) => spec.extension && spec.extension === path.extname(file))
    .map((spec) => `content/${spec.path}/ (${spec.label.plural.toLowerCase()})`);
  return {
    message: 'This file is outside the content folders, so it would not become a page',
    fix: meant
      ? `Move it to content/${meant}/.`
      : folders.length > 0
        ? `Move it to the folder for its kind: ${folders.join(', ')}.`
        : `Each entry is a file directly in one of ${PLACES.map((place) => `content/${place}`).join(', ')}. Move it there, or remove it.`,
  };
}
