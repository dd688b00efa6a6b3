import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../src/lib/display/paginate.ts';

describe('the page links of a long list', () => {
  it('links every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and two pages either side of the current one', () => {
    expect(pageLinks(100, 200)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 200]);
    expect(pageLinks(1, 200)).toEqual([1, 2, 3, 'gap', 200]);
    expect(pageLinks(200, 200)).toEqual([1, 'gap', 198, 199, 200]);
  });

  it('shows a single left-out page instead of a gap', () => {
    expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageLinks(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
  });
});
