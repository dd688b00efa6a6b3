import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { builtHtmlFiles } from '../lib/built/pages.ts';
import {
  PAGES_PER_PART,
  PARTS_MANIFEST,
  partCount,
  partFolder,
  partOf,
  type PartsManifest,
} from '../lib/search-parts.ts';

/** What a part other than the first keeps: its index. Pagefind's runtime is loaded once, from the first part. */
const INDEX_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/;

/** The built pages Pagefind indexes: those that mark a body for it. Paths are relative to dist, with `/`. */
const indexablePages = (dist: string) =>
  builtHtmlFiles(dist).filter((file) => readFileSync(path.join(dist, file), 'utf8').includes('data-pagefind-body'));

/** Pagefind indexes a folder fastest (its own threads read and parse), so each part gets a folder of links to its pages. */
function linkPart(dist: string, pages: string[], folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const page of pages) {
    const target = path.join(folder, page);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      linkSync(path.join(dist, page), target);
    } catch {
      copyFileSync(path.join(dist, page), target);
    }
  }
}

async function writePart(source: string, output: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: source });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  return added.page_count;
}

/**
 * Indexes the built site for search, in parts of at most `pagesPerPart` pages
 * (src/lib/search-parts.ts says why). The index exists only after a build, by design.
 */
export function pagefindIndex(pagesPerPart = PAGES_PER_PART): AstroIntegration {
  return {
    name: 'commons-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const pages = indexablePages(dist);
        const count = partCount(pages.length, pagesPerPart);
        const output = (part: number) => path.join(dist, partFolder(part));
        const links = path.join(dist, '.pagefind-parts');
        const byPart = Array.from({ length: count }, () => [] as string[]);
        for (const page of pages) byPart[partOf(`/${page}`, count)]!.push(page);
        // An empty part is left out, except the first: it holds Pagefind's runtime, and is written
        // first because its folder holds the others.
        const written = byPart.flatMap((members, part) => (part === 0 || members.length > 0 ? [part] : []));
        let indexed = 0;
        try {
          for (const part of written) {
            linkPart(dist, byPart[part]!, path.join(links, String(part)));
            indexed += await writePart(path.join(links, String(part)), output(part));
            if (part > 0) {
              for (const name of readdirSync(output(part))) {
                if (!INDEX_FILES.test(name)) rmSync(path.join(output(part), name), { recursive: true });
              }
            }
          }
        } finally {
          rmSync(links, { recursive: true, force: true });
          await pagefind.close();
        }
        if (indexed !== pages.length) {
          throw new Error(`Pagefind indexed ${indexed} of the ${pages.length} pages marked for search`);
        }
        const manifest: PartsManifest = { parts: written.map(partFolder) };
        writeFileSync(path.join(dist, PARTS_MANIFEST), JSON.stringify(manifest));
        logger.info(
          `indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms (${written.length} ${written.length === 1 ? 'part' : 'parts'})`,
        );
      },
    },
  };
}
