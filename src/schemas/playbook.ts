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
import { stageSchema, stages } from './stages.ts';

export const audiences = [
  { id: 'trust-leader', title: 'Trust leaders' },
  { id: 'headteacher', title: 'Headteachers' },
  { id: 'senior-leader', title: 'Senior leaders' },
  { id: 'subject-lead', title: 'Subject leads' },
  { id: 'teacher', title: 'Teachers' },
  { id: 'governor', title: 'Governors and trustees' },
  { id: 'regional-team', title: 'Regional teams' },
] as const;

type Audience = (typeof audiences)[number]['id'];

const SEMVER = /^\d+\.\d+\.\d+$/;

export const stepSchema = z.strictObject({
  title: z.string().trim().min(5).max(120).describe('What to do in this step, as a short instruction.'),
  stage: stageSchema,
  summary: z.string().trim().min(20).max(400).describe('How to do it, in one to three sentences.'),
  duration: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .optional()
    .describe('Roughly how long it takes, for example "2 weeks" or "one term".'),
});

export const changeSchema = z
  .strictObject({
    version: z
      .string()
      .regex(SEMVER, { message: 'must be a version number such as 1.0.0' })
      .describe('The version this change produced.'),
    date: dateSchema.describe('When it was published (YYYY-MM-DD).'),
    summary: z
      .string()
      .trim()
      .min(10)
      .max(300)
      .describe('What changed, in a sentence, for readers who use the playbook.'),
  })
  .describe('One published change to the playbook.');

export const playbookSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    title: titleSchema,
    summary: summarySchema,
    themes: themesField(reference),
    audience: z
      .array(z.enum(audiences.map((a) => a.id) as [Audience, ...Audience[]]))
      .min(1)
      .describe('Who the playbook is written for.'),
    steps: z
      .array(stepSchema)
      .min(3)
      .superRefine((steps, ctx) => {
        const missing = stages.filter((stage) => !steps.some((step) => step.stage === stage.id));
        if (missing.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `must cover every stage of the improvement cycle; add a step for: ${missing.map((s) => s.id).join(', ')}`,
          });
        }
      })
      .describe(
        'The steps in order, at least three, covering every stage of the improvement cycle: identify, evidence, broker, implement, review.',
      ),
    evidence: z
      .array(reference('evidence'))
      .default([])
      .describe('Ids of the evidence summaries the playbook draws on.'),
    caseStudies: z
      .array(reference('caseStudies'))
      .default([])
      .describe('Ids of case studies that show the playbook in practice.'),
    version: z
      .string()
      .regex(SEMVER, { message: 'must be a version number such as 1.0.0' })
      .describe(
        'Version as MAJOR.MINOR.PATCH: raise MAJOR when steps change meaning, MINOR when steps are added, PATCH for wording.',
      ),
    updated: dateSchema.describe('When this version was published (YYYY-MM-DD).'),
    changes: z
      .array(changeSchema)
      .default([])
      .describe('The change history, newest first: what changed in each version since the first.'),
    sources: sourceLinksSchema.default([]).describe('Public guidance the playbook draws on.'),
    redirectFrom: redirectFromSchema,
  });
