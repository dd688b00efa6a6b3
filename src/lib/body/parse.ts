/**
 * Parses a contribution's body into an HTML syntax tree. The checker and the renderer both
 * parse through here, so they always see the same Markdown, GFM and MDX constructs.
 */
import type { Root } from 'hast';
import { mdxToHast } from 'satteri';
import { components } from './components.ts';
import { BodyError, EXPRESSION_PROBLEM } from './errors.ts';
import { markdownInsteadOf } from './html-tags.ts';
import { firstDeepExpression, MAX_EXPRESSION_DEPTH } from './nesting.ts';

const GENERAL_FIX = 'Check for an unclosed < or {. Write \\< or \\{ to show them as text.';

/**
 * The parser's reason in a contributor's words, for the mistakes pasted and typed text makes most:
 * an HTML tag left open (<br>, <b>), an HTML comment, a placeholder in braces ({see below}), and a
 * < that starts no tag (<100, <https://…>). `after` is the text from where the parser stopped.
 * Positions inside the reason count from the body's first line, not the file's, and would only
 * confuse: the problem is already placed.
 */
function explain(reason: string, after: string): { message: string; fix: string } {
  const text = reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, '');
  const tag = /^Expected a closing tag for `<([\w.:-]+)>`/.exec(text)?.[1];
  if (tag && Object.hasOwn(components, tag)) {
    return { message: `<${tag}> is opened but not closed`, fix: `Add </${tag}> where it ends.` };
  }
  if (tag) {
    return {
      message: `<${tag}> is HTML, which contributions do not use`,
      fix: markdownInsteadOf(tag),
    };
  }
  if (/^Unexpected character `!` \(U\+0021\) before name/.test(text)) {
    return {
      message: 'HTML comments (<!-- … -->) cannot be used',
      fix: 'For a note that is never shown, write {/* the note */}. Notes for the reviewers can go in the pull request.',
    };
  }
  if (/^Could not parse expression/.test(text)) return EXPRESSION_PROBLEM;
  if (/^Unexpected character after `<`/.test(text)) {
    const address = /^<((?:https?:\/\/|www\.)[^\s>]+)>/.exec(after)?.[1];
    if (address) {
      return {
        message: 'A web address in < > is read as the start of a tag',
        fix: `Write the link as [the words to show](${address.startsWith('www.') ? `https://${address}` : address}).`,
      };
    }
    return {
      message: 'A < that does not start a tag cannot be used as it is',
      fix: 'Write \\< to show the sign, or say it in words ("under 100").',
    };
  }
  return { message: `The text could not be read: ${text}`, fix: GENERAL_FIX };
}

/** Where the parser stopped: a { it could not read is reported inside it, so step back to the brace. */
function placeOf(source: string, line: number, column: number, reason: string): { column: number; after: string } {
  const text = source.split('\n')[line - 1] ?? '';
  const brace = /^Could not parse expression/.test(reason) ? text.lastIndexOf('{', column - 1) : -1;
  const index = brace >= 0 ? brace : column - 1;
  return { column: index + 1, after: text.slice(index) };
}

export function parseBody(source: string, lineOffset: number): Root {
  // Counted first: a few hundred bytes of braces and tags can keep the parser busy for hours.
  const deep = firstDeepExpression(source);
  if (deep) {
    throw new BodyError(
      `Braces { } and tags inside them sit more than ${MAX_EXPRESSION_DEPTH} inside one another here`,
      deep.line + lineOffset,
      deep.column,
      'Remove the braces: the text uses them only for notes, {/* like this */}. Write \\{ to show a brace as text.',
      'body-expressions',
    );
  }
  try {
    return mdxToHast(source, { features: { frontmatter: false } }) as Root;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // Sätteri reports "line:column: reason (rule-id)".
    const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(raw);
    if (!match) {
      const { message, fix } = explain(raw, '');
      throw new BodyError(message, undefined, undefined, fix);
    }
    const [, line, column, reason] = match as unknown as [string, string, string, string];
    const place = placeOf(source, Number(line), Number(column), reason);
    const { message, fix } = explain(reason, place.after);
    throw new BodyError(message, Number(line) + lineOffset, place.column, fix);
  }
}
