/**
 * The promise that nothing is silently dropped: every file in content/ must become exactly one
 * page. This module compares the content folder with the pages a build produced.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionSpecs, entryPage } from '../../schemas/index.ts';
import { parseYaml } from '../analysis/files.ts';
import { isNotEntry, strayFiles, strayProblem } from '../analysis/layout.ts';

export interface ExpectedPage {
  /** The file the page comes from, relative to the project. */
  file: string;
  /** The page's path as Astro names a built page, with no leading slash: "case-studies/some-id/". */
  page: string;
}

const builtName = (url: string) => url.slice(1);

/** The pages the content folder promises: one per entry file, one per theme. */
export function expectedPages(root: string): ExpectedPage[] {
  const expected: ExpectedPage[] = [];
  for (const spec of collectionSpecs) {
    const location = path.join(root, 'content', spec.path);
    if (!spec.extension) {
      // The loader has refused a list that is not one; this only names the pages it promised.
      const { data } = parseYaml(readFileSync(location, 'utf8'));
      const themes = (Array.isArray(data) ? data : []) as { id: string }[];
      for (const theme of themes) expected.push({ file: `content/${spec.path}`, page: builtName(entryPage(spec.name, theme.id)) });
      continue;
    }
    for (const name of (existsSync(location) ? readdirSync(location) : [])) {
      if (isNotEntry(name)) continue;
      const id = name.slice(0, name.length - path.extname(name).length);
      expected.push({ file: `content/${spec.path}/${name}`, page: builtName(entryPage(spec.name, id)) });
    }
  }
  return expected;
}

/** Problems, one sentence each; empty when every file became exactly one page. */
export function findPageProblems(expected: ExpectedPage[], builtPages: string[]): string[] {
  const built = new Map<string, number>();
  for (const page of builtPages) built.set(page, (built.get(page) ?? 0) + 1);
  const problems: string[] = [];
  for (const { file, page } of expected) {
    const count = built.get(page) ?? 0;
    if (count === 0) problems.push(`${file} did not become a page (expected /${page})`);
    if (count > 1) problems.push(`${file} became ${count} pages at /${page}`);
  }
  const pages = new Map<string, string>();
  for (const { file, page } of expected) {
    const other = pages.get(page);
    if (other) problems.push(`${file} and ${other} both claim /${page}`);
    pages.set(page, file);
  }
  return problems;
}

/** Files outside every collection's place: no route reads them, so none can become a page. */
export const strayFileProblems = (root: string): string[] =>
  strayFiles(root).map((file) => `${file} did not become a page: it is outside the content folders. ${strayProblem(file).fix}`);
