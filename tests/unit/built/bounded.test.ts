import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES_AT_ONCE, mapLimit } from '../../../src/lib/built/bounded.ts';

/** Resolves after `ms`, so that calls overlap in time. */
const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A function that counts its calls in flight, and the most there ever were at once. */
function counted<T, R>(fn: (item: T, index: number) => Promise<R>) {
  const counts = { inFlight: 0, most: 0, calls: 0 };
  const wrapped = async (item: T, index: number) => {
    counts.calls++;
    counts.most = Math.max(counts.most, ++counts.inFlight);
    try {
      return await fn(item, index);
    } finally {
      counts.inFlight--;
    }
  };
  return { counts, wrapped };
}

describe('many operations, a few at a time', () => {
  it('returns the results in the order of the items, whatever order they finish in', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    // Later items finish first.
    const results = await mapLimit(items, 7, async (item) => {
      await after(40 - item);
      return item * 2;
    });
    expect(results).toEqual(items.map((item) => item * 2));
  });

  it('passes each item with its index, and calls the function once per item', async () => {
    const { counts, wrapped } = counted(async (item: string, index: number) => `${index}:${item}`);
    expect(await mapLimit(['a', 'b', 'c'], 2, wrapped)).toEqual(['0:a', '1:b', '2:c']);
    expect(counts.calls).toBe(3);
  });

  it('never has more than the limit in flight, and reaches it', async () => {
    const { counts, wrapped } = counted(async (item: number) => {
      await after(item % 3);
      return item;
    });
    await mapLimit(
      Array.from({ length: 200 }, (_, i) => i),
      5,
      wrapped,
    );
    expect(counts.most).toBe(5);
    expect(counts.calls).toBe(200);
    expect(counts.inFlight).toBe(0);
  });

  it('keeps real file writes within the limit the build uses', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'commons-bounded-'));
    try {
      const names = Array.from({ length: 500 }, (_, i) => `file-${i}.txt`);
      const { counts, wrapped } = counted((name: string) => writeFile(path.join(folder, name), name));
      await mapLimit(names, FILES_AT_ONCE, wrapped);
      expect(counts.most).toBeLessThanOrEqual(FILES_AT_ONCE);
      expect(counts.most).toBeGreaterThan(1);
      expect(readFileSync(path.join(folder, 'file-499.txt'), 'utf8')).toBe('file-499.txt');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('throws the first error, starts nothing after it, and lets the calls in flight settle first', async () => {
    const { counts, wrapped } = counted(async (item: number) => {
      await after(item === 3 ? 1 : 10);
      if (item === 3) throw new Error('item 3 failed');
      if (item === 5) throw new Error('item 5 failed');
      return item;
    });
    const run = mapLimit(
      Array.from({ length: 100 }, (_, i) => i),
      4,
      wrapped,
    );
    await expect(run).rejects.toThrow('item 3 failed');
    // Items 0 to 3 were in flight when 3 failed; nothing more was started, and none is left running.
    expect(counts.calls).toBe(4);
    expect(counts.inFlight).toBe(0);
  });

  it('accepts a function that returns at once, and an empty list', async () => {
    expect(await mapLimit([1, 2, 3], 2, (item) => item + 1)).toEqual([2, 3, 4]);
    expect(await mapLimit([], 3, () => 1)).toEqual([]);
  });

  it('refuses a limit that is not a whole number from 1', async () => {
    await expect(mapLimit([1], 0, (item) => item)).rejects.toThrow(RangeError);
    await expect(mapLimit([1], 1.5, (item) => item)).rejects.toThrow(RangeError);
  });
});
