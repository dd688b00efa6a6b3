/**
 * The search index is split into parts of at most PAGES_PER_PART pages. Pagefind scores a query
 * by comparing every matching page with every matching word, so its time grows with the square of
 * the pages one index holds: at 10,000 pages a common word took 0.9 s in one index and a tenth of
 * that in ten. The search page loads every part and Pagefind merges their results.
 *
 * Shared by the indexer (which writes the parts) and the search page (which reads the manifest).
 */

export const PAGES_PER_PART = 1000;

/** The top-level folder of the search index in the built site. */
export const INDEX_FOLDER = 'pagefind';

/** Written next to Pagefind's own files: the folders of every part, the first holding Pagefind's runtime. */
export const PARTS_MANIFEST = `/${INDEX_FOLDER}/parts.json`;

export interface PartsManifest {
  parts: string[];
}

/**
 * A power of two, so that a growing site changes its number of parts rarely (each change
 * re-sorts every page into new parts).
 */
export function partCount(pages: number, pagesPerPart = PAGES_PER_PART): number {
  let count = 1;
  while (pages / count > pagesPerPart) count *= 2;
  return count;
}

/** The folder a part's index is written to and read from. */
export const partFolder = (part: number) => (part === 0 ? `/${INDEX_FOLDER}/` : `/${INDEX_FOLDER}/part-${part}/`);

/**
 * Which part a page belongs to: a hash of its address, so a page stays in its part from one
 * build to the next whatever else is added or removed.
 */
export function partOf(url: string, count: number): number {
  // FNV-1a: small, fast and spreads similar addresses evenly; the page only needs an even split.
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}
