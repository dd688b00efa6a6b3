import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeFixtureSite } from './fixture-site.ts';

let root = '';
beforeAll(() => {
  root = makeFixtureSite('incremental');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const CASE_STUDY_PAGE = '/case-studies/case-study/index.html';
const EVIDENCE_PAGE = '/evidence/reading-comprehension-strategies/index.html';

/** The pages a build rendered, and those it copied from the build cache. */
function build() {
  const { status, log } = buildSite(root);
  expect(status, log.slice(-4000)).toBe(0);
  const pages = [...log.matchAll(/├─ (\S+)(.*)$/gm)];
  return {
    restored: new Set(pages.filter(([, , rest]) => /\((restored|cached)\)/.test(rest!)).map(([, page]) => page)),
    rendered: new Set(pages.filter(([, , rest]) => !/\((restored|cached)\)/.test(rest!)).map(([, page]) => page)),
  };
}
const edit = (file: string, change: (text: string) => string) => {
  const location = path.join(root, 'content', file);
  writeFileSync(location, change(readFileSync(location, 'utf8')));
};
const page = (name: string) => readFileSync(path.join(root, 'dist', name), 'utf8');

describe('a rebuild', () => {
  it('renders again only the page whose body changed, and copies the rest', () => {
    expect(build().restored.size).toBe(0);
    edit('case-studies/case-study.mdx', (text) =>
      text.replace('## Impact', '## Impact\n\nA sentence added between builds.'),
    );
    const { restored, rendered } = build();
    expect(rendered).toContain(CASE_STUDY_PAGE);
    expect(restored).toContain(EVIDENCE_PAGE);
    expect(restored).toContain('/case-studies/index.html');
    expect(page(CASE_STUDY_PAGE)).toContain('A sentence added between builds.');
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
  }, 180_000);
});
