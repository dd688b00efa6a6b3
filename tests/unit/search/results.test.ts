import { describe, expect, it } from 'vitest';
import { inOrder, newestFirst, type Result } from '../../../src/browser/search-results.ts';

/** A result as Pagefind gives it, counting how often its fragment is loaded. */
const loads: string[] = [];
const result = (url: string, date?: string): Result => ({
  data: async () => {
    loads.push(url);
    return { url, excerpt: '', meta: date ? { date } : {} };
  },
});
const urls = async (promises: Promise<{ url: string }>[]) => (await Promise.all(promises)).map((item) => item.url);

describe('results in the order they are shown', () => {
  it('keeps Pagefind’s order for relevance, a page at a time', async () => {
    const results = inOrder(['a', 'b', 'c'].map((url) => result(url)));
    expect(results.total).toBe(3);
    expect(await urls(results.next(2))).toEqual(['a', 'b']);
    expect(results.done()).toBe(false);
    expect(await urls(results.next(2))).toEqual(['c']);
    expect(results.done()).toBe(true);
  });

  it('loads the first result of a page before asking for the others', async () => {
    loads.length = 0;
    let arrive = () => {};
    const slow: Result = {
      data: () => {
        loads.push('a');
        return new Promise((resolve) => (arrive = () => resolve({ url: 'a', excerpt: '', meta: {} })));
      },
    };
    const page = inOrder([slow, result('b'), result('c')]).next(3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loads).toEqual(['a']);
    arrive();
    expect(await urls(page)).toEqual(['a', 'b', 'c']);
    expect(loads).toEqual(['a', 'b', 'c']);
  });

  it('merges parts sorted by date into one list, newest first', async () => {
    const results = newestFirst([
      [result('a1', '2025-06-01'), result('a2', '2024-01-01')],
      [],
      [result('c1', '2025-09-30'), result('c2', '2025-06-01'), result('c3', '2023-02-02')],
    ]);
    expect(results.total).toBe(5);
    expect(await urls(results.next(3))).toEqual(['c1', 'a1', 'c2']);
    expect(await urls(results.next(3))).toEqual(['a2', 'c3']);
    expect(results.done()).toBe(true);
  });

  it('loads only a few results of each part ahead of what is shown', async () => {
    loads.length = 0;
    const parts = Array.from({ length: 4 }, (_, part) =>
      Array.from({ length: 50 }, (_, i) => result(`${part}-${i}`, `2025-01-${String(50 - i).padStart(2, '0')}`)),
    );
    await Promise.all(newestFirst(parts).next(20));
    expect(loads.length).toBeLessThanOrEqual(20 + 4 * 3);
  });
});
