import { z } from 'astro/zod';
import {
  dateSchema,
  httpsUrl,
  redirectFromSchema,
  summarySchema,
  themesField,
  type ReferenceFactory,
} from './common.ts';

export const sourceKinds = [
  { id: 'meta-analysis', title: 'Meta-analysis' },
  { id: 'systematic-review', title: 'Systematic review' },
  { id: 'rct', title: 'Randomised controlled trial' },
  { id: 'quasi-experimental', title: 'Quasi-experimental study' },
  { id: 'guidance', title: 'Guidance' },
  { id: 'other', title: 'Other' },
] as const;

type SourceKind = (typeof sourceKinds)[number]['id'];

/** Evidence older than this should be looked at again; the checker warns. */
export const EVIDENCE_REVIEW_YEARS = 3;

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

export const citationSchema = z
  .strictObject({
    title: z.string().trim().min(3).describe('The title of the study, review or report.'),
    authors: z
      .array(
        z
          .string()
          .trim()
          .min(2)
          // [Smith, A., Jones, B.] in YAML is four items, not two names: catch the initials left on their own.
          .refine((author) => !/^(\p{Lu}\.\s*)+$/u.test(author), {
            message: 'looks like initials split from a surname. Put each author in quotes: ["Smith, A.", "Jones, B."]',
          }),
      )
      .min(1)
      .describe('Its authors, each as "Surname, I." or an organisation name.'),
    year: z.number().int().min(1900).max(2100).describe('The year it was published.'),
    url: httpsUrl.optional().describe('Where to read it, starting with https://'),
    doi: z
      .string()
      .trim()
      .regex(DOI_PATTERN, { message: 'must be a bare DOI such as 10.3102/00346543071003393' })
      .optional()
      .describe('Its DOI without https://doi.org/, for example 10.3102/00346543071003393.'),
    kind: z
      .enum(sourceKinds.map((kind) => kind.id) as [SourceKind, ...SourceKind[]])
      .describe('What kind of research it is.'),
  })
  .refine((source) => source.url !== undefined || source.doi !== undefined, {
    message: 'needs a url or a doi so readers can find it',
  })
  .describe('A study, review or guidance report the summary rests on.');

export const evidenceSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    title: z
      .string()
      .trim()
      .min(3)
      .max(120)
      .describe('The name of the approach, as research summaries use it, for example "Phonics".'),
    summary: summarySchema,
    themes: themesField(reference),
    question: z
      .string()
      .trim()
      .min(20)
      .max(300)
      .describe('The question the evidence answers, for example "Does feedback improve attainment?"'),
    impactMonths: z
      .number()
      .min(-12)
      .max(12)
      .nullable()
      .describe('Average impact in months of additional progress over a year, from -12 to 12; null when unknown.'),
    strength: z.number().int().min(0).max(5).describe('How secure the evidence is, from 0 (none) to 5 (very secure).'),
    cost: z.number().int().min(1).max(5).describe('How much it costs, from 1 (very low) to 5 (very high).'),
    sources: z.array(citationSchema).min(1).describe('The studies and reviews behind the summary, at least one.'),
    lastReviewed: dateSchema.describe(
      `The date someone last checked the summary against its sources (YYYY-MM-DD); reviewed again after ${EVIDENCE_REVIEW_YEARS} years.`,
    ),
    redirectFrom: redirectFromSchema,
  });
