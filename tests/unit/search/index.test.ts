import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedPages, pageUrl } from '../../../src/integrations/pagefind.ts';
import { partCount, partFolder, partOf } from '../../../src/lib/search/parts.ts';
import { buildSite, makeFixtureSite } from '../fixture-site.ts';

describe('parts of the search index', () => {
  it('uses one part up to the limit, then doubles', () => {
    expect(partCount(0)).toBe(1);
    expect(partCount(1000)).toBe(1);
    expect(partCount(1001)).toBe(2);
    expect(partCount(2_400)).toBe(4);
    expect(partCount(10_041)).toBe(16);
    expect(partCount(5, 2)).toBe(4);
  });

  it('keeps a page in its part, and spreads pages evenly', () => {
    const urls = Array.from({ length: 10_000 }, (_, i) => `/case-studies/generated-${i}/index.html`);
    expect(urls.map((url) => partOf(url, 16))).toEqual(urls.map((url) => partOf(url, 16)));
    const sizes = Array.from({ length: 16 }, () => 0);
    for (const url of urls) sizes[partOf(url, 16)]!++;
    expect(Math.min(...sizes)).toBeGreaterThan(500);
    expect(Math.max(...sizes)).toBeLessThan(750);
  });

  it('writes the first part where Pagefind is loaded from', () => {
    expect(partFolder(0)).toBe('/pagefind/');
    expect(partFolder(3)).toBe('/pagefind/part-3/');
  });
});

describe('the address each page is indexed under', () => {
  it('is the one Pagefind gives a page when it reads the built site itself', async () => {
    const { index } = await pagefind.createIndex({});
    try {
      for (const page of [
        'index.html',
        'evidence/feedback/index.html',
        '404.html',
        'odd(name),{x}*/index.html',
        'a space/é.html',
      ]) {
        const added = await index!.addHTMLFile({
          sourcePath: page,
          content: '<html><body data-pagefind-body>x</body></html>',
        });
        expect(added.errors).toEqual([]);
        expect(pageUrl(page), page).toBe(added.file.url);
      }
    } finally {
      await pagefind.close();
    }
  });
});

describe('the pages an index holds', () => {
  it('are counted from its entry file, leaving out a page Pagefind was sent but did not index', async () => {
    const { index } = await pagefind.createIndex({});
    try {
      await index!.addHTMLFile({
        url: '/a/',
        content: '<html lang="en-GB"><body data-pagefind-body>one</body></html>',
      });
      await index!.addHTMLFile({
        url: '/b/',
        content: '<html lang="en-GB"><body data-pagefind-body>two</body></html>',
      });
      // Once a page marks its body, a page that does not is left out.
      await index!.addHTMLFile({ url: '/c/', content: '<html lang="en-GB"><body>three</body></html>' });
      const { files } = await index!.getFiles();
      expect(indexedPages(files)).toBe(2);
    } finally {
      await pagefind.close();
    }
  });
});

describe('the built index, split into parts', () => {
  let root = '';
  beforeAll(() => {
    root = makeFixtureSite('search-index');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('indexes every searchable page exactly once, across the parts the manifest lists', () => {
    const build = buildSite(root, { COMMONS_SEARCH_PAGES_PER_PART: '1' });
    expect(build.status, build.log.slice(-4000)).toBe(0);
    const dist = path.join(root, 'dist');
    const { parts } = JSON.parse(readFileSync(path.join(dist, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]).toBe('/pagefind/');
    const urls = parts.flatMap((folder) => {
      const fragments = path.join(dist, folder, 'fragment');
      return readdirSync(fragments).map((name) => {
        // A fragment is gzipped: a short signature, then the page's JSON.
        const text = gunzipSync(readFileSync(path.join(fragments, name))).toString();
        return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
      });
    });
    const searchable = ['case-studies/case-study', 'evidence/reading-comprehension-strategies'];
    for (const page of searchable) expect(urls).toContain(`/${page}/`);
    expect(new Set(urls).size).toBe(urls.length);
    // Pagefind's runtime is loaded once, from the first part; the others hold only their index.
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
    for (const folder of parts.slice(1)) expect(existsSync(path.join(dist, folder, 'pagefind.js'))).toBe(false);
  }, 120_000);
});
