/**
 * A rendered body cut at its level-2 headings, for a page that puts each part beside what it is
 * about: a playbook's guidance on a stage of the cycle goes with that stage's steps. Only the
 * body's own top level is cut, so a heading inside a callout stays inside it.
 */
import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { textOf } from './inspect.ts';

export interface BodySection {
  /** The heading the part starts with; none for the text before the first heading. */
  heading?: { id: string; text: string; html: string };
  /** The part's HTML after its heading. */
  html: string;
}

export function bodySections(html: string): BodySection[] {
  const root = htmlToHast(html, { fragment: true }) as Root;
  const parts: { heading?: BodySection['heading']; nodes: RootContent[] }[] = [{ nodes: [] }];
  for (const node of root.children) {
    if (node.type === 'element' && node.tagName === 'h2') {
      const heading = { id: String(node.properties['id'] ?? ''), text: textOf(node).trim(), html: toHtml(node) };
      parts.push({ heading, nodes: [] });
    } else {
      parts.at(-1)!.nodes.push(node);
    }
  }
  return parts
    .filter(({ heading, nodes }) => heading || nodes.some((node) => textOf(node).trim() !== '' || node.type !== 'text'))
    .map(({ heading, nodes }) => ({
      ...(heading ? { heading } : {}),
      html: toHtml({ type: 'root', children: nodes }),
    }));
}

/**
 * The body with the text of its top-level headings changed where `labels` names them. Their ids stay,
 * so links to a heading keep working whoever's voice it is told in.
 */
export function relabelHeadings(html: string, labels: Readonly<Record<string, string>>): string {
  const root = htmlToHast(html, { fragment: true }) as Root;
  let changed = false;
  for (const node of root.children) {
    if (node.type !== 'element' || node.tagName !== 'h2') continue;
    const label = labels[textOf(node).trim()];
    if (label === undefined) continue;
    node.children = [{ type: 'text', value: label }];
    changed = true;
  }
  return changed ? toHtml(root) : html;
}
