import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeFixtureSite } from '../fixture-site.ts';

let root = '';
beforeAll(() => {
  root = makeFixtureSite('incremental');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CASE_STUDY_PAGE = '/case-studies/case-study/index.html';
const EVIDENCE_PAGE = '/evidence/reading-comprehension-strategies/index.html';

/**
 * The pages a build rendered, those it kept from the last build, and how many parts of the search
 * index it wrote again. One page per part, so that a change touches few parts.
 */
function build() {
  const { status, log } = buildSite(root, { COMMONS_SEARCH_PAGES_PER_PART: '1' });
  expect(status, log.slice(-4000)).toBe(0);
  const pages = [...log.matchAll(/├─ (\S+)(.*)$/gm)];
  const [, indexed, kept] = /indexed (\d+), kept (\d+) unchanged/.exec(log) ?? [];
  return {
    search: { indexed: Number(indexed), kept: Number(kept) },
    restored: new Set(pages.filter(([, , rest]) => /\((restored|cached)\)/.test(rest!)).map(([, page]) => page)),
    rendered: new Set(pages.filter(([, , rest]) => !/\((restored|cached)\)/.test(rest!)).map(([, page]) => page)),
  };
}
const edit = (file: string, change: (text: string) => string) => {
  const location = path.join(root, 'content', file);
  writeFileSync(location, change(readFileSync(location, 'utf8')));
};
const page = (name: string) => readFileSync(path.join(root, 'dist', name), 'utf8');

/** Every file of the built site with its bytes, to compare one build with another. */
function builtFiles(): Map<string, string> {
  const dist = path.join(root, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dist, file), readFileSync(file).toString('base64')];
    }),
  );
}

describe('a rebuild', () => {
  it('renders again only the page whose body changed, and copies the rest', () => {
    expect(build().restored.size).toBe(0);
    edit('case-studies/case-study.mdx', (text) =>
      text.replace('## Impact', '## Impact\n\nA sentence added between builds.'),
    );
    const { restored, rendered, search } = build();
    expect(rendered).toContain(CASE_STUDY_PAGE);
    expect(restored).toContain(EVIDENCE_PAGE);
    expect(restored).toContain('/case-studies/index.html');
    expect(page(CASE_STUDY_PAGE)).toContain('A sentence added between builds.');
    // Only the part of the search index that holds the changed page is written again.
    expect(search.indexed).toBe(1);
    expect(search.kept).toBeGreaterThan(0);
  }, 180_000);

  it('checks the links of a page it wrote again, though it keeps what it read of the others', () => {
    const before = readFileSync(path.join(root, 'content/case-studies/case-study.mdx'), 'utf8');
    edit('case-studies/case-study.mdx', (text) =>
      text.replace('## Impact', '## Impact\n\nSee [the old page](/case-studies/gone-between-builds/).'),
    );
    const { status, log } = buildSite(root, { COMMONS_SEARCH_PAGES_PER_PART: '1' });
    expect(status).not.toBe(0);
    expect(log).toContain(
      '/case-studies/case-study/ links to /case-studies/gone-between-builds/, which does not exist',
    );
    writeFileSync(path.join(root, 'content/case-studies/case-study.mdx'), before);
  }, 180_000);

  it('renders again every page that may show a changed field', () => {
    edit('trusts/example-learning-trust.yaml', (text) =>
      text.replace(/^name: .*$/m, 'name: Renamed Between Builds Trust'),
    );
    const { restored, rendered } = build();
    expect(restored.size).toBe(0);
    expect(rendered).toContain(CASE_STUDY_PAGE);
    expect(page(CASE_STUDY_PAGE)).toContain('Renamed Between Builds Trust');
    expect(page('/case-studies/index.html')).toContain('Renamed Between Builds Trust');
    expect(page('/api/v1/trusts/example-learning-trust.json')).toContain('Renamed Between Builds Trust');
  }, 180_000);

  it('removes the pages of a deleted entry and anything else an earlier build left, as a clean build would', () => {
    writeFileSync(path.join(root, 'dist/left-behind.html'), '<p>From an earlier build</p>');
    rmSync(path.join(root, 'content/case-studies/case-study.mdx'));
    edit('playbooks/choosing-an-evidence-informed-approach.mdx', (text) => text.replace(/^caseStudies: .*\n/m, ''));
    build();
    expect(existsSync(path.join(root, 'dist', CASE_STUDY_PAGE))).toBe(false);
    expect(existsSync(path.join(root, 'dist/api/v1/case-studies/case-study.json'))).toBe(false);
    expect(existsSync(path.join(root, 'dist/left-behind.html'))).toBe(false);
    const kept = builtFiles();
    rmSync(path.join(root, 'dist'), { recursive: true });
    rmSync(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
    rmSync(path.join(root, 'node_modules/.cache'), { recursive: true, force: true });
    build();
    const clean = builtFiles();
    expect([...kept.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean].filter(([file, bytes]) => kept.get(file) !== bytes).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 180_000);
});
