import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFiles, staleFiles } from '../../../src/lib/built/stale.ts';

let root = '';
const dist = () => path.join(root, 'dist');
const publicDir = () => path.join(root, 'public');
const write = (file: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), 'x');
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'commons-stale-'));
  for (const file of [
    'dist/index.html',
    'dist/case-studies/kept/index.html',
    'dist/case-studies/deleted/index.html',
    'dist/api/v1/case-studies/deleted.json',
    'dist/api/v1/trusts/written-after-the-pages.json',
    'dist/favicon.svg',
    'dist/old-public-file.txt',
    'dist/_astro/Layout.abc.css',
    'dist/pagefind/pagefind.js',
    'dist/sitemap.xml',
    'public/favicon.svg',
  ])
    write(file);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('files an earlier build left', () => {
  const produced = new Set(['index.html', 'case-studies/kept/index.html']);
  const rewritten = new Set(['_astro', 'pagefind', 'sitemap.xml', 'api/v1/trusts']);

  it('are those neither produced, nor copied from public/, nor rewritten after the pages', () => {
    expect(staleFiles(dist(), produced, publicDir(), rewritten).sort()).toEqual([
      'api/v1/case-studies/deleted.json',
      'case-studies/deleted/index.html',
      'old-public-file.txt',
    ]);
  });

  it('are removed with the folders they leave empty, and nothing else', () => {
    removeFiles(dist(), staleFiles(dist(), produced, publicDir(), rewritten));
    expect(existsSync(path.join(dist(), 'case-studies/deleted'))).toBe(false);
    expect(existsSync(path.join(dist(), 'api/v1/case-studies'))).toBe(false);
    expect(existsSync(path.join(dist(), 'api/v1/trusts/written-after-the-pages.json'))).toBe(true);
    expect(existsSync(path.join(dist(), 'case-studies/kept/index.html'))).toBe(true);
    expect(existsSync(path.join(dist(), 'favicon.svg'))).toBe(true);
    expect(existsSync(path.join(dist(), 'pagefind/pagefind.js'))).toBe(true);
  });
});
