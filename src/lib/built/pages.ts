/** Reads the built site: every HTML page with the links, ids, stylesheets and scripts it has. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digest } from '../analysis/digest.ts';
import { opensSafely } from '../body/external-links.ts';
import { INDEX_FOLDER } from '../search/parts.ts';
import { KeptFacts } from './kept-facts.ts';

export interface BuiltPage {
  /** The page's address, e.g. /evidence/feedback/ */
  url: string;
  bytes: number;
  ids: Set<string>;
  links: string[];
  /** Links to other sites written without rel="noopener". */
  unsafeLinks: string[];
  stylesheets: string[];
  /** Scripts that run: external module scripts and any inline script that is not data. */
  scripts: { src?: string; inline?: true }[];
  isRedirect: boolean;
}

const decode = (value: string) =>
  value.includes('&')
    ? value
        .replace(/&amp;/g, '&')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
    : value;

/**
 * Each start tag in turn, with its attributes, quoted values included. Reading whole tags means
 * that text inside an attribute (a title in a meta tag that mentions <script>) is never taken for
 * a tag of its own.
 */
const TAG = /<(?:!--[\s\S]*?--|([a-zA-Z][\w-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*))>/g;
/** Tags whose attributes matter here; the attributes of others are read only for an id. */
const READ = new Set(['a', 'link', 'img', 'script', 'source', 'meta']);

/**
 * The attributes read, each found within one tag's own text. The site's HTML writes every value
 * in double quotes, with any " inside as &quot;, so ` name="` can only start an attribute.
 */
const ATTRIBUTES = {
  id: /\sid="([^"]*)"/i,
  href: /\shref="([^"]*)"/i,
  src: /\ssrc="([^"]*)"/i,
  rel: /\srel="([^"]*)"/i,
  type: /\stype="([^"]*)"/i,
  httpEquiv: /\shttp-equiv="([^"]*)"/i,
};
const attribute = (source: string, name: keyof typeof ATTRIBUTES): string | undefined => {
  const value = ATTRIBUTES[name].exec(source)?.[1];
  return value === undefined ? undefined : decode(value);
};

/**
 * Keeps one copy of each text it is given, a copy of its own. What a regular expression finds in a
 * page is a slice of that page's text and keeps the whole of it in memory: holding the links and
 * ids of 50,000 pages held every page, about 2 GB. Most of the texts (the header's and footer's
 * links, the ids of the layout) are the same on every page, so they are also kept only once.
 */
export function ownTexts(): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    let own = kept.get(text);
    if (own === undefined) {
      // Parsing a JSON string always makes a new string, which refers to nothing else.
      own = JSON.parse(JSON.stringify(text)) as string;
      kept.set(own, own);
    }
    return own;
  };
}

/** `own` makes the texts kept independent of the page's HTML (see ownTexts). */
export function readPage(html: string, url: string, own: (text: string) => string = (text) => text): BuiltPage {
  const ids = new Set<string>();
  const links: string[] = [];
  const unsafeLinks: string[] = [];
  const stylesheets: string[] = [];
  const scripts: BuiltPage['scripts'] = [];
  let isRedirect = false;
  // exec in a loop: a page has about 280 tags, and matchAll made an iterator for each.
  const tags = new RegExp(TAG);
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const rawName = match[1];
    if (rawName === undefined) continue; // a comment
    const source = match[2]!;
    const id = source.includes('id=') ? attribute(source, 'id') : undefined;
    if (id) ids.add(own(id));
    const name = rawName.toLowerCase();
    if (!READ.has(name)) continue;
    const found = attribute(source, 'href') ?? attribute(source, 'src');
    const target = found === undefined ? undefined : own(found);
    if (target && name !== 'meta') {
      links.push(target);
      if (name === 'a' && !opensSafely(target, attribute(source, 'rel'))) unsafeLinks.push(target);
    }
    if (name === 'link' && attribute(source, 'rel') === 'stylesheet' && target) stylesheets.push(target);
    if (name === 'script' && attribute(source, 'type') !== 'application/ld+json') {
      const src = attribute(source, 'src');
      scripts.push(src ? { src: own(src) } : { inline: true });
    }
    if (name === 'meta' && attribute(source, 'httpEquiv')?.toLowerCase() === 'refresh') isRedirect = true;
  }
  return { url, bytes: Buffer.byteLength(html), ids, links, unsafeLinks, stylesheets, scripts, isRedirect };
}

/** Every .html file under dist, relative to it with `/`; Pagefind's output and the bundled assets hold none of the site's pages. */
export function builtHtmlFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== INDEX_FOLDER && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        files.push(path.relative(dist, full).split(path.sep).join('/'));
      }
    }
  };
  walk(dist);
  return files;
}

/** A built page's address from its file: /evidence/x/ for evidence/x/index.html, / for index.html. */
export const pageAddress = (file: string) => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/** What is kept of a page between builds: all but its address, its ids as a list. */
type PageFacts = Omit<BuiltPage, 'url' | 'ids'> & { ids: string[] };

/** The code that makes a page's facts: facts kept by other code are made again. */
const READING_CODE = ['./pages.ts', '../body/external-links.ts'];

/** Where the facts of the built pages are kept between builds, from the project folder. */
export const KEPT_PAGES_FILE = 'node_modules/.cache/commons-built/pages.json';

/** The facts of the last build's pages, for a project folder (src/lib/built/kept-facts.ts). */
export function keptPageFacts(root: string): KeptFacts<PageFacts> {
  const code = READING_CODE.map((file) => readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'));
  return new KeptFacts(path.join(root, KEPT_PAGES_FILE), digest(code.join('\n')));
}

/**
 * Every .html file under dist, as pages: from `kept` when a page is unchanged since the last build.
 * Other work is let in every few pages: the search index is written meanwhile in Pagefind's
 * process, which waits for this thread to pass on each step it finishes.
 */
export async function readBuiltSite(dist: string, kept?: KeptFacts<PageFacts>): Promise<BuiltPage[]> {
  const pages: BuiltPage[] = [];
  const own = ownTexts();
  for (const file of builtHtmlFiles(dist)) {
    const url = pageAddress(file);
    const full = path.join(dist, file);
    if (kept) {
      const facts = kept.of(full, file, (contents): PageFacts => {
        const { url: _url, ids, ...page } = readPage(contents.toString('utf8'), url, own);
        return { ...page, ids: [...ids] };
      });
      pages.push({ ...facts, url, ids: new Set(facts.ids) });
    } else {
      pages.push(readPage(readFileSync(full, 'utf8'), url, own));
    }
    if (pages.length % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return pages;
}

/** The size of a file the site serves, or undefined when there is none at that address. */
export function servedFile(dist: string, url: string): { file: string; bytes: number } | undefined {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]!);
  for (const candidate of [clean, path.posix.join(clean, 'index.html')]) {
    const file = path.join(dist, candidate);
    try {
      const stats = statSync(file);
      if (stats.isFile()) return { file, bytes: stats.size };
    } catch {
      // Not at this candidate; try the next.
    }
  }
  return undefined;
}
