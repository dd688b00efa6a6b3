/**
 * What `npm run new` asks for each kind of entry. The wording of each question is the field's
 * .describe() text and each answer is checked by the field's own schema, so the scaffolder
 * cannot drift from the rules.
 */
import { identifiedByOptions, impactUnits, licences } from '../../schemas/case-study.ts';
import { collectionSpec, type CollectionSpec } from '../../schemas/index.ts';
import { sourceKinds } from '../../schemas/evidence.ts';
import { phases } from '../../schemas/phases.ts';
import { audiences } from '../../schemas/playbook.ts';
import { regions } from '../../schemas/regions.ts';
import { stages } from '../../schemas/stages.ts';
import { trustKinds } from '../../schemas/trust.ts';
import { isoDate } from '../text/dates.ts';

export interface Choice {
  id: string;
  title: string;
}

export interface KnownEntries {
  trusts: Choice[];
  themes: Choice[];
  evidence: Choice[];
}

export type AnswerKind = 'text' | 'number' | 'integer' | 'date' | 'boolean' | 'choice' | 'choices' | 'list';

export interface Question {
  /** The command-line flag, e.g. --impact-cohort. */
  flag: string;
  /** Where the answer goes in the entry. */
  path: (string | number)[];
  kind: AnswerKind;
  /** A short label; the full question is the field's description. */
  label: string;
  choices?: Choice[];
  /** Where the choices come from, when they are entries in content/ rather than a fixed list. */
  listedIn?: string;
  optional?: boolean;
  /** Used when nothing is given. */
  fallback?: string;
  /** Ask when the answer is a number that may also be unknown (null). */
  nullable?: boolean;
  /** The kind of entry `npm run new` can add on the way, when the one meant is not on the site yet. */
  canAdd?: 'trust';
}

export type Kind = 'case-study' | 'evidence' | 'playbook' | 'trust';

/** Each kind's folder and extension are its collection's (src/schemas/index.ts). */
export const kinds: Record<
  Kind,
  {
    collection: 'caseStudies' | 'evidence' | 'playbooks' | 'trusts';
    idFrom: string;
    /** What it is called in a sentence: "The case study was not written." */
    title: string;
  }
> = {
  'case-study': { collection: 'caseStudies', idFrom: 'title', title: 'case study' },
  evidence: { collection: 'evidence', idFrom: 'title', title: 'evidence summary' },
  playbook: { collection: 'playbooks', idFrom: 'title', title: 'playbook' },
  trust: { collection: 'trusts', idFrom: 'name', title: 'trust' },
};

/** The collection a kind of entry belongs to: its folder, extension and schema. */
export const specOfKind = (kind: Kind): CollectionSpec => collectionSpec(kinds[kind].collection);

/** The kinds as a list to choose from, by number, id or title. */
export const kindChoices: Choice[] = Object.entries(kinds).map(([id, { title }]) => ({ id, title }));

/** Whether `value` names a kind; `in` would also accept "constructor" and the like. */
export const isKind = (value: unknown): value is Kind => typeof value === 'string' && Object.hasOwn(kinds, value);

const today = () => isoDate(new Date());

