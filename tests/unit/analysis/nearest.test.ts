import { describe, expect, it } from 'vitest';
import { optionFor } from '../../../src/lib/analysis/nearest.ts';
import { regions } from '../../../src/schemas/regions.ts';

const regionIds = regions.map((region) => region.id);

describe('the option a contributor meant', () => {
  it.each([
    ['North East', 'north-east'],
    ['Yorkshire and the Humber', 'yorkshire-and-the-humber'],
    ['Yorkshire', 'yorkshire-and-the-humber'],
    ['Humber', 'yorkshire-and-the-humber'],
    ['East of England', 'east-of-england'],
    ['LONDON', 'london'],
    ['south west', 'south-west'],
    ['nroth-west', 'north-west'],
  ])('reads %o as %s', (written, meant) => {
    expect(optionFor(written, regionIds)).toBe(meant);
  });

  it.each(['East', 'West', 'the north', 'Midlands', '', '  '])(
    'offers nothing for %o, which fits several or none',
    (written) => {
      expect(optionFor(written, regionIds)).toBeUndefined();
    },
  );
});
