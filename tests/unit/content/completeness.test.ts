import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedPages, findPageProblems, strayFileProblems } from '../../../src/lib/content/completeness.ts';

function contentFolder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'commons-content-'));
  for (const folder of ['case-studies', 'evidence', 'playbooks', 'trusts'])
    mkdirSync(path.join(root, 'content', folder), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', name), text);
  return root;
}

describe('every content file becomes exactly one page', () => {
  const root = contentFolder({
    'themes.yaml': '- id: reading\n  title: Reading\n  description: Reading and more reading.\n',
    'case-studies/early-reading.mdx': '---\n---\n',
    'case-studies/.gitkeep': '',
    'evidence/phonics.mdx': '---\n---\n',
    'trusts/north-trust.yaml': 'name: x\n',
  });
  const expected = expectedPages(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('expects one page per file and per theme', () => {
    expect(expected).toEqual([
      { file: 'content/case-studies/early-reading.mdx', page: 'case-studies/early-reading/' },
      { file: 'content/evidence/phonics.mdx', page: 'evidence/phonics/' },
      { file: 'content/trusts/north-trust.yaml', page: 'trusts/north-trust/' },
      { file: 'content/themes.yaml', page: 'themes/reading/' },
    ]);
  });

  it('passes when each expected page was built once', () => {
    expect(findPageProblems(expected, ['', 'case-studies/', ...expected.map((e) => e.page)])).toEqual([]);
  });

  it('fails for a file that became no page', () => {
    expect(
      findPageProblems(
        expected,
        expected.slice(1).map((e) => e.page),
      ),
    ).toEqual(['content/case-studies/early-reading.mdx did not become a page (expected /case-studies/early-reading/)']);
  });

  it('fails for a file that became two pages, and for two files claiming one page', () => {
    const pages = expected.map((e) => e.page);
    expect(findPageProblems(expected, [...pages, 'evidence/phonics/'])).toEqual([
      'content/evidence/phonics.mdx became 2 pages at /evidence/phonics/',
    ]);
    const clash = [...expected, { file: 'content/evidence/phonics.md', page: 'evidence/phonics/' }];
    expect(findPageProblems(clash, pages)).toContain(
      'content/evidence/phonics.md and content/evidence/phonics.mdx both claim /evidence/phonics/',
    );
  });

  it('fails for a file outside the collections\u2019 folders, which no route reads', () => {
    const stray = contentFolder({ 'themes.yaml': '[]\n', 'case-study.mdx': '---\n---\n', '.DS_Store': '' });
    expect(strayFileProblems(stray)).toEqual([
      'content/case-study.mdx did not become a page: it is outside the content folders. Move it to the folder for its kind: content/case-studies/ (case studies), content/evidence/ (evidence summaries), content/playbooks/ (playbooks).',
    ]);
    expect(strayFileProblems(root)).toEqual([]);
    rmSync(stray, { recursive: true, force: true });
  });
});
