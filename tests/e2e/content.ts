/** The real content, read the way the site reads it, so tests follow whatever is published. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml, splitFrontmatter } from '../../src/lib/analysis/files.ts';

const root = path.resolve(import.meta.dirname, '../../content');

export interface Entry {
  id: string;
  data: Record<string, any>;
}

export function entries(folder: 'case-studies' | 'evidence' | 'playbooks' | 'trusts'): Entry[] {
  return readdirSync(path.join(root, folder))
    .filter((name) => /\.(mdx|yaml)$/.test(name))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(root, folder, name), 'utf8');
      const yaml = name.endsWith('.mdx') ? splitFrontmatter(source).frontmatter : source;
      return { id: name.replace(/\.(mdx|yaml)$/, ''), data: parseYaml(yaml).data as Record<string, any> };
    });
}

export const themes = () =>
  parseYaml(readFileSync(path.join(root, 'themes.yaml'), 'utf8')).data as { id: string; title: string }[];
