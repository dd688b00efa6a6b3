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

/** Expressions inside one another, and tags inside expressions: the parser's time doubles with each. */
export const MAX_EXPRESSION_DEPTH = limits.bodyExpressions.value;

const FENCE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})/;

/**
 * The first place, outside code, where braces and the tags written inside them are more than
 * MAX_EXPRESSION_DEPTH deep, read from the text before the parser runs. MDX reads what is inside
 * { } as JavaScript, and its reader tries each way a tag inside an expression could end, so
 * `{<a><a><a>…` or `<a b={<a b={…` a few dozen levels deep would keep it busy for hours. Nothing a
 * contribution may hold comes near the limit: the only expression allowed is a note, {/* … *\/},
 * and what a note says is not counted. A { or tag left open counts until the end, which only stops
 * a body the parser would refuse anyway.
 */
export function firstDeepExpression(source: string): Point | undefined {
  if (!source.includes('{')) return undefined;
  const lines = source.split('\n');
  let braces = 0;
  let tags = 0;
  let fence: string | undefined;
  let inNote = false;
  // A code span can run on to a later line of its paragraph: the backticks that opened it, until they close.
  let span: string | undefined;
  for (const [index, line] of lines.entries()) {
    if (span === undefined && !inNote) {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        const rest = marker ? line.slice(line.indexOf(marker) + marker.length) : '';
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && rest.trim() === '') fence = undefined;
        continue;
      }
      if (marker && braces === 0) {
        fence = marker;
        continue;
      }
    }
    if (line.trim() === '') span = undefined;
    for (let at = 0; at < line.length; at++) {
      const char = line[at];
      if (inNote) {
        if (char === '*' && line[at + 1] === '/') inNote = false;
        continue;
      }
      if (char === '`') {
        let end = at;
        while (line[end + 1] === '`') end++;
        const run = line.slice(at, end + 1);
        if (span === undefined) {
          if (closesLater(lines, index, end + 1, run)) span = run;
        } else if (run === span) span = undefined;
        at = end;
        continue;
      }
      if (span !== undefined) continue;
      if (char === '\\') at++;
      else if (char === '{') {
        if (++braces + tags > MAX_EXPRESSION_DEPTH) return { line: index + 1, column: at + 1 };
      } else if (char === '}' && braces > 0) {
        if (--braces === 0) tags = 0;
      } else if (braces > 0 && char === '/' && line[at + 1] === '*') {
        inNote = true;
        at++;
      } else if (braces > 0 && char === '<' && /[A-Za-z>]/.test(line[at + 1] ?? '')) {
        if (braces + ++tags > MAX_EXPRESSION_DEPTH) return { line: index + 1, column: at + 1 };
      }
    }
  }
  return undefined;
}

/** Whether a run of backticks is closed by another of the same length later in its paragraph. */
function closesLater(lines: readonly string[], index: number, from: number, run: string): boolean {
  const exactly = new RegExp(`(?<!\`)${run}(?!\`)`);
  if (exactly.test(lines[index]!.slice(from))) return true;
  for (let next = index + 1; next < lines.length && lines[next]!.trim() !== ''; next++) {
    if (exactly.test(lines[next]!)) return true;
  }
  return false;
}
