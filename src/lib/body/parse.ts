/**
 * Parses a contribution's body into an HTML syntax tree. The checker and the renderer both
 * parse through here, so they always see the same Markdown, GFM and MDX constructs.
 */
import type { Root } from 'hast';
import { mdxToHast } from 'satteri';
import { components } from './components.ts';
import { BodyError } from './errors.ts';
import { markdownInsteadOf } from './html-tags.ts';

const GENERAL_FIX = 'Check for an unclosed < or {. Write \\< or \\{ to show them as text.';

/**
 * The parser's reason in a contributor's words, for the mistakes pasted text makes most: an HTML
 * tag left open (<br>, <b>) and an HTML comment. Positions inside the reason count from the
 * body's first line, not the file's, and would only confuse: the problem is already placed.
 */
function explain(reason: string): { message: string; fix: string } {
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
  return { message: `The text could not be read: ${text}`, fix: GENERAL_FIX };
}

export function parseBody(source: string, lineOffset: number): Root {
  try {
    return mdxToHast(source, { features: { frontmatter: false } }) as Root;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // Sätteri reports "line:column: reason (rule-id)".
    const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(raw);
    const { message, fix } = explain(match ? match[3]! : raw);
    throw new BodyError(
      message,
      match ? Number(match[1]) + lineOffset : undefined,
      match ? Number(match[2]) : undefined,
      fix,
    );
  }
}
