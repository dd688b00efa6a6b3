import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { phases } from '../../../src/schemas/phases.ts';
import { regions } from '../../../src/schemas/regions.ts';
import { stages } from '../../../src/schemas/stages.ts';
import { themeSchema } from '../../../src/schemas/theme.ts';
import { expectIssue } from '../schema-helpers.ts';

const themes = parse(readFileSync(new URL('../../../content/themes.yaml', import.meta.url), 'utf8')) as unknown[];

describe('themes', () => {
  it('content/themes.yaml has 10 to 16 valid themes with unique ids', () => {
    expect(themes.length).toBeGreaterThanOrEqual(10);
    expect(themes.length).toBeLessThanOrEqual(16);
    const ids = themes.map((theme) => themeSchema.parse(theme).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a theme with a short description', () => {
    expectIssue(themeSchema, { id: 'x-ray', title: 'X-ray', description: 'Short.' }, 'description', /at least 20/);
  });
});

describe('fixed lists', () => {
  it('has the nine English regions', () => {
    expect(regions.map((region) => region.id)).toEqual([
      'north-east',
      'north-west',
      'yorkshire-and-the-humber',
      'east-midlands',
      'west-midlands',
      'east-of-england',
      'london',
      'south-east',
      'south-west',
    ]);
  });

  it('has the seven phases and the five stages in cycle order', () => {
    expect(phases).toHaveLength(7);
    expect(stages.map((stage) => stage.id)).toEqual(['identify', 'evidence', 'broker', 'implement', 'review']);
  });
});
