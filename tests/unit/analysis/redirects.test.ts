import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRedirects, redirectsFile } from '../../../src/lib/analysis/redirects.ts';
import { buildSite, makeFixtureSite } from '../fixture-site.ts';

let root = '';

/** The fixture case study has an old id in redirectFrom. */
beforeAll(() => {
  root = makeFixtureSite('redirects');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('permanent addresses', () => {
  it('collects every old id as old path -> new path', () => {
    expect(collectRedirects(root)).toEqual({ '/case-studies/old-reading-case-study/': '/case-studies/case-study/' });
    expect(redirectsFile(collectRedirects(root))).toBe(
      '/case-studies/old-reading-case-study/ /case-studies/case-study/ 301\n',
    );
  });

  it('the build turns an old id into a page that sends readers, and search engines, to the new one', () => {
    const build = buildSite(root);
    expect(build.status, build.log.slice(-4000)).toBe(0);
    const page = readFileSync(path.join(root, 'dist/case-studies/old-reading-case-study/index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0;url=/case-studies/case-study/">');
    expect(page).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/case-studies\/case-study\/">/);
    expect(readFileSync(path.join(root, 'dist/_redirects'), 'utf8')).toContain(
      '/case-studies/old-reading-case-study/ /case-studies/case-study/ 301',
    );
    const sitemap = readFileSync(path.join(root, 'dist/sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/case-studies/case-study/</loc>');
    expect(sitemap).not.toContain('old-reading-case-study');
  }, 120_000);
});
