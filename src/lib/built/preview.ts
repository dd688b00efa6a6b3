/**
 * A preview of the pages a pull request changes, for the summary GitHub shows with the pull
 * request's checks: a contributor who writes in the browser has no `npm run dev`, and sees there
 * how their entry will read on the site. GitHub renders the summary as Markdown with a safe subset
 * of HTML, so each page's article is carried over as HTML, less what GitHub would drop or show as
 * noise: the search index's hidden data, the charts (their tables stay) and the site's classes.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';
import { IMAGE_FOLDER } from '../body/images.ts';
import { plural } from '../text/plural.ts';

/** What the preview may link to: the live site, and where the pull request's own images are. */
export interface PreviewBase {
  /** The site's address, e.g. https://example.org */
  site: string;
  /** The address of the pull request's public/ folder, so that a new image shows before it is merged. */
  publicFiles: string;
}

export interface PreviewedFile {
  /** The changed file, e.g. content/case-studies/x.mdx */
  file: string;
  /** Its page's address, e.g. /case-studies/x/, when it has one. */
  url?: string | undefined;
  /** The built page, when there is one. */
  html?: string | undefined;
}

/** GitHub refuses the whole of a step's summary over 1 MiB; this leaves room for the note of what is left out. */
export const MAX_SUMMARY_BYTES = 1000 * 1024;

/** Attributes GitHub keeps that still mean something once the page's styles are gone. */
const KEPT = ['href', 'src', 'alt', 'title', 'scope', 'colSpan', 'rowSpan', 'dateTime'];
const DROPPED_TAGS = new Set(['svg', 'script', 'style', 'template']);

const isShown = (node: ElementContent): boolean =>
  node.type === 'text' ||
  (node.type === 'element' &&
    !DROPPED_TAGS.has(node.tagName) &&
    node.properties['hidden'] === undefined &&
    node.properties['ariaHidden'] !== 'true');

function absolute(address: string, page: string, base: PreviewBase): string {
  if (address.startsWith(IMAGE_FOLDER)) return `${base.publicFiles}${address}`;
  if (address.startsWith('/')) return `${base.site}${address}`;
  if (address.startsWith('#')) return `${base.site}${page}${address}`;
  return address;
}

function tidy(node: Element, page: string, base: PreviewBase): Element {
  const properties: Element['properties'] = {};
  for (const name of KEPT) {
    const value = node.properties[name];
    if (value === undefined) continue;
    properties[name] =
      (name === 'href' || name === 'src') && typeof value === 'string' ? absolute(value, page, base) : value;
  }
  const children = node.children
    .filter(isShown)
    .map((child) => (child.type === 'element' ? tidy(child, page, base) : child));
  return { ...node, properties, children };
}

function findElement(nodes: readonly (Root | ElementContent)[], tagName: string): Element | undefined {
  for (const node of nodes) {
    if (node.type === 'element' && node.tagName === tagName) return node;
    if ('children' in node) {
      const found = findElement(node.children as ElementContent[], tagName);
      if (found) return found;
    }
  }
  return undefined;
}

/** A built page's article (an index page's main content) as the summary can show it. */
export function articlePreview(html: string, page: string, base: PreviewBase): string | undefined {
  const tree = [htmlToHast(html) as Root];
  const content = findElement(tree, 'article') ?? findElement(tree, 'main');
  // A blank line would end GitHub's reading of the block as HTML, and the rest would be read as Markdown.
  return content ? toHtml(tidy(content, page, base).children).replace(/\n{2,}/g, '\n') : undefined;
}

const code = (text: string) => `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code>`;

function section({ file, url, html }: PreviewedFile, base: PreviewBase): string {
  if (!url) return `- ${code(file)} has no page of its own.`;
  const article = html === undefined ? undefined : articlePreview(html, url, base);
  if (article === undefined) {
    return `- ${code(file)}: no page was built from it. The check's messages, beside the file's lines under Files changed, say why.`;
  }
  return [
    `<details open><summary>${code(file)}, at <a href="${base.site}${url}">${url}</a> once merged</summary>`,
    '',
    article,
    '',
    '</details>',
  ].join('\n');
}

/** The whole summary: one section per changed file, as many as GitHub will show. */
export function previewSummary(files: readonly PreviewedFile[], base: PreviewBase): string {
  const lines = [
    '## Preview',
    '',
    'How the pages this pull request changes will read on the site. Here they have none of the site’s styles, and each chart is shown as its table.',
    '',
  ];
  let bytes = Buffer.byteLength(lines.join('\n'));
  let notShown = 0;
  for (const file of files) {
    const text = section(file, base);
    const size = Buffer.byteLength(text) + 1;
    if (bytes + size > MAX_SUMMARY_BYTES) notShown += 1;
    else {
      lines.push(text);
      bytes += size;
    }
  }
  if (notShown > 0)
    lines.push('', `${plural(notShown, 'more changed file')} not shown here, to keep within what GitHub shows.`);
  return `${lines.join('\n')}\n`;
}
