import { z } from 'astro/zod';
import { isoDateFor } from '../lib/text/dates.ts';

/**
 * Builds the schema of a reference to another collection. Astro's collections pass its
 * `reference()`; tools that run outside Astro (the checker, the JSON Schema export) pass a
 * plain id schema and resolve references themselves. One schema module serves both.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

export type CollectionName = 'caseStudies' | 'evidence' | 'playbooks' | 'trusts' | 'themes';

/** Every entry's id is its file name: lower-case words joined by hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, {
    message: 'must be lower-case words joined by hyphens, starting with a letter (for example "reading-recovery")',
  })
  .describe('An id: lower-case words joined by hyphens, starting with a letter, as in a file name.');

/** An id written by contributors, checked as an id before it is resolved. */
export const plainReference: ReferenceFactory = () => idSchema;

/** Like plainReference, but marked with the collection it points to, so tools can find references. */
export const markedReference: ReferenceFactory = (collection) => idSchema.meta({ reference: collection });

/**
 * A calendar date written as YYYY-MM-DD, read as a Date. It must be a day that exists: JavaScript
 * would read 2026-02-31 as 3 March without a word. (YAML leaves dates as text: see src/lib/analysis/files.ts.)
 */
export const dateSchema = z.iso
  .date({
    error: ({ input }) => {
      if (input === undefined) return undefined;
      const meant = typeof input === 'string' ? isoDateFor(input) : undefined;
      return meant
        ? `must be written as YYYY-MM-DD: for "${input}" write ${meant}`
        : 'must be a real date written as YYYY-MM-DD';
    },
  })
  .pipe(z.coerce.date());

// "www.example.org" or "http://example.org", as addresses are often copied; spaces mean it is not one.
const ALMOST_AN_ADDRESS = /^(?:http:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;

export const httpsUrl = z
  .url({
    protocol: /^https$/,
    error: ({ input }) => {
      const text = typeof input === 'string' ? input.trim() : '';
      return ALMOST_AN_ADDRESS.test(text)
        ? `must be a full web address starting with https://: write https://${text.replace(/^http:\/\//i, '')}`
        : 'must be a full web address starting with https://';
    },
  })
  .describe('A full web address starting with https://');

export const titleSchema = z
  .string()
  .trim()
  .min(10)
  .max(120)
  .describe('The title: 10 to 120 characters, in sentence case.');

export const summarySchema = z
  .string()
  .trim()
  .min(50)
  .max(300)
  .describe('One or two plain-text sentences (50 to 300 characters) shown in lists, search results and link previews.');

export const sourceLinkSchema = z
  .strictObject({
    title: z.string().trim().min(3).describe('The title of the public page or report.'),
    url: httpsUrl.describe('Its web address, starting with https://'),
  })
  .describe('A public page or report this entry draws on.');

export const sourceLinksSchema = z
  .array(sourceLinkSchema)
  .describe('The public pages or reports the facts come from, so readers can check them.');

export const redirectFromSchema = z
  .array(idSchema)
  .default([])
  .describe(
    'Old ids of this entry. When you rename a file, list its old id here so links to the old address keep working.',
  );

export const themesField = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z
    .array(reference('themes'))
    .min(1)
    .max(5)
    .describe('One to five theme ids from content/themes.yaml, most relevant first.');