export function questionsFor(kind: Kind, known: KnownEntries): Question[] {
  const title: Question = { flag: 'title', path: ['title'], kind: 'text', label: 'Title' };
  const summary: Question = { flag: 'summary', path: ['summary'], kind: 'text', label: 'Summary' };
  const themes: Question = {
    flag: 'themes',
    path: ['themes'],
    kind: 'choices',
    label: 'Themes',
    choices: known.themes,
    listedIn: 'content/themes.yaml',
  };
  switch (kind) {
    case 'case-study':
      return [
        title,
        summary,
        {
          flag: 'trust',
          path: ['trust'],
          kind: 'choice',
          label: 'Trust',
          choices: known.trusts,
          listedIn: 'content/trusts/',
          canAdd: 'trust',
        },
        {
          flag: 'school',
          path: ['schools', 0, 'name'],
          kind: 'text',
          label: 'School (leave empty if trust-wide)',
          optional: true,
        },
        { flag: 'urn', path: ['schools', 0, 'urn'], kind: 'text', label: 'School URN', optional: true },
        { flag: 'phase', path: ['phase'], kind: 'choices', label: 'Phase', choices: [...phases] },
        { flag: 'region', path: ['region'], kind: 'choice', label: 'Region', choices: [...regions] },
        themes,
        { flag: 'need', path: ['need'], kind: 'text', label: 'The need' },
        {
          flag: 'identified-by',
          path: ['identifiedBy'],
          kind: 'choices',
          label: 'How the need was identified',
          choices: [...identifiedByOptions],
        },
        {
          flag: 'evidence',
          path: ['evidence'],
          kind: 'choices',
          label: 'Evidence summaries used',
          choices: known.evidence,
          listedIn: 'content/evidence/',
          optional: true,
          fallback: '',
        },
        { flag: 'impact-measure', path: ['impact', 0, 'measure'], kind: 'text', label: 'What you measured' },
        {
          flag: 'impact-unit',
          path: ['impact', 0, 'unit'],
          kind: 'choice',
          label: 'Unit',
          choices: impactUnits.map(({ id, title: unitTitle }) => ({ id, title: unitTitle })),
        },
        { flag: 'impact-baseline', path: ['impact', 0, 'baseline'], kind: 'number', label: 'Before' },
        { flag: 'impact-result', path: ['impact', 0, 'result'], kind: 'number', label: 'After' },
        { flag: 'impact-cohort', path: ['impact', 0, 'cohort'], kind: 'integer', label: 'Pupils covered' },
        // Asked before the dates, so that the dates, asked last, can be checked against each other at once.
        { flag: 'impact-source', path: ['impact', 0, 'source'], kind: 'text', label: 'Source of the figures' },
        { flag: 'impact-from', path: ['impact', 0, 'from'], kind: 'date', label: 'Baseline date' },
        { flag: 'impact-to', path: ['impact', 0, 'to'], kind: 'date', label: 'Result date' },
        { flag: 'duration', path: ['duration'], kind: 'integer', label: 'Duration in months' },
        {
          flag: 'offers-support',
          path: ['offersSupport'],
          kind: 'boolean',
          label: 'Will you support other schools with this?',
          fallback: 'no',
        },
        { flag: 'published', path: ['published'], kind: 'date', label: 'Published', fallback: today() },
        {
          flag: 'review',
          path: ['review'],
          kind: 'choice',
          label: 'Review',
          choices: [{ id: 'self-reported', title: 'Self-reported' }],
          fallback: 'self-reported',
        },
        {
          flag: 'licence',
          path: ['licence'],
          kind: 'choice',
          label: 'Licence',
          choices: licences.map((id) => ({ id, title: id })),
          fallback: 'CC-BY-4.0',
        },
      ];
    case 'evidence':
      return [
        title,
        summary,
        themes,
        { flag: 'question', path: ['question'], kind: 'text', label: 'The question' },
        {
          flag: 'impact-months',
          path: ['impactMonths'],
          kind: 'number',
          label: 'Impact in months (or "unknown")',
          nullable: true,
        },
        { flag: 'strength', path: ['strength'], kind: 'integer', label: 'Evidence strength, 0 to 5' },
        { flag: 'cost', path: ['cost'], kind: 'integer', label: 'Cost, 1 to 5' },
        { flag: 'source-title', path: ['sources', 0, 'title'], kind: 'text', label: 'Main source: title' },
        {
          flag: 'source-authors',
          path: ['sources', 0, 'authors'],
          kind: 'list',
          label: 'Main source: authors, separated by ;',
        },
        { flag: 'source-year', path: ['sources', 0, 'year'], kind: 'integer', label: 'Main source: year' },
        {
          flag: 'source-url',
          path: ['sources', 0, 'url'],
          kind: 'text',
          label: 'Main source: web address',
        },
        {
          flag: 'source-kind',
          path: ['sources', 0, 'kind'],
          kind: 'choice',
          label: 'Main source: kind',
          choices: [...sourceKinds],
        },
        { flag: 'last-reviewed', path: ['lastReviewed'], kind: 'date', label: 'Last reviewed', fallback: today() },
      ];
    case 'playbook':
      return [
        title,
        summary,
        themes,
        { flag: 'audience', path: ['audience'], kind: 'choices', label: 'Written for', choices: [...audiences] },
        ...stages.flatMap((stage, index): Question[] => [
          {
            flag: `${stage.id}-title`,
            path: ['steps', index, 'title'],
            kind: 'text',
            label: `${stage.title}: step title`,
          },
          {
            flag: `${stage.id}-summary`,
            path: ['steps', index, 'summary'],
            kind: 'text',
            label: `${stage.title}: how to do it`,
          },
        ]),
        {
          flag: 'evidence',
          path: ['evidence'],
          kind: 'choices',
          label: 'Evidence summaries it draws on',
          choices: known.evidence,
          listedIn: 'content/evidence/',
          optional: true,
          fallback: '',
        },
        { flag: 'version', path: ['version'], kind: 'text', label: 'Version', fallback: '1.0.0' },
        { flag: 'updated', path: ['updated'], kind: 'date', label: 'Updated', fallback: today() },
      ];
    case 'trust':
      return [
        { flag: 'name', path: ['name'], kind: 'text', label: 'Name' },
        { flag: 'kind', path: ['kind'], kind: 'choice', label: 'Kind of organisation', choices: [...trustKinds] },
        { flag: 'about', path: ['about'], kind: 'text', label: 'About the organisation' },
        { flag: 'regions', path: ['regions'], kind: 'choices', label: 'Regions', choices: [...regions] },
        { flag: 'schools-count', path: ['schoolsCount'], kind: 'integer', label: 'Number of schools' },
        { flag: 'website', path: ['website'], kind: 'text', label: 'Website' },
        {
          flag: 'support-offered',
          path: ['supportOffered'],
          kind: 'choices',
          label: 'Themes you offer support in',
          choices: known.themes,
          listedIn: 'content/themes.yaml',
          optional: true,
          fallback: '',
        },
        {
          flag: 'contact',
          path: ['contact'],
          kind: 'text',
          label: 'Contact (role email or contact page)',
        },
      ];
  }
}

