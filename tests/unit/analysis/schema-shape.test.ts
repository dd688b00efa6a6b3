import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check.ts';
import { descriptionAt, isListOfValues } from '../../../src/lib/analysis/schema-shape.ts';
import { caseStudySchema } from '../../../src/schemas/case-study.ts';
import { plainReference } from '../../../src/schemas/common.ts';
import { collectionSpec } from '../../../src/schemas/index.ts';
import { readFixture } from '../fixtures.ts';
import { contentRoot, removeContentRoots } from '../check/corpus.ts';

afterAll(removeContentRoots);

const caseStudy = collectionSpec('caseStudies').schema(plainReference);
const schoolsText = descriptionAt(caseStudy, ['schools'])!;

describe('the description of a field, for its fix text', () => {
  it("is a nested field's own, even under a list and inside optional and pipe wrappers", () => {
    const urn = descriptionAt(caseStudy, ['schools', 0, 'urn']);
    expect(urn).toMatch(/6-digit Unique Reference Number/);
    expect(urn).not.toBe(schoolsText);
    expect(descriptionAt(caseStudy, ['impact', 0, 'cohort'])).toMatch(/How many pupils the measure covers/);
  });

  it("is the nearest described parent's when the field has none of its own", () => {
    expect(schoolsText).toMatch(/^The schools involved/);
    expect(descriptionAt(caseStudy, ['schools', 0])).toBe(schoolsText);
    const schema = z.object({
      list: z.array(z.object({ plain: z.string() })).describe('The list.'),
    });
    expect(descriptionAt(schema, ['list', 0, 'plain'])).toBe('The list.');
  });

  it('prefers the description given where the field is used over the one of the schema it wraps', () => {
    const shared = z.string().describe('Any text.');
    const schema = z.object({
      inner: shared.optional(),
      outer: shared.optional().describe('This field in particular.'),
      piped: z
        .string()
        .transform((text) => text.trim())
        .pipe(z.string().min(1))
        .describe('Described after the pipe.')
        .default(''),
    });
    expect(descriptionAt(schema, ['inner'])).toBe('Any text.');
    expect(descriptionAt(schema, ['outer'])).toBe('This field in particular.');
    expect(descriptionAt(schema, ['piped'])).toBe('Described after the pipe.');
  });

  it('is the fix the checker gives for a bad URN', async () => {
    const root = contentRoot();
    const file = 'content/case-studies/bad-urn.mdx';
    writeFileSync(path.join(root, file), readFixture('valid/case-study.mdx').replace('urn: 100001', 'urn: 12345'));
    const { problems } = await checkContent({ root, only: new Set([file]) });
    const problem = problems.find((each) => each.field === 'schools[0].urn');
    expect(problem?.fix).toMatch(/6-digit Unique Reference Number/);
  });
});

describe('lists of single values', () => {
  it('tells a list of ids or choices from a list of groups of fields', () => {
    const schema = caseStudySchema(plainReference);
    expect(isListOfValues(schema, ['themes'])).toBe(true);
    expect(isListOfValues(schema, ['phase'])).toBe(true);
    expect(isListOfValues(schema, ['impact'])).toBe(false);
    expect(isListOfValues(schema, ['schools'])).toBe(false);
    expect(isListOfValues(schema, ['title'])).toBe(false);
    expect(isListOfValues(schema, ['nothing'])).toBe(false);
  });
});
