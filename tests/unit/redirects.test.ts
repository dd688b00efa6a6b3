import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRedirects, redirectsFile } from '../../src/lib/content/redirects.ts';

const project = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(project, 'tests/fixtures/valid');
let root = '';

/** A copy of the project whose only content is the valid fixtures; the case study has an old id. */
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'commons-redirects-'));
  for (const name of ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.join(project, name), path.join(root, name), { recursive: true });
  }
  mkdirSync(path.join(root, 'node_modules'));
  for (const name of readdirSync(path.join(project, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(path.join(project, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  for (const folder of ['case-studies', 'evidence', 'playbooks', 'trusts'])
    mkdirSync(path.join(root, 'content', folder), { recursive: true });
  copyFileSync(path.join(project, 'content/themes.yaml'), path.join(root, 'content/themes.yaml'));
  copyFileSync(path.join(fixtures, 'trust.yaml'), path.join(root, 'content/trusts/example-learning-trust.yaml'));
  copyFileSync(
    path.join(fixtures, 'evidence.mdx'),
    path.join(root, 'content/evidence/reading-comprehension-strategies.mdx'),
  );
  copyFileSync(
    path.join(fixtures, 'playbook.mdx'),
    path.join(root, 'content/playbooks/choosing-an-evidence-informed-approach.mdx'),
  );
  copyFileSync(path.join(fixtures, 'case-study.mdx'), path.join(root, 'content/case-studies/case-study.mdx'));
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
    const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
    const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stdout.slice(-2000) + build.stderr.slice(-2000)).toBe(0);
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
