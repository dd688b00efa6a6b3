/**
 * Renders a contribution's body (Markdown with GFM, plus the allowlisted components) to an HTML
 * string. The parse runs in Rust (Sätteri); the tree walk below maps components to HTML and
 * refuses anything that could run code, and a sanitiser has the last word on what reaches the
 * page.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes, Parents, Root } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { components } from './components.ts';
import { BodyError } from './errors.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Heading ids come from our own slugger, not from contributors, so they need no prefix.
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'details', 'summary'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id'), 'id'],
    a: [...(defaultSchema.attributes?.a ?? []), 'rel'],
    aside: [['className', 'callout', /^callout-(note|tip|caution)$/], 'ariaLabel'],
    p: [['className', 'callout-title']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const where = (node: Nodes, lineOffset: number) =>
  node.position
    ? { line: node.position.start.line + lineOffset, column: node.position.start.column }
    : { line: undefined, column: undefined };

const fail = (node: Nodes, lineOffset: number, message: string, fix: string): never => {
  const { line, column } = where(node, lineOffset);
  throw new BodyError(message, line, column, fix);
};

const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? (node.children as Nodes[]).map(textOf).join('')
      : '';

function componentToHast(node: JsxNode, lineOffset: number): Element {
  const name = node.name ?? '';
  const spec = components[name];
  if (!spec) {
    fail(
      node,
      lineOffset,
      `<${name || '>'}> is not allowed in a contribution`,
      `Use Markdown instead, or one of the allowed components: ${Object.keys(components).join(', ')}.`,
    );
  }
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      return fail(
        node,
        lineOffset,
        `<${name}> attributes must be plain text in quotes`,
        'Write attributes as name="value", without { }.',
      );
    }
    const allowed = spec!.attributes[attribute.name];
    if (!allowed) {
      return fail(
        node,
        lineOffset,
        `<${name}> has no attribute "${attribute.name}"`,
        `Use only: ${Object.keys(spec!.attributes).join(', ')}.`,
      );
    }
    if (allowed !== 'text' && !allowed.includes(attribute.value)) {
      return fail(
        node,
        lineOffset,
        `<${name} ${attribute.name}="${attribute.value}"> is not a known value`,
        `Use one of: ${allowed.join(', ')}.`,
      );
    }
    attributes[attribute.name] = attribute.value;
  }
  for (const required of spec!.required) {
    if (!(required in attributes)) {
      fail(node, lineOffset, `<${name}> needs a ${required} attribute`, `Add ${required}="…".`);
    }
  }
  return spec!.toHast(attributes, node.children as ElementContent[]);
}

/** Walks the tree in place: maps components, refuses code, collects headings, marks links. */
function transform(parent: Parents, lineOffset: number, slugger: GithubSlugger, headings: Heading[]): void {
  parent.children = parent.children.map((child) => {
    switch (child.type) {
      case 'mdxjsEsm':
        return fail(
          child,
          lineOffset,
          'import and export lines are not allowed',
          'Remove the line: contributions cannot load code.',
        );
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return fail(
          child,
          lineOffset,
          'Curly-brace expressions { } are not allowed',
          'Remove the braces, or write \\{ to show a brace as text.',
        );
      case 'raw':
        return fail(child, lineOffset, 'Raw HTML is not allowed', 'Use Markdown instead of HTML.');
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = componentToHast(child, lineOffset);
        transform(element, lineOffset, slugger, headings);
        return element;
      }
      case 'element': {
        if (/^h[2-4]$/.test(child.tagName)) {
          const text = textOf(child);
          const slug = slugger.slug(text);
          child.properties = { ...child.properties, id: slug };
          headings.push({ depth: Number(child.tagName[1]), slug, text });
        }
        if (child.tagName === 'a' && /^https?:/.test(String(child.properties?.href ?? ''))) {
          child.properties = { ...child.properties, rel: ['noopener', 'noreferrer'] };
        }
        transform(child, lineOffset, slugger, headings);
        return child;
      }
      default:
        return child;
    }
  }) as typeof parent.children;
}

/**
 * Renders a body. `lineOffset` is the number of lines before the body in its file (the
 * frontmatter), so errors point at the right line of the file.
 */
export function renderBody(source: string, lineOffset = 0): RenderedBody {
  let tree: Root;
  try {
    tree = mdxToHast(source, { features: { frontmatter: false } }) as Root;
  } catch (error) {
    throw parseError(error, lineOffset);
  }
  const headings: Heading[] = [];
  transform(tree, lineOffset, new GithubSlugger(), headings);
  const html = toHtml(sanitize(tree, sanitizeSchema));
  return { html, headings };
}

function parseError(error: unknown, lineOffset: number): BodyError {
  const raw = error instanceof Error ? error.message : String(error);
  // Sätteri reports "line:column: reason (rule-id)".
  const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(raw);
  return new BodyError(
    `The text could not be read: ${match ? match[3] : raw}`,
    match ? Number(match[1]) + lineOffset : undefined,
    match ? Number(match[2]) : undefined,
    'Check for an unclosed < or {. Write \\< or \\{ to show them as text.',
  );
}
