/**
 * Whole contribution files under random and mutated input, through the analysis the checker and
 * the build share: every file gets an answer, and every problem names the file, a line in it,
 * what is wrong and how to fix it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/lib/analysis/analyse.ts';
import {
  expectPrototypeUntouched,
  expectReadableProblem,
  FIXTURES,
  FUZZ_TIMEOUT,
  fuzzRuns,
  mutatedSeed,
  randomText,
  seeds,
  specOf,
} from './contributions.ts';

describe('the analysis of one file, fuzzed', () => {
  it('starts from seeds of every collection', () => {
    const collections = new Set(seeds.map((seed) => seed.collection));
    expect([...collections].sort()).toEqual(['caseStudies', 'evidence', 'playbooks', 'trusts']);
  });

  it(
    'answers a mutated fixture with problems that name the file, and never throws',
    () => {
      fc.assert(
        fc.property(mutatedSeed(), (seed) => {
          const { file, text } = seed;
          const analysis = analyseFile(specOf(seed), file, text, FIXTURES);
          for (const problem of analysis.problems) expectReadableProblem(problem, file, text);
          expectPrototypeUntouched();
        }),
        fuzzRuns(1500),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers any text at all, in any collection, with at least one error',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...seeds), randomText, (seed, text) => {
          const { file } = seed;
          const analysis = analyseFile(specOf(seed), file, text, FIXTURES);
          // Random text is never a complete entry: it must be refused, not passed.
          expect(analysis.problems.some((problem) => problem.severity === 'error')).toBe(true);
          for (const problem of analysis.problems) expectReadableProblem(problem, file, text);
        }),
        fuzzRuns(1000),
      );
    },
    FUZZ_TIMEOUT,
  );
});
