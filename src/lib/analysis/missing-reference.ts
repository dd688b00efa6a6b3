/**
 * A reference to an entry that does not exist, in the words the checker and the site's build both
 * use (Astro itself only logs such a reference, and builds on).
 */
import type { CollectionName } from '../../schemas/common.ts';
import { collectionSpec } from '../../schemas/index.ts';
import { nearest } from './nearest.ts';

export function missingReference(
  collection: CollectionName,
  id: string,
  known: Iterable<string>,
): { message: string; fix: string } {
  const kind = collectionSpec(collection).label.singular.toLowerCase();
  const close = nearest(id, known);
  return {
    message: `there is no ${kind} "${id}"${close.length ? `. Nearest: ${close.join(', ')}` : ''}`,
    fix: `Use the id of an existing ${kind}, or add it first.`,
  };
}
