/** The file `npm run new` writes: its name and its text. */
import type { z } from 'astro/zod';
import { Document, isMap, isScalar } from 'yaml';
import { descriptionAt, knownKeysAt, schemaAt } from '../analysis/schema-shape.ts';
import { bodyTemplates, type Kind } from './questions.ts';

/** A file name made from a title is cut to this many words, so that URLs stay readable. */
const SLUG_WORDS = 8;

/** Words a cut-short name should not end on: "closing-the-gap-in-a" reads as unfinished. */
const FUNCTION_WORDS = new Set(
  'a an and as at but by for from in into its of on or our the their to with without'.split(' '),
);

/** A file name from a title: lower-case words joined by hyphens, at most SLUG_WORDS of them. */
export function slug(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .split('-')
    .slice(0, SLUG_WORDS);
  while (words.length > 1 && FUNCTION_WORDS.has(words.at(-1)!)) words.pop();
  return words.join('-');
}

/** The first name not taken: `id`, then id-2, id-3… */
export function freeName(id: string, taken: (id: string) => boolean): string {
  let candidate = id;
  for (let count = 2; taken(candidate); count++) candidate = `${id}-${count}`;
  return candidate;
}

/**
 * `value` with the fields of every group in the order its schema declares them (title first), so
 * a file reads the same whatever order the answers were given in.
 */
export function inSchemaOrder(value: unknown, schema: z.ZodType | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, schema && schemaAt(schema, [0])));
  if (!schema || value === null || typeof value !== 'object' || value instanceof Date) return value;
  const keys = knownKeysAt(schema, []);
  const rank = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([key, item]) => [key, inSchemaOrder(item, schemaAt(schema, [key]))]),
  );
}

/** The text of a new entry: its fields, each with its description as a comment so the file explains itself. */
export function entryText(
  kind: Kind,
  extension: '.mdx' | '.yaml' | undefined,
  data: Record<string, unknown>,
  schema: z.ZodType,
): string {
  const document = new Document(inSchemaOrder(data, schema));
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key)) {
        const text = descriptionAt(schema, [String(pair.key.value)]);
        if (text) pair.key.commentBefore = ` ${text}`;
      }
    }
  }
  const yaml = document.toString({ lineWidth: 0 });
  return extension === '.mdx' ? `---\n${yaml}---\n\n${bodyTemplates[kind as Exclude<Kind, 'trust'>]}` : yaml;
}
