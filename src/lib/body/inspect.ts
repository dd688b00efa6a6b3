/**
 * The rules a contribution's body must follow, checked on its syntax tree (never with regular
 * expressions over the source). The renderer refuses a body with any error; the checker reports
 * them all, with lines and fixes.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Parents, Root } from 'hast';
import { components } from './components.ts';
import { findPersonalData } from './personal-data.ts';

export interface BodyProblem {
  rule: string;
  message: string;
  fix: string;
  line: number | undefined;
  column: number | undefined;
}

export interface InspectOptions {
  /** Lines before the body in its file, so positions are lines of the file. */
  lineOffset: number;
  /** The project folder, to find images in public/. Without it, image files are not looked up. */
  root?: string;
  /** Level-2 headings the body must have, in this order. */
  requiredHeadings?: readonly string[];
}

/** Elements that can run code or pull in other pages: named in the error so the risk is clear. */
const DANGEROUS_ELEMENTS: Record<string, string> = {
  script: 'runs code in the reader\u2019s browser',
  style: 'can change or hide the page',
  iframe: 'embeds another website',
  object: 'embeds other content that can run code',
  embed: 'embeds other content that can run code',
  form: 'could collect readers\u2019 data',
};

export const MAX_IMAGE_BYTES = 500 * 1024;
const IMAGE_FOLDER = '/images/';
const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;

/** {/* … *\/} is an MDX comment: it runs nothing and is never shown, so guidance can stay in a file. */
export const isComment = (expression: string): boolean => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);

export const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? (node.children as Nodes[]).map(textOf).join('')
      : '';

export function inspectBody(tree: Root, options: InspectOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const report = (node: Nodes, rule: string, message: string, fix: string, column?: number, lineDelta = 0) => {
    const start = node.position?.start;
    problems.push({
      rule,
      message,
      fix,
      line: start ? start.line + options.lineOffset + lineDelta : undefined,
      column: column ?? start?.column,
    });
  };
  const headings: { text: string; node: Nodes }[] = [];

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          'no-esm',
          'import and export lines are not allowed',
          'Remove the line: contributions cannot load code.',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isComment(node.value)) return;
        report(
          node,
          'no-expression',
          'Curly-brace expressions { } are not allowed',
          'Remove the braces, or write \\{ to show a brace as text.',
        );
        return;
      case 'raw':
        report(node, 'no-html', 'Raw HTML is not allowed', 'Use Markdown instead of HTML.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        inspectComponent(node, report);
        break;
      case 'element':
        if (node.tagName === 'h2') headings.push({ text: textOf(node).trim(), node });
        if (node.tagName === 'a') inspectLink(node, report);
        if (node.tagName === 'img') inspectImage(node, options, report);
        break;
      case 'text':
        inspectText(node, report);
        break;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  if (options.requiredHeadings) inspectHeadings(tree, headings, options.requiredHeadings, report);
  return problems;
}

type Report = (node: Nodes, rule: string, message: string, fix: string, column?: number, lineDelta?: number) => void;
type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function inspectComponent(node: JsxNode, report: Report): void {
  const name = node.name ?? '';
  const spec = components[name];
  const allowedList = Object.keys(components).join(', ');
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && /^on/i.test(attribute.name)) {
      report(
        node,
        'no-event-handler',
        `The attribute ${attribute.name} runs code and is not allowed`,
        `Remove ${attribute.name}="…".`,
      );
    }
  }
  if (!spec) {
    const danger = DANGEROUS_ELEMENTS[name.toLowerCase()];
    if (danger) {
      report(
        node,
        'no-dangerous-element',
        `<${name}> is not allowed: it ${danger}`,
        'Remove it. Describe the content in words, or link to it.',
      );
    } else {
      report(
        node,
        'unknown-component',
        `<${name || '>'}> is not allowed in a contribution`,
        `Use Markdown instead, or one of the allowed components: ${allowedList}.`,
      );
    }
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
      report(
        node,
        'no-expression',
        `<${name}> attributes must be plain text in quotes`,
        'Write attributes as name="value", without { }.',
      );
      continue;
    }
    if (/^on/i.test(attribute.name)) continue;
    const allowed = spec.attributes[attribute.name];
    if (!allowed) {
      report(
        node,
        'unknown-attribute',
        `<${name}> has no attribute "${attribute.name}"`,
        `Use only: ${Object.keys(spec.attributes).join(', ')}.`,
      );
    } else if (allowed !== 'text' && !allowed.includes(attribute.value ?? '')) {
      report(
        node,
        'attribute-value',
        `<${name} ${attribute.name}="${attribute.value}"> is not a known value`,
        `Use one of: ${allowed.join(', ')}.`,
      );
    }
  }
  for (const required of spec.required) {
    if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === required)) {
      report(node, 'missing-attribute', `<${name}> needs a ${required} attribute`, `Add ${required}="…".`);
    }
  }
}

