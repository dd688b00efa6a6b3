import { describe, expect, it } from 'vitest';
import { entryText, freeName, inSchemaOrder, slug } from '../../../src/lib/scaffold/files.ts';
import { bodyTemplates, fixedFields } from '../../../src/lib/scaffold/questions.ts';
import { plainReference } from '../../../src/schemas/common.ts';
import { collectionSpec } from '../../../src/schemas/index.ts';
import { stages } from '../../../src/schemas/stages.ts';

describe('a file name made from a title', () => {
  it.each([
    ['Year 7 reading: closing the gap in a single year', 'year-7-reading-closing-the-gap'],
    ['Raising reading fluency in Year 4', 'raising-reading-fluency-in-year-4'],
    [
      'Trust-wide approach to the teaching of early reading and phonics',
      'trust-wide-approach-to-the-teaching-of-early',
    ],
    ['A', 'a'],
    ['Pupils’ attendance', 'pupils-attendance'],
  ])('from %j is %s: at most eight words, not ending on a short function word', (title, id) => {
    expect(slug(title)).toBe(id);
  });

  it('is made free by a number when it is taken', () => {
    const taken = new Set(['reading', 'reading-2']);
    expect(freeName('reading', (id) => taken.has(id))).toBe('reading-3');
    expect(freeName('oracy', (id) => taken.has(id))).toBe('oracy');
  });
});

describe('a new playbook', () => {
  const schema = collectionSpec('playbooks').schema(plainReference);

  it('has its fields in the schema’s order, title first, whatever order they were set in', () => {
    const data: Record<string, unknown> = {
      ...fixedFields('playbook'),
      title: 'Starting a reading culture',
      summary: 'Why and how.',
    };
    (data['steps'] as Record<string, unknown>[])[0]!['title'] = 'Find the need';
    const ordered = inSchemaOrder(data, schema) as { steps: object[] };
    expect(Object.keys(ordered)).toEqual(['title', 'summary', 'steps', 'caseStudies']);
    expect(ordered.steps).toHaveLength(stages.length);
    expect(Object.keys(ordered.steps[0]!)).toEqual(['title', 'stage']);
    expect(entryText('playbook', '.mdx', data, schema)).toMatch(/^---\n# .*\ntitle: Starting a reading culture\n/);
  });

  it('has guidance under every stage heading', () => {
    const sections = bodyTemplates.playbook.split(/^## /m).slice(1);
    expect(sections.map((section) => section.split('\n')[0])).toEqual(stages.map((stage) => stage.title));
    for (const section of sections) expect(section).toMatch(/\n\{\/\* .{40,} \*\/\}\n/);
  });
});
