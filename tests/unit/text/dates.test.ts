import { describe, expect, it } from 'vitest';
import { isoDateFor } from '../../../src/lib/text/dates.ts';

describe('the date a contributor meant', () => {
  it.each([
    ['1/9/2017', '2017-09-01'],
    ['01/09/2017', '2017-09-01'],
    ['01.09.2017', '2017-09-01'],
    ['1-9-2017', '2017-09-01'],
    ['2017-9-1', '2017-09-01'],
    ['2017/09/01', '2017-09-01'],
    ['1st September 2017', '2017-09-01'],
    ['23rd Nov 2026', '2026-11-23'],
    ['2 sept 2024', '2024-09-02'],
    [' 29 February 2024 ', '2024-02-29'],
  ])('reads %o as %s, day first as dates are written in England', (written, meant) => {
    expect(isoDateFor(written)).toBe(meant);
  });

  it.each([
    '31/02/2017',
    '29 February 2023',
    '13/13/2017',
    '1 Ma 2017',
    '1 Smarch 2017',
    'last spring',
    '2017',
    '1/9/17',
  ])('offers nothing for %o, which is no real day or not clear', (written) => {
    expect(isoDateFor(written)).toBeUndefined();
  });
});
