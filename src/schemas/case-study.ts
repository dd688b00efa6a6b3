import { z } from 'astro/zod';
import {
  dateSchema,
  redirectFromSchema,
  sourceLinksSchema,
  summarySchema,
  themesField,
  titleSchema,
  type ReferenceFactory,
} from './common.ts';
import { phaseSchema } from './phases.ts';
import { regionSchema } from './regions.ts';

export const identifiedByOptions = [
  { id: 'self-evaluation', title: 'School self-evaluation' },
  { id: 'trust-review', title: 'Trust review' },
  { id: 'peer-review', title: 'Peer review' },
  { id: 'inspection', title: 'Inspection' },
  { id: 'local-authority', title: 'Local authority' },
  { id: 'regional-team', title: 'Regional team' },
  { id: 'data-analysis', title: 'Data analysis' },
] as const;

export const impactUnits = [
  { id: 'percent', title: 'per cent', symbol: '%' },
  { id: 'points', title: 'percentage points', symbol: ' pts' },
  { id: 'score', title: 'score', symbol: '' },
  { id: 'months', title: 'months', symbol: ' months' },
  { id: 'days', title: 'days', symbol: ' days' },
  { id: 'count', title: 'count', symbol: '' },
  // A count of the cohort's own pupils, drawn and written against it ("6 of 10"); "count" is for
  // anything else, such as suspensions, which one pupil can have several of.
  { id: 'pupils', title: 'pupils of the cohort', symbol: '' },
] as const;

export const reviewStatuses = [
  { id: 'self-reported', title: 'Self-reported' },
  { id: 'peer-reviewed', title: 'Peer-reviewed' },
] as const;

/**
 * Who wrote the entry. The organisation it is about, by pull request; or the Commons' editors, who
 * summarise public reports about work they did not do. Readers and citations must know which.
 */
export const writtenByOptions = [
  { id: 'contributor', title: 'The organisation that did the work' },
  { id: 'commons', title: 'School Improvement Commons, from public reports' },
] as const;

/** Whether a higher or a lower figure is the better outcome, where the measure has a direction. */
export const betterOptions = [
  { id: 'higher', title: 'Higher is better' },
  { id: 'lower', title: 'Lower is better' },
] as const;

/** The body of every case study follows the improvement cycle in these sections, in this order. */
export const CASE_STUDY_HEADINGS = ['Context', 'What we did', 'Impact', 'What we would do differently'] as const;

export const licences = ['CC-BY-4.0', 'OGL-3.0'] as const;

const ids = <T extends readonly { id: string }[]>(list: T) =>
  list.map((item) => item.id) as [T[number]['id'], ...T[number]['id'][]];

const urnSchema = z
  .union([z.int(), z.string()])
  .transform((urn) => String(urn).trim())
  .pipe(z.string().regex(/^\d{6}$/, { message: 'must be a 6-digit DfE URN such as 137157' }))
  .describe('The school\u2019s 6-digit Unique Reference Number from Get Information about Schools.');

export const impactSchema = z
  .strictObject({
    measure: z
      .string()
      .trim()
      .min(5)
      .max(120)
      .describe('What was measured, for example "Pupils meeting the expected standard in reading".'),
    unit: z
      .enum(ids(impactUnits))
      .describe(
        'The unit: percent, points, score, months, days, pupils (how many of the cohort\u2019s pupils) or count (of anything else, such as suspensions).',
      ),
    baseline: z.number().describe('The value before the work began.'),
    result: z.number().describe('The value at the end of the period.'),
    cohort: z.number().int().positive().describe('How many pupils the measure covers (a whole number above 0).'),
    from: dateSchema.describe('When the baseline was taken (YYYY-MM-DD).'),
    to: dateSchema.describe('When the result was taken (YYYY-MM-DD).'),
    source: z
      .string()
      .trim()
      .min(5)
      .max(200)
      .describe('Where the figures come from, for example "School attendance records, 2022/23".'),
    better: z
      .enum(ids(betterOptions))
      .optional()
      .describe(
        'Optional: "lower" when a fall is the good outcome (absence, suspensions), "higher" when a rise is. Leave out if neither.',
      ),
    note: z
      .string()
      .trim()
      .min(10)
      .max(300)
      .optional()
      .describe(
        'Optional: what a reader must know to read the figures fairly, shown under the chart. For example "All pupils were chosen because they were below the standard, so the baseline is 0 by design."',
      ),
  })
  .superRefine((impact, ctx) => {
    if (impact.to < impact.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after "from"' });
    }
    if (impact.unit === 'pupils') {
      for (const key of ['baseline', 'result'] as const) {
        if (!Number.isInteger(impact[key]) || impact[key] < 0 || impact[key] > impact.cohort) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `is a number of the cohort's pupils, so must be a whole number from 0 to ${impact.cohort}`,
          });
        }
      }
    }
    if (impact.unit === 'percent') {
      for (const key of ['baseline', 'result'] as const) {
        if (impact[key] < 0 || impact[key] > 100) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'is a percentage, so must be between 0 and 100' });
        }
      }
    }
  })
  .describe('One measured result: a baseline, a result, the pupils it covers and the period.');

