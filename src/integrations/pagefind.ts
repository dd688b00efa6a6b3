import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { KeptFacts } from '../lib/built/kept-facts.ts';
import { builtHtmlFiles, pageAddress } from '../lib/built/pages.ts';
import { FILES_AT_ONCE, mapLimit } from '../lib/built/bounded.ts';
import { writeChangedFiles } from '../lib/built/same-files.ts';
import { digest } from '../lib/analysis/digest.ts';
import {
  PAGES_PER_PART,
  PARTS_MANIFEST,
  partCount,
  partFolder,
  partOf,
  type PartsManifest,
} from '../lib/search/parts.ts';

/** What a part other than the first keeps: its index. */
const INDEX_FILES = /^(pagefind-entry\.json|.*\.pf_meta|index|filter|fragment)$/;

/** The folder of a part after the first, inside the first part's folder. */
const PART_FOLDER = /^part-\d+$/;

/** The digest of each part as last written, so that a rebuild writes again only the parts whose pages changed. */
interface WrittenParts {
  parts: Record<string, string>;
}

/** Pagefind indexes the pages that mark a body for it. */
const INDEXED = 'data-pagefind-body';

/**
 * The built pages Pagefind indexes, each with a digest of its HTML; a page unchanged since the last
 * build is not read again.
 */
function indexablePages(dist: string, kept: KeptFacts<string | null>): { file: string; digest: string }[] {
  return builtHtmlFiles(dist).flatMap((file) => {
    const pageDigest = kept.of(path.join(dist, file), file, (html) => (html.includes(INDEXED) ? digest(html) : null));
    return pageDigest === null ? [] : [{ file, digest: pageDigest }];
  });
}

/** A built page's address as Pagefind gives it when it reads the folder itself: /evidence/x/ for evidence/x/index.html. */
export const pageUrl = (file: string) => encodeURI(pageAddress(file));

/**
 * Sends each of a part's pages to Pagefind with its address, a few at a time, in the order given.
 * Pagefind could read them from the built site itself, named in one glob, but it walks the whole
 * site to match the glob, for every part: at 50,000 pages, 64 walks of 110,000 files and folders
 * took more time than indexing, and the build's time grew with the square of its pages.
 */
async function addPages(index: pagefind.PagefindIndex, site: string, pages: readonly string[]): Promise<void> {
  const added = await mapLimit(pages, FILES_AT_ONCE, (page) =>
    index.addHTMLFile({ url: pageUrl(page), content: readFileSync(path.join(site, page), 'utf8') }),
  );
  const errors = added.flatMap((result) => result.errors);
  if (errors.length > 0) throw new Error(`Pagefind could not index: ${errors.slice(0, 5).join('; ')}`);
}

/**
 * How many pages an index holds, from its entry file. Pagefind answers each page it is sent, even
 * one it leaves out of the index (a page without data-pagefind-body, once another has it).
 */
