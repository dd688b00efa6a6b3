/** Reads the built site: every HTML page with the links, ids, stylesheets and scripts it has. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { opensSafely } from '../external-links.ts';
import { INDEX_FOLDER } from '../search-parts.ts';

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

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

export function readPage(html: string, url: string): BuiltPage {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!)));
  const links: string[] = [];
  const unsafeLinks: string[] = [];
  for (const [tag] of html.matchAll(/<(?:a|link|img|script|source)\s[^>]*>/gi)) {
    const target = attribute(tag, 'href') ?? attribute(tag, 'src');
    if (!target) continue;
    links.push(decode(target));
    if (/^<a\s/i.test(tag) && !opensSafely(target, attribute(tag, 'rel'))) unsafeLinks.push(decode(target));
  }
  const stylesheets = [...html.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*>/gi)].flatMap(
    (match) => attribute(match[0], 'href') ?? [],
  );
  const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].flatMap(([, attributes = '']) => {
    if (/type="application\/ld\+json"/i.test(attributes)) return [];
    const src = attribute(` ${attributes}`, 'src');
    return [src ? { src } : { inline: true as const }];
  });
  return {
    url,
    bytes: Buffer.byteLength(html),
    ids,
    links,
    unsafeLinks,
    stylesheets,
    scripts,
    isRedirect: /<meta http-equiv="refresh"/i.test(html),
  };
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

/** Every .html file under dist, as pages. */
export function readBuiltSite(dist: string): BuiltPage[] {
  return builtHtmlFiles(dist).map((file) => {
    const url = `/${file}`.replace(/\/index\.html$/, '/');
    return readPage(readFileSync(path.join(dist, file), 'utf8'), url);
  });
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