export const caseStudySchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z
    .strictObject({
      title: titleSchema,
      summary: summarySchema,
      trust: reference('trusts').describe('The id of the organisation that did the work, in content/trusts/.'),
      schools: z
        .array(
          z.strictObject({
            name: z.string().trim().min(3).max(120).describe('The school\u2019s name.'),
            urn: urnSchema.optional(),
          }),
        )
        .default([])
        .describe('The schools involved, as publicly named. Leave out if the work was trust-wide.'),
      phase: z.array(phaseSchema).min(1).describe('The phases of education involved.'),
      region: regionSchema,
      themes: themesField(reference),
      need: z.string().trim().min(20).max(400).describe('The need you identified, in one or two sentences.'),
      identifiedBy: z
        .array(z.enum(ids(identifiedByOptions)))
        .min(1)
        .describe('How the need was identified.'),
      evidence: z.array(reference('evidence')).describe('Ids of the evidence summaries you drew on. Write [] if none.'),
      playbooks: z.array(reference('playbooks')).default([]).describe('Ids of playbooks you followed, if any.'),
      impact: z
        .array(impactSchema)
        .min(1)
        // Six charts and the longest body the checker allows (MAX_BODY_CHARACTERS) fit the page's 40 KB budget.
        .max(6)
        .describe('The results you measured, with figures as reported: at least one and at most six, the ones that matter most.'),
      duration: z.number().int().min(1).max(120).describe('How long the work ran, in months.'),
      offersSupport: z.boolean().describe('true if your organisation will help other schools with this work.'),
      published: dateSchema.describe('When the case study was first published here (YYYY-MM-DD).'),
      updated: dateSchema.optional().describe('When it was last changed (YYYY-MM-DD).'),
      review: z
        .enum(ids(reviewStatuses))
        .describe(
          '"self-reported", or "peer-reviewed" with reviewedBy and reviewedOn. A summary by the Commons is "self-reported" unless another organisation checked it: its figures are the organisation\u2019s own.',
        ),
      reviewedBy: z
        .string()
        .trim()
        .min(3)
        .max(120)
        .optional()
        .describe('Who peer-reviewed the case study: an organisation, not a named person.'),
      reviewedOn: dateSchema.optional().describe('When it was peer-reviewed (YYYY-MM-DD).'),
      writtenBy: z
        .enum(ids(writtenByOptions))
        .default('contributor')
        .describe(
          'Who wrote this entry: "contributor" (the default) if the organisation that did the work wrote it, or "commons" if School Improvement Commons summarised it from public reports, listed in sources. A summary by the Commons says so at the top of its page, and its "we" headings are shown as "they".',
        ),
      licence: z.enum(licences).default('CC-BY-4.0').describe('CC-BY-4.0, or OGL-3.0 for material drawn from GOV.UK.'),
      sources: sourceLinksSchema.default([]).describe('Public reports the case study draws on.'),
      redirectFrom: redirectFromSchema,
    })
    .superRefine((study, ctx) => {
      const peerReviewed = study.review === 'peer-reviewed';
      for (const key of ['reviewedBy', 'reviewedOn'] as const) {
        if (peerReviewed && study[key] === undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'is needed when review is "peer-reviewed"' });
        }
        if (!peerReviewed && study[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'only goes with review: peer-reviewed' });
        }
      }
      // A summary by the Commons is only as good as the reports behind it: readers must be able to check them.
      if (study.writtenBy === 'commons' && study.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'needs at least one public report when writtenBy is "commons", so readers can check the summary',
        });
      }
      if (study.updated && study.updated < study.published) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'must be on or after "published"' });
      }
    });
