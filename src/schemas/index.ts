/**
 * The content model in one place: each collection's folder, file kind and schema. The site's
 * collections, the checker and the exports all read this list.
 */
import type { z } from 'astro/zod';
import { CASE_STUDY_HEADINGS, caseStudySchema } from './case-study.ts';
import { ID_PATTERN, type CollectionName, type ReferenceFactory } from './common.ts';
import { evidenceSchema } from './evidence.ts';
import { playbookSchema } from './playbook.ts';
import { themeSchema } from './theme.ts';
import { trustSchema } from './trust.ts';

export interface CollectionSpec {
  name: CollectionName;
  /** Folder under content/ (or the file, for themes). */
  path: string;
  /** File extension of an entry, for folder collections. */
  extension?: '.mdx' | '.yaml';
  /** URL segment of the collection's pages. */
  route: string;
  label: { singular: string; plural: string };
  schema: <R extends z.ZodType>(reference: ReferenceFactory<R>) => z.ZodType;
  /** Level-2 headings every body of this collection must have, in order. */
  requiredHeadings?: readonly string[];
}

export const collectionSpecs: readonly CollectionSpec[] = [
  {
    name: 'caseStudies',
    path: 'case-studies',
    extension: '.mdx',
    route: 'case-studies',
    label: { singular: 'Case study', plural: 'Case studies' },
    schema: caseStudySchema,
    requiredHeadings: CASE_STUDY_HEADINGS,
  },
  {
    name: 'evidence',
    path: 'evidence',
    extension: '.mdx',
    route: 'evidence',
    label: { singular: 'Evidence summary', plural: 'Evidence summaries' },
    schema: evidenceSchema,
  },
  {
    name: 'playbooks',
    path: 'playbooks',
    extension: '.mdx',
    route: 'playbooks',
    label: { singular: 'Playbook', plural: 'Playbooks' },
    schema: playbookSchema,
  },
  {
    name: 'trusts',
    path: 'trusts',
    extension: '.yaml',
    route: 'trusts',
    label: { singular: 'Trust', plural: 'Trusts' },
    schema: trustSchema,
  },
  {
    name: 'themes',
    path: 'themes.yaml',
    route: 'themes',
    label: { singular: 'Theme', plural: 'Themes' },
    schema: () => themeSchema,
  },
];

export const collectionSpec = (name: CollectionName): CollectionSpec => {
  const spec = collectionSpecs.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`Unknown collection ${name}`);
  return spec;
};

/** The file an entry of a folder collection is written in, from the project folder. */
export const entryFile = (spec: CollectionSpec, id: string): string => `content/${spec.path}/${id}${spec.extension ?? ''}`;

/** The collection a path such as content/evidence/x.mdx belongs to, if it is an entry's file. */
export const specOfFile = (file: string): CollectionSpec | undefined =>
  collectionSpecs.find(
    (spec) => spec.extension && file.startsWith(`content/${spec.path}/`) && file.endsWith(spec.extension),
  );

/** The entry a path such as content/evidence/x.mdx is the file of: its collection and id. */
export function entryOfFile(file: string): { spec: CollectionSpec; id: string } | undefined {
  const spec = specOfFile(file);
  return spec && { spec, id: file.slice(file.lastIndexOf('/') + 1, -spec.extension!.length) };
}

/** The address of an entry's page, e.g. /evidence/feedback/: the one place that says where entries live. */
export const entryPage = (collection: CollectionName, id: string): string => `/${collectionSpec(collection).route}/${id}/`;

/** The entry an address such as /evidence/feedback/ is the page of, if it is one: entryPage in reverse. */
export function entryOfPage(url: string): { spec: CollectionSpec; id: string } | undefined {
  const id = url.split('/')[2];
  // A page of a paginated list (/case-studies/2/) is no entry's: an id starts with a letter.
  const spec = id && ID_PATTERN.test(id) ? collectionSpecs.find((candidate) => entryPage(candidate.name, id) === url) : undefined;
  return spec && id ? { spec, id } : undefined;
}
