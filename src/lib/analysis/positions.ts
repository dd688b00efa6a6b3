/**
 * Finds where a field is in a file's YAML, so problems point at the offending line. Positions are
 * only needed when something is wrong, so the (slower) position-keeping parse runs only then.
 */
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';

// Loaded on first use: most checks find nothing to point at, and loading it costs every thread about 35 ms.
let yamlModule: typeof import('yaml') | undefined;
const loadYaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface Position {
  line: number;
  column: number;
}

export type Locate = (path: readonly PropertyKey[]) => Position;

/**
 * The position of the key at `path` (for a field of a mapping) or of the item (for a list
 * element). Where the path does not exist (a missing field), the nearest existing parent.
 */
export function locator(yaml: string, lineOffset: number): Locate {
  let parsed: { document: Document; lines: LineCounter } | undefined;
  return (path) => {
    const { isMap, isPair, isScalar, isSeq, ...lib } = loadYaml();
    if (!parsed) {
      const lines = new lib.LineCounter();
      parsed = { document: lib.parseDocument(yaml, { lineCounter: lines }), lines };
    }
    const { document, lines } = parsed;
    let node: unknown = document.contents;
    let offset: number | undefined = (document.contents as Node | null)?.range?.[0];
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    const { line, col } = lines.linePos(offset ?? 0);
    return { line: line + lineOffset, column: col };
  };
}
