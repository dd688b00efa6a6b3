/**
 * Many file operations, a few at a time. Each file being written holds a file handle until it is
 * closed, and a process may hold only so many: 256 by default on macOS. Writing every file of the
 * open data at once (`Promise.all` over 341 writes, 300 generated case studies) failed there with
 * EMFILE, while Astro, Vite and Node held handles of their own. Node does its file work on four
 * threads, so more than a few operations in flight only wait in its queue, each with a file open.
 */

/**
 * How many file operations a build keeps in flight: far below any common limit on open files
 * (256 on macOS), leaving the rest to Astro, Vite and Node.
 */
export const FILES_AT_ONCE = 32;

/**
 * Calls `fn` on each item, at most `limit` calls in flight at once, and returns the results in the
 * order of the items. On the first error no further call is started; once the calls already in
 * flight have settled, that error is thrown, so nothing of the run is still going on after it.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => R | Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`The limit must be a whole number from 1, not ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
  return results;
}
