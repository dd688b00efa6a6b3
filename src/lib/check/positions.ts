/** Finds where a field is in a YAML document, so problems point at the offending line. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * The position of the key at `path` (for a field of a mapping) or of the item (for a list
 * element). Where the path does not exist (a missing field), the nearest existing parent.
 */
export function locate(document: Document, lines: LineCounter, path: readonly PropertyKey[], lineOffset = 0): Position {
  let node: unknown = document.contents;
  let position: number | undefined = (document.contents as Node | null)?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      position = (pair.key as Node).range?.[0] ?? position;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      position = item.range?.[0] ?? position;
      node = item;
    } else break;
  }
  const { line, col } = lines.linePos(position ?? 0);
  return { line: line + lineOffset, column: col };
}
