/**
 * How many words of prose a body has, counted on its syntax tree. Counting the source would
 * count an unfilled template's guidance comments ({/* … *\/}) and ## marks as words; here only
 * text a reader reads counts: not comments, expressions, code, or attribute values such as alt text.
 */
import type { Nodes, Root } from 'hast';

/** Elements that sit inside a line of text: a word can run on across them (un*believ*able). */
const INLINE = new Set(['a', 'abbr', 'b', 'del', 'em', 'i', 'mark', 's', 'span', 'strong', 'sub', 'sup', 'u']);

/** Marks the end of a block (a paragraph, a table cell), where a word always ends. */
const BLOCK_END = Symbol('block end');

const isSpace = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[index]!);
};

/**
 * The words of prose in a body, counted up to `limit`: a long body need not be counted to the
 * end. A word is a run of characters other than spaces. The tree is walked without recursion,
 * so a body of any depth can be counted.
 */
export function bodyWordCount(tree: Root, limit = Infinity): number {
  let words = 0;
  let inWord = false;
  const pending: (Nodes | typeof BLOCK_END)[] = [tree];
  while (pending.length > 0 && words < limit) {
    const node = pending.pop()!;
    if (node !== BLOCK_END && node.type === 'text') {
      for (let i = 0; i < node.value.length && words < limit; i++) {
        const space = isSpace(node.value, i);
        if (!space && !inWord) words++;
        inWord = !space;
      }
      continue;
    }
    if (node === BLOCK_END || !('children' in node) || (node.type === 'element' && node.tagName === 'code')) {
      // Code, comments and expressions are not prose, and a word ends where they are.
      inWord = false;
      continue;
    }
    if (!(node.type === 'element' && INLINE.has(node.tagName))) {
      inWord = false;
      pending.push(BLOCK_END);
    }
    for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as Nodes);
  }
  return words;
}
