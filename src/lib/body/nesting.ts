/**
 * How deeply a body's elements may sit inside one another. The rules, the sanitiser and the HTML
 * writer all walk the tree recursively, and a few kilobytes of `>` can nest ten thousand quotes,
 * enough to exhaust the call stack. So the depth is measured first, without recursion, and a
 * body deeper than any real page needs is refused before anything else walks it.
 */
import type { Nodes, Root } from 'hast';
import { limits } from '../../schemas/limits.ts';

/** Quotes, lists and components inside one another: real pages use fewer than ten. */
export const MAX_NESTING = limits.bodyNesting.value;

interface Point {
  line: number;
  column: number;
}

/**
 * The first element, in reading order, more than MAX_NESTING levels deep, or undefined.
 * `at` is where it is, or where its nearest placed ancestor is.
 */
export function firstTooDeep(tree: Root): { at: Point | undefined } | undefined {
  // `around` counts the elements a node is inside; the root is not one.
  const pending: { node: Nodes; around: number; inherited: Point | undefined }[] = [];
  const pushChildren = (parent: Nodes, around: number, at: Point | undefined) => {
    if (!('children' in parent)) return;
    // Pushed last to first, so they are taken in reading order.
    for (let index = parent.children.length - 1; index >= 0; index--) {
      pending.push({ node: parent.children[index] as Nodes, around, inherited: at });
    }
  };
  pushChildren(tree, 0, tree.position?.start);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, around, inherited } = next;
    if (!('children' in node)) continue;
    const at = node.position?.start ?? inherited;
    if (around >= MAX_NESTING) return { at };
    pushChildren(node, around + 1, at);
  }
  return undefined;
}
