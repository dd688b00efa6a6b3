/** The entries already in content/ that new ones may refer to: the lists the questions offer. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionSpec, entryOfFile } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { parseYaml, splitFrontmatter } from '../analysis/files.ts';
import type { Choice, KnownEntries } from './questions.ts';

/** A file that could not be read, named so the contributor can find it. */
export interface Unreadable {
  file: string;
  reason: string;
}

type Fields = Record<string, unknown>;

/** The file's fields, read as the site reads them, or the first problem that stops them being read. */
function fieldsOf(text: string, extension: string): { data: unknown; problem?: string } {
  const file = extension === '.mdx' ? splitFrontmatter(text) : undefined;
  const { data, problems } = parseYaml(file ? file.frontmatter : text, file?.hasFrontmatter ? 1 : 0);
  const problem = problems[0];
  return problem ? { data: undefined, problem: `line ${problem.line}: ${problem.message}` } : { data };
}

const isFields = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads the trusts, evidence summaries and themes. One broken file must not stop `npm run new`
 * (the contributor may not even have written it): it is left out of the lists and named.
 */
export function readKnownEntries(root: string): { known: KnownEntries; unreadable: Unreadable[] } {
  const unreadable: Unreadable[] = [];
  const read = (relative: string, extension: string): unknown => {
    let text: string;
    try {
      text = readFileSync(path.join(root, relative), 'utf8');
    } catch (error) {
      unreadable.push({ file: relative, reason: (error as Error).message });
      return undefined;
    }
    const { data, problem } = fieldsOf(text, extension);
    if (problem) unreadable.push({ file: relative, reason: problem });
    return data;
  };
  const folder = (name: CollectionName, titleField: string): Choice[] => {
    const spec = collectionSpec(name);
    return readdirSync(path.join(root, 'content', spec.path)).flatMap((file) => {
      const relative = `content/${spec.path}/${file}`;
      const entry = entryOfFile(relative);
      const data = entry && read(relative, spec.extension!);
      if (!entry || data === undefined) return [];
      const title = isFields(data) ? String(data[titleField] ?? '') : '';
      return [{ id: entry.id, title }];
    });
  };
  const trusts = folder('trusts', 'name');
  const evidence = folder('evidence', 'title');
  const themeList = read('content/themes.yaml', '.yaml');
  const themes = (Array.isArray(themeList) ? themeList : [])
    .filter(isFields)
    .map((theme) => ({ id: String(theme['id'] ?? ''), title: String(theme['title'] ?? '') }));
  return { known: { trusts, evidence, themes }, unreadable };
}

/** What to say about the files that could not be read. */
export function unreadableNotice(unreadable: readonly Unreadable[]): string | undefined {
  if (unreadable.length === 0) return undefined;
  return [
    ...unreadable.map(({ file, reason }) => `${file} could not be read (${reason}), so it is left out of the lists.`),
    'Run npm run check for details of how to mend it.',
  ].join('\n');
}