function inspectLink(node: Extract<Nodes, { type: 'element' }>, report: Report): void {
  const href = String(node.properties?.['href'] ?? '');
  if (UNSAFE_URL.test(href)) {
    report(
      node,
      'unsafe-url',
      `The link "${href.slice(0, 40)}" uses a ${href.split(':')[0]}: address, which can run code`,
      'Link to a web page starting with https://',
    );
  }
}

function inspectImage(node: Extract<Nodes, { type: 'element' }>, options: InspectOptions, report: Report): void {
  const src = String(node.properties?.['src'] ?? '');
  const alt = String(node.properties?.['alt'] ?? '').trim();
  if (alt === '') {
    report(
      node,
      'image-alt',
      'The image has no alt text',
      'Describe the image in the square brackets: ![Pupils reading in the library](/images/library.jpg)',
    );
  }
  if (UNSAFE_URL.test(src)) {
    report(
      node,
      'unsafe-url',
      `The image uses a ${src.split(':')[0]}: address`,
      `Add the image file to public${IMAGE_FOLDER} and write ${IMAGE_FOLDER}name.jpg`,
    );
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    report(
      node,
      'remote-image',
      'Images from other websites are not allowed: they can track readers and can disappear',
      `Add the image file to public${IMAGE_FOLDER} and write ${IMAGE_FOLDER}name.jpg`,
    );
    return;
  }
  if (!src.startsWith(IMAGE_FOLDER)) {
    report(
      node,
      'image-location',
      `Images must be in public${IMAGE_FOLDER}`,
      `Move the image to public${IMAGE_FOLDER} and write ${IMAGE_FOLDER}name.jpg`,
    );
    return;
  }
  if (!options.root) return;
  const file = path.join(options.root, 'public', decodeURIComponent(src));
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    report(
      node,
      'image-missing',
      `The image ${src} is not in the repository`,
      `Add the file as public${src}, or correct the name.`,
    );
    return;
  }
  if (size > MAX_IMAGE_BYTES) {
    report(
      node,
      'image-size',
      `The image ${src} is ${Math.round(size / 1024)} KB; images must be 500 KB or less`,
      'Resize or compress it, for example to 1200 pixels wide as a JPEG.',
    );
  }
}

function inspectText(node: Extract<Nodes, { type: 'text' }>, report: Report): void {
  for (const finding of findPersonalData(node.value)) {
    const before = node.value.slice(0, finding.index);
    const lineDelta = before.split('\n').length - 1;
    const column =
      lineDelta === 0 ? (node.position?.start.column ?? 1) + finding.index : finding.index - before.lastIndexOf('\n');
    report(node, `personal-data-${finding.kind}`, finding.message, finding.fix, column, lineDelta);
  }
}

function inspectHeadings(
  tree: Root,
  found: { text: string; node: Nodes }[],
  required: readonly string[],
  report: Report,
): void {
  const texts = found.map((heading) => heading.text.toLowerCase());
  const missing = required.filter((heading) => !texts.includes(heading.toLowerCase()));
  const first: Parents = tree;
  if (missing.length > 0) {
    report(
      first,
      'required-headings',
      `The body is missing the heading${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')}`,
      `A case study has these sections, in order: ${required.map((h) => `## ${h}`).join(', ')}.`,
    );
    return;
  }
  // Point at the first required heading that comes before one it should follow.
  const wanted = required.map((heading) => heading.toLowerCase());
  let last = -1;
  for (const heading of found) {
    const rank = wanted.indexOf(heading.text.toLowerCase());
    if (rank === -1) continue;
    if (rank < last) {
      report(
        heading.node,
        'heading-order',
        `"## ${heading.text}" is out of order`,
        `Put the sections in this order: ${required.map((h) => `## ${h}`).join(', ')}.`,
      );
      return;
    }
    last = rank;
  }
}
