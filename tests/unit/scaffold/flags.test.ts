import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRoot, removeContentRoots } from '../check/corpus.ts';
import { withFlags } from './session.ts';

afterAll(removeContentRoots);

const caseStudy: Record<string, string> = {
  title: 'Raising reading fluency in Year 4',
  summary: 'A case study written from flags in a test, to show that what it writes passes the checker.',
  trust: 'Example Learning Trust',
  phase: 'primary',
  region: 'South West',
  themes: 'Reading and literacy',
  need: 'Too few Year 4 pupils read fluently at the expected rate.',
  'identified-by': 'data-analysis',
  'impact-measure': 'Pupils reading at the expected rate',
  'impact-unit': 'percent',
  'impact-baseline': '48',
  'impact-result': '67',
  'impact-cohort': '58',
  'impact-from': '2023-09-01',
  'impact-to': '2024-07-19',
  'impact-source': 'School reading assessments',
  duration: '10',
};
const args = (changes: Record<string, string> = {}) => [
  'case-study',
  ...Object.entries({ ...caseStudy, ...changes }).flatMap(([flag, value]) => [`--${flag}`, value]),
];

describe('npm run new with flags', () => {
  it('takes choices by their titles, as listed', async () => {
    const result = await withFlags(contentRoot(), args());
    expect(result.errors).toBe('');
    expect(result.code).toBe(0);
  });

  it.each([
    ['summary', 'A summary that gives a phone number, 07700 900123, which the checker would refuse.', 'phone number'],
    ['need', 'One pupil, date of birth 12 March 2012, read far below the rate.', 'date of birth'],
    ['impact-source', 'Record of pupil A123456789012', 'Unique Pupil Number'],
  ])('refuses personal data in --%s, in the checker’s words, and writes nothing', async (flag, value, what) => {
    const root = contentRoot();
    const before = readdirSync(path.join(root, 'content/case-studies'));
    const result = await withFlags(root, args({ [flag]: value }));
    expect(result.code).toBe(1);
    expect(result.errors).toContain(
      `--${flag}: This looks like a ${what}. A public case study must never identify a child.`,
    );
    expect(readdirSync(path.join(root, 'content/case-studies'))).toEqual(before);
  });

  it('names a result date before the baseline date by its flag, with the date', async () => {
    const result = await withFlags(contentRoot(), args({ 'impact-to': '2023-07-01' }));
    expect(result.errors).toContain('--impact-to must be on or after the baseline date (2023-09-01)');
  });

  it.each([
    ['casestudy', 'case-study'],
    ['playbooks', 'playbook'],
  ])('names the kind most likely meant by %j', async (given, meant) => {
    const result = await withFlags(contentRoot(), [given]);
    expect(result.code).toBe(2);
    expect(result.errors).toMatch(
      new RegExp(`^"${given}" is not a kind of entry \\(did you mean ${meant}\\?\\)\\.\n\nUsage:`),
    );
  });

  it('says the kind of entry in words', async () => {
    const result = await withFlags(contentRoot(), args({ duration: 'ten' }));
    expect(result.errors).toMatch(/^The case study was not written:\n {2}--duration must be a number/);
  });

  it('refuses a file name that is taken, pointing to --id', async () => {
    const root = contentRoot();
    await withFlags(root, args());
    const result = await withFlags(root, args());
    expect(result.errors).toContain(
      'content/case-studies/raising-reading-fluency-in-year-4.mdx already exists. Choose another --id.',
    );
  });
});
