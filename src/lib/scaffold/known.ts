/** The entries already in content/ that new ones may refer to: the lists the questions offer. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { collectionSpec, entryOfFile } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { splitFrontmatter } from '../content/files.ts';
import type { Choice, KnownEntries } from './questions.ts';

/** A file that could not be read, named so the contributor can find it. */
export interface Unreadable {
  file: string;
  reason: string;
}

type Fields = Record<string, unknown>;

/** The file's fields; throws on YAML that does not parse. */
function fieldsOf(text: string, extension: string): unknown {
  return parse(extension === '.mdx' ? splitFrontmatter(text).frontmatter : text);
}

const isFields = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The first line of a parser's message; the rest is a picture of the line, which npm run check shows better. */
const reasonOf = (error: unknown) =>
  String((error as Error).message ?? error)
    .split('\n')[0]!
    .replace(/:$/, '');

/**
 * Reads the trusts, evidence summaries and themes. One broken file must not stop `npm run new`
 * (the contributor may not even have written it): it is left out of the lists and named.
 */
export function readKnownEntries(root: string): { known: KnownEntries; unreadable: Unreadable[] } {
  const unreadable: Unreadable[] = [];
  const read = (relative: string, extension: string): unknown => {
    try {
      return fieldsOf(readFileSync(path.join(root, relative), 'utf8'), extension);
    } catch (error) {
      unreadable.push({ file: relative, reason: reasonOf(error) });
      return undefined;
    }
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
