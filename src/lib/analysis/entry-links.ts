/**
 * Links in a body to another entry's page (/evidence/feedback/, /themes/reading/). Whether the
 * entry exists depends on the other files, so they are collected with the file's analysis and
 * resolved with the references; a broken one would otherwise fail the build with only a page's
 * address to go on.
 */
import type { Nodes, Root } from 'hast';
import { ID_PATTERN, type CollectionName } from '../../schemas/common.ts';
import { collectionSpecs } from '../../schemas/index.ts';
import { phases } from '../../schemas/phases.ts';
import { regions } from '../../schemas/regions.ts';

/** The fixed lists that have a page per item, besides the collections. */
export type ListName = 'regions' | 'phases';

export interface EntryLink {
  href: string;
  target: CollectionName | ListName;
  id: string;
  line: number;
  column: number;
}

const targets = new Map<string, CollectionName | ListName>([
  ...collectionSpecs.map((spec) => [spec.route, spec.name] as const),
  ['regions', 'regions'],
  ['phases', 'phases'],
]);

export const listIds: Record<ListName, ReadonlySet<string>> = {
  regions: new Set(regions.map((region) => region.id)),
  phases: new Set(phases.map((phase) => phase.id)),
};

/** Every link whose path starts with a collection's or a list's address and names an id. */
export function entryLinks(tree: Root, lineOffset: number): EntryLink[] {
  const links: EntryLink[] = [];
  // A stack rather than recursion: how deep a contribution nests is up to its author.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && node.tagName === 'a') {
      const href = String(node.properties?.['href'] ?? '');
      const [, route, id] = /^\/([^/?#]+)\/([^/?#]+)/.exec(href) ?? [];
      const target = route && targets.get(route);
      // Page numbers (/case-studies/2/) are not ids; ids start with a letter.
      if (target && id && ID_PATTERN.test(id)) {
        const start = node.position?.start;
        links.push({ href, target, id, line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1 });
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return links;
}
