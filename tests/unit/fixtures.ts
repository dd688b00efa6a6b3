import { readFileSync } from 'node:fs';
import { parseYaml, splitFrontmatter } from '../../src/lib/analysis/files.ts';

const fixtureUrl = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

export const readFixture = (name: string) => readFileSync(fixtureUrl(name), 'utf8');

/** The data of a fixture: its frontmatter for .mdx files, the whole file for .yaml. */
export function fixtureData(name: string): Record<string, unknown> {
  const source = readFixture(name);
  const yaml = name.endsWith('.mdx') ? splitFrontmatter(source).frontmatter : source;
  return parseYaml(yaml).data as Record<string, unknown>;
}

/** A copy of the data with one change: a value set (or removed, when undefined) at a path. */
export function withChange(data: Record<string, unknown>, path: (string | number)[], value: unknown) {
  const copy = structuredClone(data);
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}