export function indexedPages(files: readonly { path: string; content: Uint8Array }[]): number {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) return 0;
  const { languages } = JSON.parse(Buffer.from(entry.content).toString('utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Indexes a part's pages and writes the files that differ from what its folder holds
 * (src/lib/built/same-files.ts). Parts after the first keep only their index: Pagefind's runtime
 * is loaded once, from the first, whose folder also holds the other parts.
 */
async function writePart(site: string, pages: string[], output: string, part: number): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // An empty part (only ever the first) is written with no pages.
  await addPages(index, site, pages);
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not write: ${built.errors.join('; ')}`);
  await index.deleteIndex();
  const files = part === 0 ? built.files : built.files.filter((file) => INDEX_FILES.test(file.path.split('/')[0]!));
  await writeChangedFiles(output, files, (name) => part === 0 && PART_FOLDER.test(name));
  return indexedPages(built.files);
}

function readWritten(file: string): WrittenParts {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as WrittenParts;
  } catch {
    return { parts: {} };
  }
}

interface IndexOptions {
  dist: string;
  pagesPerPart: number;
  /** Where the digest of each part as last written is kept. */
  writtenFile: string;
  /** Where the digest of each page as last read is kept. */
  pagesFile: string;
  pagefindVersion: string;
  logger: AstroIntegrationLogger;
}

/** Writes the parts of the index whose pages changed since they were last written. */
async function indexSite(options: IndexOptions): Promise<void> {
  const { dist, pagesPerPart, writtenFile, pagesFile, pagefindVersion, logger } = options;
  const started = performance.now();
  const keptPages = new KeptFacts<string | null>(pagesFile, INDEXED);
  const pages = indexablePages(dist, keptPages);
  keptPages.save();
  const count = partCount(pages.length, pagesPerPart);
  const output = (part: number) => path.join(dist, partFolder(part));
  const byPart = Array.from({ length: count }, () => [] as { file: string; digest: string }[]);
  for (const page of pages) byPart[partOf(`/${page.file}`, count)]!.push(page);
  const digests = byPart.map((members) =>
    digest([pagefindVersion, count, ...members.map((page) => `${page.file} ${page.digest}`).sort()].join('\n')),
  );
  // An empty part is left out, except the first: it holds Pagefind's runtime.
  const written = byPart.flatMap((members, part) => (part === 0 || members.length > 0 ? [part] : []));
  const before = readWritten(writtenFile);
  const unchanged = (part: number) =>
    before.parts[partFolder(part)] === digests[part] && existsSync(path.join(output(part), 'pagefind-entry.json'));
  const changed = written.filter((part) => !unchanged(part));
  // Parts the site no longer has (it shrank, or the size of a part changed) are removed.
  for (const name of existsSync(output(0)) ? readdirSync(output(0)) : []) {
    if (PART_FOLDER.test(name) && !written.includes(Number(name.slice('part-'.length)))) {
      rmSync(path.join(output(0), name), { recursive: true });
    }
  }
  // Forgotten until every part is written, so that a part left half-written is written again.
  rmSync(writtenFile, { force: true });
  try {
    for (const part of changed) {
      const members = byPart[part]!.map(({ file }) => file);
      const indexed = await writePart(dist, members, output(part), part);
      if (indexed !== members.length) {
        throw new Error(`Pagefind indexed ${indexed} of the ${members.length} pages of search part ${part}`);
      }
    }
  } finally {
    await pagefind.close();
  }
  const manifest: PartsManifest = { parts: written.map(partFolder) };
  writeFileSync(path.join(dist, PARTS_MANIFEST), JSON.stringify(manifest));
  const record: WrittenParts = {
    parts: Object.fromEntries(written.map((part) => [partFolder(part), digests[part]!])),
  };
  mkdirSync(path.dirname(writtenFile), { recursive: true });
  writeFileSync(writtenFile, JSON.stringify(record));
  const kept = written.length - changed.length;
  logger.info(
    `${pages.length} pages in ${written.length} ${written.length === 1 ? 'part' : 'parts'}: indexed ${changed.length}, kept ${kept} unchanged, in ${Math.round(performance.now() - started)} ms`,
  );
}

/**
 * Indexes the built site for search, in parts of at most `pagesPerPart` pages
 * (src/lib/search/parts.ts says why). The index exists only after a build, by design.
 * A part whose pages are the same as when it was last written is kept as it is.
 *
 * Two integrations: the first starts the index, and Pagefind builds it in its own process while
 * the integrations placed between them run (the checks of the built site); the second waits for it,
 * so the build does not wait for each in turn.
 */
export function pagefindIndex(pagesPerPart = PAGES_PER_PART): [start: AstroIntegration, done: AstroIntegration] {
  let writtenFile = '';
  let pagesFile = '';
  // A part's index depends only on its pages and on Pagefind itself.
  let pagefindVersion = '';
  let indexing: Promise<void> | undefined;
  return [
    {
      name: 'commons-pagefind',
      hooks: {
        'astro:config:done': ({ config }) => {
          writtenFile = fileURLToPath(new URL('node_modules/.cache/commons-search/parts.json', config.root));
          pagesFile = fileURLToPath(new URL('node_modules/.cache/commons-search/pages.json', config.root));
          const manifest = new URL('node_modules/pagefind/package.json', config.root);
          pagefindVersion = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
        },
        'astro:build:done': ({ dir, logger }) => {
          indexing = indexSite({
            dist: fileURLToPath(dir),
            pagesPerPart,
            writtenFile,
            pagesFile,
            pagefindVersion,
            logger,
          });
          // Its failure is the build's, reported when commons-pagefind-done waits for it.
          indexing.catch(() => {});
        },
      },
    },
    {
      name: 'commons-pagefind-done',
      hooks: {
        'astro:build:done': async () => {
          await indexing;
        },
      },
    },
  ];
}
