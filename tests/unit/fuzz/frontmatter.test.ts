/**
 * The frontmatter reader under random and mutated input: it answers every text with data or with
 * a problem placed on a line, never with an exception, and the data is only ever plain values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, splitFrontmatter, yamlProblemText } from '../../../src/lib/analysis/files.ts';
import { NOT_PLAIN, readPlainYaml } from '../../../src/lib/analysis/plain-yaml.ts';
import { expectPrototypeUntouched, FUZZ_TIMEOUT, fuzzRuns, mutatedSeed, randomText, specOf } from './contributions.ts';

/** The YAML of a file, as the loader and the checker take it. */
const yamlOf = (text: string, extension: string | undefined) =>
  extension === '.mdx' ? splitFrontmatter(text).frontmatter : text;

const yamlTexts = fc.oneof(
  mutatedSeed().map((seed) => yamlOf(seed.text, specOf(seed).extension)),
  randomText,
);

/** Only what YAML's core schema makes of plain text: no functions, buffers, dates or class instances. */
function expectPlain(value: unknown, depth = 0): void {
  expect(depth).toBeLessThanOrEqual(12);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return;
  if (Array.isArray(value)) {
    for (const item of value) expectPlain(item, depth + 1);
    return;
  }
  expect(typeof value).toBe('object');
  expect([Object.prototype, null]).toContain(Object.getPrototypeOf(value));
  for (const item of Object.values(value as object)) expectPlain(item, depth + 1);
}

describe('the frontmatter reader, fuzzed', () => {
  it(
    'gives data or one placed problem for any text, and never throws',
    () => {
      fc.assert(
        fc.property(yamlTexts, fc.nat(5), (yaml, offset) => {
          const parsed = parseYaml(yaml, offset);
          if (parsed.problems.length > 0) {
            expect(parsed.data).toBeUndefined();
            for (const problem of parsed.problems) {
              const lines = yaml.split('\n').length;
              expect(problem.line).toBeGreaterThan(offset);
              // A problem at the very end (an unclosed bracket) is placed on the line past it.
              expect(problem.line).toBeLessThanOrEqual(offset + lines + 1);
              expect(problem.column).toBeGreaterThanOrEqual(1);
              const { message, fix } = yamlProblemText(problem);
              expect(message).not.toMatch(/\n\s+at |\[object Object\]/);
              expect(fix.length).toBeGreaterThan(0);
            }
          } else {
            expectPlain(parsed.data);
          }
          expectPrototypeUntouched();
        }),
        fuzzRuns(1500),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'reads with its quick reader exactly what the yaml library reads, or leaves the text to the library',
    () => {
      fc.assert(
        fc.property(yamlTexts, (yaml) => {
          const plain = readPlainYaml(yaml);
          if (plain === NOT_PLAIN) return;
          const document = parseDocument(yaml, { schema: 'core', uniqueKeys: true, merge: false });
          expect(document.errors, yaml).toEqual([]);
          expect(plain, yaml).toEqual(document.toJS());
        }),
        fuzzRuns(1500),
      );
    },
    FUZZ_TIMEOUT,
  );
});