/** Fixed parts of a new entry that no question sets. They are put in the schema's order when written. */
export function fixedFields(
  kind: Kind,
  stepStages: readonly string[] = stages.map((stage) => stage.id),
): Record<string, unknown> {
  if (kind === 'playbook') return { steps: stepStages.map((stage) => ({ stage })), caseStudies: [] };
  return {};
}

/** The body a new file starts with: headings and guidance as MDX comments, which are never shown. */
export const bodyTemplates: Record<Exclude<Kind, 'trust'>, string> = {
  'case-study': `## Context

{/* Your schools and the starting point: the pupils, the data, why this mattered. No pupil may be identifiable. */}

## What we did

{/* The approach, the evidence behind it, and how you put it into practice: training, timing, who did what. */}

## Impact

{/* What changed and how you know. Explain the figures in the frontmatter and anything else you saw. */}

## What we would do differently

{/* The lessons for a school starting now. */}
`,
  evidence: `## What it is

{/* The approach in plain words, with an example from a classroom. */}

## What the evidence says

{/* The headline finding, how secure it is, and what the studies behind it were. */}

## Making it work

{/* What the evidence says about doing it well. */}

## Cautions

{/* Where it has not worked, and what to watch for. */}
`,
  playbook: `## Identify the need

{/* How to find and name the problem: the data to look at, who to ask, and how to tell a cause from a symptom. */}

## Weigh the evidence

{/* Which approaches the evidence supports for this need, how strong it is, and how to choose one that fits the school. */}

## Broker support

{/* Where to find help: trusts that offer support, hubs, networks and services, and what to agree with them. */}

## Implement

{/* How to put the approach into practice: training, timing, who does what, and how to keep it faithful. */}

## Review the impact

{/* What to measure, when, and against what baseline; how to decide whether to keep, adapt or stop. */}
`,
};
