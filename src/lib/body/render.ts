/**
 * Renders a contribution's body (Markdown with GFM, plus the allowlisted components) to an HTML
 * string. The parse runs in Rust (Sätteri). A body with any problem found by inspectBody is
 * refused; the tree walk then maps components to HTML, and a sanitiser has the last word on
 * what reaches the page.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Parents, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { isExternalHref } from './external-links.ts';
import { components } from './components.ts';
import { BodyError } from './errors.ts';
import { inspectBody, textOf, type InspectOptions } from './inspect.ts';
import { parseBody } from './parse.ts';
import { LINK_SCHEMES, publishedHref } from './urls.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

/** What may reach a page: every element and attribute a body can give, and no other. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Heading ids come from our own slugger, not from contributors, so they need no prefix.
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'details', 'summary'],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.['a'] ?? []), 'rel'],
    aside: [['className', 'callout', /^callout-(note|tip|caution)$/], 'ariaLabel'],
    p: [['className', 'callout-title']],
    div: [['className', 'table-wrap'], 'role', 'ariaLabel', 'tabIndex'],
  },
  // The body rules refuse a link with any other scheme, so none is dropped here unannounced.
  protocols: { ...defaultSchema.protocols, href: [...LINK_SCHEMES], src: ['http', 'https'] },
};

/**
 * Maps components to HTML, gives headings ids, writes link addresses as browsers read them and
 * marks external links, in place.
 */
function transform(parent: Parents, slugger: GithubSlugger, headings: Heading[]): void {
  // Comments are the only expressions inspectBody lets through; they are never shown.
  parent.children = parent.children.filter(
    (child) => child.type !== 'mdxFlowExpression' && child.type !== 'mdxTextExpression',
  );
  parent.children = parent.children.map((child) => {
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      const spec = components[child.name ?? ''];
      // inspectBody has refused unknown components already; this guards the invariant.
      if (!spec) throw new Error(`Unchecked component <${child.name}>`);
      const attributes = Object.fromEntries(
        child.attributes.flatMap((attribute) =>
          attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
            ? [[attribute.name, attribute.value]]
            : [],
        ),
      );
      const element: Element = spec.toHast(attributes, child.children as ElementContent[]);
      transform(element, slugger, headings);
      return element;
    }
    if (child.type === 'element') {
      if (child.tagName === 'table') {
        transform(child, slugger, headings);
        // A wide table scrolls inside its own box rather than pushing the page sideways on a phone.
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-wrap'], role: 'region', ariaLabel: 'Table', tabIndex: 0 },
          children: [child],
        } satisfies Element;
      }
      if (/^h[2-4]$/.test(child.tagName)) {
        const text = textOf(child);
        const slug = slugger.slug(text);
        child.properties = { ...child.properties, id: slug };
        headings.push({ depth: Number(child.tagName[1]), slug, text });
      }
      if (child.tagName === 'a' && typeof child.properties['href'] === 'string') {
        const href = publishedHref(child.properties['href']);
        const rel = isExternalHref(href) ? { rel: ['noopener', 'noreferrer'] } : {};
        child.properties = { ...child.properties, href, ...rel };
      }
      transform(child, slugger, headings);
    }
    return child;
  }) as typeof parent.children;
}

/**
 * Renders a body. `lineOffset` is the number of lines before the body in its file (the
 * frontmatter), so errors point at the right line of the file.
 */
export function renderBody(
  source: string,
  lineOffset = 0,
  options: Omit<InspectOptions, 'lineOffset'> = {},
): RenderedBody {
  const tree = parseBody(source, lineOffset);
  const [problem] = inspectBody(tree, { ...options, lineOffset });
  if (problem) throw new BodyError(problem.message, problem.line, problem.column, problem.fix);
  return inspectedToHtml(tree);
}

/**
 * The HTML of a tree that inspectBody has accepted (it changes the tree). Only renderBody should
 * call it; it is exported so tests can show that the sanitiser keeps what the rules allow.
 */
export function inspectedToHtml(tree: Root): RenderedBody {
  const headings: Heading[] = [];
  transform(tree, new GithubSlugger(), headings);
  return { html: toHtml(sanitize(tree, sanitizeSchema)), headings };
}
