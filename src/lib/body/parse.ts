/**
 * Parses a contribution's body into an HTML syntax tree. The checker and the renderer both
 * parse through here, so they always see the same Markdown, GFM and MDX constructs.
 */
import type { Root } from 'hast';
import { mdxToHast } from 'satteri';
import { BodyError } from './errors.ts';

export function parseBody(source: string, lineOffset: number): Root {
  try {
    return mdxToHast(source, { features: { frontmatter: false } }) as Root;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // Sätteri reports "line:column: reason (rule-id)".
    const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(raw);
    throw new BodyError(
      `The text could not be read: ${match ? match[3] : raw}`,
      match ? Number(match[1]) + lineOffset : undefined,
      match ? Number(match[2]) : undefined,
      'Check for an unclosed < or {. Write \\< or \\{ to show them as text.',
    );
  }
}
