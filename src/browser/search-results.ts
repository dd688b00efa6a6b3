/**
 * Results in the order the page shows them. Pagefind merges the parts of the index by score, which
 * is right for relevance; sorted by date, each part is in order but the parts must be merged here,
 * by the date each result carries.
 */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
export interface Result {
  data: () => Promise<ResultData>;
}

export interface Results {
  total: number;
  /** The next `count` results, each promise settling once it and those before it are known. */
  next: (count: number) => Promise<ResultData>[];
  done: () => boolean;
}

export function inOrder(results: Result[]): Results {
  let shown = 0;
  return {
    total: results.length,
    next(count) {
      const page = results.slice(shown, shown + count);
      shown += page.length;
      // The first result is loaded alone: asked for with the rest of the page, it waited behind them.
      const first = page[0]?.data();
      if (!first) return [];
      const loaded = first.catch(() => undefined);
      return [first, ...page.slice(1).map((result) => loaded.then(() => result.data()))];
    },
    done: () => shown >= results.length,
  };
}

/** How many results of each part are loaded ahead, so a page of results is not loaded one at a time. */
const LOOKAHEAD = 3;

/** Merges parts, each newest first, into one list newest first; ties keep the parts' order. */
export function newestFirst(parts: Result[][]): Results {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const taken = parts.map(() => 0);
  const loaded = parts.map(() => [] as Promise<ResultData>[]);
  const load = (part: number) => {
    const queue = loaded[part]!;
    const results = parts[part]!;
    while (queue.length < LOOKAHEAD && taken[part]! + queue.length < results.length) {
      queue.push(results[taken[part]! + queue.length]!.data());
    }
  };
  let shown = 0;
  let last: Promise<unknown> = Promise.resolve();
  const pick = async (): Promise<ResultData> => {
    const heads = await Promise.all(
      parts.map((_, part) => {
        load(part);
        return loaded[part]![0] ?? Promise.resolve(undefined);
      }),
    );
    let best = -1;
    heads.forEach((head, part) => {
      if (head && (best < 0 || (head.meta['date'] ?? '') > (heads[best]!.meta['date'] ?? ''))) best = part;
    });
    loaded[best]!.shift();
    taken[best] = taken[best]! + 1;
    return heads[best]!;
  };
  return {
    total,
    next(count) {
      const page: Promise<ResultData>[] = [];
      for (; page.length < count && shown < total; shown++) {
        const result = last.then(pick);
        last = result;
        page.push(result);
      }
      return page;
    },
    done: () => shown >= total,
  };
}
