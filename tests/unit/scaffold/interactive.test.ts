import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check.ts';
import { contentRoot, removeContentRoots } from '../check/corpus.ts';
import { session } from './session.ts';

afterAll(removeContentRoots);

/** A case study's answers, typed as a contributor reads them: titles from the lists, not ids. */
const caseStudy = {
  kind: 'case study',
  title: 'Raising reading fluency in Year 4',
  summary: 'A case study typed at the prompts in a test, to show that what it writes passes the checker.',
  trust: 'Example Learning Trust',
  school: 'Example Primary School',
  urn: '100001',
  phase: 'Secondary',
  region: 'Yorkshire and the Humber',
  themes: 'Reading and literacy, Mathematics',
  need: 'Too few Year 4 pupils read fluently at the expected rate.',
  identifiedBy: 'Data analysis',
  evidence: '1',
  measure: 'Pupils reading at the expected rate',
  unit: 'Per cent',
  baseline: '48',
  result: '67',
  cohort: '58',
  source: 'School reading assessments',
  from: '2023-09-01',
  to: '2024-07-19',
  duration: '10',
  offersSupport: '',
  published: '',
  review: '',
  licence: '',
};
type Answer = keyof typeof caseStudy;

/** The case study's lines, with some answers replaced by several lines (a wrong one, then a right one). */
const typed = (changes: Partial<Record<Answer, string[]>> = {}) =>
  (Object.keys(caseStudy) as Answer[]).flatMap((key) => changes[key] ?? [caseStudy[key]]);

async function errorsIn(root: string, file: string) {
  const { problems } = await checkContent({ root, only: new Set([file]) });
  return problems.filter((problem) => problem.severity === 'error');
}

