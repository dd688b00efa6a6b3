import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check.ts';
import { checkFixture, contentRoot, invalidFixtures, removeContentRoots } from './corpus.ts';

afterAll(removeContentRoots);

const corpus = invalidFixtures();

describe('the invalid contribution corpus', () => {
  it('has at least 40 fixtures, one problem each', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(corpus.map((fixture) => [fixture.name, fixture.expect] as const))('%s: %o', async (name, expected) => {
    const { problems, file } = await checkFixture(name);
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(({ rule, field, line }) => ({ rule, field, line }))).toEqual([expected]);
    expect(errors[0]!.file).toBe(file);
    expect(errors[0]!.message).not.toMatch(/\n\s+at /);
    expect(errors[0]!.fix.length).toBeGreaterThan(10);
  });
});

describe('what the corpus is told to write instead', () => {
  it.each([
    [
      'case-studies/broken-yaml.mdx',
      'The text after "need:" has a colon in it, which YAML reads as the start of another field. Put the text in double quotes: need: "Too few pupils were reading fluently: by the end of Year 4, only half."',
    ],
    ['case-studies/themes-not-a-list.mdx', 'Write it in square brackets, even when there is only one: [reading]'],
    ['case-studies/impact-heading-one-hash.mdx', 'Write it as "## Impact".'],
    ['case-studies/percent-sign-in-baseline.mdx', 'Write the number alone, with no units or words: 52'],
    ['evidence/case-study-in-wrong-folder.mdx', 'Move it to content/case-studies/.'],
  ])('%s', async (name, fix) => {
    const { problems } = await checkFixture(name);
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.fix)).toEqual([fix]);
  });

  it('calls a field with nothing after it empty, not null', async () => {
    const { problems } = await checkFixture('case-studies/evidence-left-empty.mdx');
    expect(problems.find((problem) => problem.severity === 'error')?.message).toBe('is empty: it must be a list');
  });
});

describe('the valid fixtures', () => {
  it('pass with no errors', async () => {
    const { problems } = await checkContent({ root: contentRoot(), today: new Date('2026-01-01') });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