describe('npm run new, answering its questions', () => {
  it('takes values as the lists show them (numbers, ids or titles) and writes a file that passes the checker', async () => {
    const root = contentRoot();
    const result = await session(root, typed());
    expect(result.errors).toBe('');
    expect(result.code).toBe(0);
    expect(result.written).toEqual(['content/case-studies/raising-reading-fluency-in-year-4.mdx']);
    const text = readFileSync(path.join(root, result.written[0]!), 'utf8');
    expect(text).toMatch(/^trust: example-learning-trust$/m);
    expect(text).toMatch(/^region: yorkshire-and-the-humber$/m);
    expect(text).toContain('- secondary');
    expect(text).toMatch(/^themes:\n {2}- reading\n {2}- mathematics$/m);
    expect(text).toMatch(/^ {4}unit: percent$/m);
    expect(await errorsIn(root, result.written[0]!)).toEqual([]);
  });

  it('says how to answer a question with choices', async () => {
    const result = await session(contentRoot(), typed());
    expect(result.output).toContain('Type a number or a name from the list; for several, separate them with commas.');
    expect(result.output).toContain('Type a number or a name from the list. Not listed? Type new to add your trust.');
  });

  it.each([
    ['region', 'Yorkshire', '  "Yorkshire" is not allowed. Use one of: north-east'],
    ['region', 'Yorkshre and Humber', '(did you mean yorkshire-and-the-humber?)'],
    ['phase', 'Secondry', '(did you mean secondary?)'],
    ['themes', 'maths', 'There is no theme "maths". Nearest:'],
    ['offersSupport', 'perhaps', 'That answer must be yes or no. Try again.'],
    ['baseline', 'about half', 'That answer must be a number. Try again.'],
  ] as [Answer, string, string][])(
    'asks again when the %s is %j, saying why in a sentence',
    async (key, wrong, said) => {
      const result = await session(contentRoot(), typed({ [key]: [wrong, caseStudy[key]] }));
      expect(result.code).toBe(0);
      expect(result.output).toContain(said);
      expect(result.output).not.toMatch(/That (there|answer yes)/);
    },
  );

  it('asks for the result date again when it is before the baseline date, keeping every other answer', async () => {
    const root = contentRoot();
    const result = await session(root, typed({ to: ['2023-07-19', '2024-07-19'] }));
    expect(result.output).toContain(
      'Result date: That answer must be on or after the baseline date (2023-09-01). Try again.',
    );
    expect(result.code).toBe(0);
    expect(await errorsIn(root, result.written[0]!)).toEqual([]);
  });

  it('asks for another file name when one with the title’s name exists, offering a free one', async () => {
    const root = contentRoot();
    await session(root, typed());
    const again = await session(root, [...typed().slice(0, 2), '', ...typed().slice(2)]);
    expect(again.output).toContain(
      'content/case-studies/raising-reading-fluency-in-year-4.mdx already exists. If it is this same case study, it is on the site already',
    );
    expect(again.output).toContain('[raising-reading-fluency-in-year-4-2]');
    expect(again.written).toEqual(['content/case-studies/raising-reading-fluency-in-year-4-2.mdx']);
    const named = await session(root, [...typed().slice(0, 2), 'fluency-in-year-4', ...typed().slice(2)]);
    expect(named.written).toEqual(['content/case-studies/fluency-in-year-4.mdx']);
  });

  it('adds a trust that is not on the site yet, then carries on with the case study', async () => {
    const root = contentRoot();
    const trust = [
      'Oak Hill Academy Trust',
      'Multi-academy trust',
      'A trust of four primary schools in Oak Hill, sharing their training in reading.',
      'North West',
      '4',
      'https://oakhill.example.org',
      'Reading and literacy',
      'enquiries@oakhill.example.org',
    ];
    const result = await session(root, typed({ trust: ['Oak Hill Academy Trust', 'new', ...trust] }));
    expect(result.output).toContain('If your trust is not on the site yet, type new to add it now.');
    expect(result.output).toContain('Back to the case study, with the trust oak-hill-academy-trust.');
    expect(result.errors).toBe('');
    expect(result.written).toEqual([
      'content/trusts/oak-hill-academy-trust.yaml',
      'content/case-studies/raising-reading-fluency-in-year-4.mdx',
    ]);
    const text = readFileSync(path.join(root, result.written[1]!), 'utf8');
    expect(text).toMatch(/^trust: oak-hill-academy-trust$/m);
    for (const file of result.written) expect(await errorsIn(root, file)).toEqual([]);
  });

  it.each([
    [
      'summary',
      'A case study whose summary gives a phone number, 07700 900123, which must never be published.',
      'This looks like a phone number.',
    ],
    [
      'need',
      'One pupil, born on 12/03/2012, read far below the expected rate for the year.',
      'This looks like a date of birth.',
    ],
    ['source', 'Pupil record A123456789012', 'This looks like a Unique Pupil Number.'],
  ] as [Answer, string, string][])(
    'refuses personal data in the %s, in the checker’s words',
    async (key, wrong, said) => {
      const root = contentRoot();
      const result = await session(root, typed({ [key]: [wrong, caseStudy[key]] }));
      expect(result.output).toContain(`  ${said} A public case study must never identify a child.`);
      expect(result.code).toBe(0);
      expect(await errorsIn(root, result.written[0]!)).toEqual([]);
    },
  );

  it('asks again for the kind of entry when the answer is not one, and takes its name in words', async () => {
    const result = await session(contentRoot(), ['recipe', 'case stdy', ...typed()]);
    expect(result.output).toContain(
      '"recipe" is not one of them. Type a number from 1 to 4, or a name such as case study.',
    );
    expect(result.output).toContain('"case stdy" is not one of them (did you mean case-study?).');
    expect(result.output).not.toContain('Usage:');
    expect(result.code).toBe(0);
  });

  it('writes nothing when the answers stop before the last question', async () => {
    const root = contentRoot();
    const before = readdirSync(path.join(root, 'content/case-studies'));
    const result = await session(root, typed().slice(0, 10));
    expect(result.code).toBe(1);
    expect(result.errors).toContain('Stopped before the last question');
    expect(readdirSync(path.join(root, 'content/case-studies'))).toEqual(before);
  });

  it('writes a playbook, title first, that passes the checker', async () => {
    const root = contentRoot();
    const steps = ['identify', 'evidence', 'broker', 'implement', 'review'].flatMap((stage) => [
      `The ${stage} step of the playbook`,
      `What to do at the ${stage} stage, in a sentence or two.`,
    ]);
    const result = await session(root, [
      '3',
      'Starting a reading culture',
      'A playbook typed at the prompts in a test, to show that what it writes passes the checker.',
      'reading',
      'Headteachers, Senior leaders',
      ...steps,
      '',
      '',
      '',
    ]);
    expect(result.errors).toBe('');
    const text = readFileSync(path.join(root, result.written[0]!), 'utf8');
    expect(text.split('\n---\n')[0]).toMatch(/^---\n# .*\ntitle: /);
    expect(text).toMatch(/^ {2}- title: The identify step of the playbook\n {4}stage: identify$/m);
    expect(await errorsIn(root, result.written[0]!)).toEqual([]);
  });
});

describe('npm run new with a broken file in content/', () => {
  it('names the file, leaves it out of the lists and carries on', async () => {
    const root = contentRoot();
    writeFileSync(path.join(root, 'content/trusts/red-house-academy.yaml'), "name: 'Red House Academy\nkind: other\n");
    const result = await session(root, [
      '4',
      'Example Second Trust',
      '1',
      'A trust of three schools in London, set up to share what works in reading.',
      'London',
      '3',
      'https://example.org',
      '',
      'enquiries@example.org',
    ]);
    expect(result.errors).toContain('content/trusts/red-house-academy.yaml could not be read (line 1: the quote');
    expect(result.errors).toContain('Run npm run check for details');
    expect(result.written).toEqual(['content/trusts/example-second-trust.yaml']);
  });
});
