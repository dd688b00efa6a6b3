/**
 * The rules a contribution's body must follow, checked on its syntax tree (never with regular
 * expressions over the source). The renderer refuses a body with any error; the checker reports
 * them all, with lines and fixes.
 */
import path from 'node:path';
import type { Nodes, Root } from 'hast';
import { components } from './components.ts';
import { markdownInsteadOf } from './html-tags.ts';
import {
  findImageFile,
  IMAGE_FOLDER,
  IMAGE_FORMAT_NAMES,
  isImageType,
  readImageAddress,
  type ImageAddress,
  type ImageFile,
} from './images.ts';
import { firstTooDeep, MAX_NESTING } from './nesting.ts';
import { findPersonalData } from './personal-data.ts';
import { decoded, LINK_SCHEMES, LINK_SCHEMES_TEXT, schemeOf, UNSAFE_SCHEMES } from './urls.ts';
import { EXPRESSION_PROBLEM } from './errors.ts';

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
  const report: Report = (at, rule, message, fix) =>
    problems.push({ rule, message, fix, line: at ? at.line + options.lineOffset : undefined, column: at?.column });
  const headings: Heading[] = [];
  // Checked before the recursive walk below, which a deep enough body would overflow.
  const tooDeep = firstTooDeep(tree);
  if (tooDeep) {
    report(
      tooDeep.at,
      'too-deep',
      `The text is nested too deeply: more than ${MAX_NESTING} levels of quotes, lists or components inside one another`,
      'Use fewer levels: check for a run of > marks or list indents, or components inside components.',
    );
    return problems;
  }

  /** `inherited` places a node the parser gave no position, such as the text of a code block. */
  const visit = (node: Nodes, inherited: Point | undefined): void => {
    const at = node.position?.start ?? inherited;
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          at,
          'no-esm',
          'import and export lines are not allowed',
          'Remove the line: contributions cannot load code.',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isComment(node.value)) return;
        report(at, 'no-expression', EXPRESSION_PROBLEM.message, EXPRESSION_PROBLEM.fix);
        return;
      case 'raw':
        report(at, 'no-html', 'Raw HTML is not allowed', 'Use Markdown instead of HTML.');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        inspectComponent(node, at, report);
        break;
      case 'element':
        if (/^h[1-6]$/.test(node.tagName))
          headings.push({ text: textOf(node).trim(), level: Number(node.tagName[1]), at });
        if (node.tagName === 'a') inspectLink(node, at, report);
        if (node.tagName === 'img') inspectImage(node, at, options, report);
        inspectProperties(node, at, report);
        break;
      case 'text':
        inspectText(node.value, at, report);
        break;
    }
    if ('children' in node) {
      const childAt = isCodeBlock(node) && at ? { line: at.line + 1, column: at.column } : at;
      for (const child of node.children as Nodes[]) visit(child, childAt);
    }
  };
  visit(tree, undefined);
  if (options.requiredHeadings) inspectHeadings(tree, headings, options.requiredHeadings, report);
  return problems;
}

/**
 * A fenced code block's code element: its text has no position of its own and starts on the
 * line after the opening fence (MDX has no indented code blocks). Inline code has positions.
 */
const isCodeBlock = (node: Nodes): boolean =>
  node.type === 'element' && node.tagName === 'code' && node.children.every((child) => !child.position);

/** Where a problem is, as a line and column of the body. */
type Point = { line: number; column: number };
type Report = (at: Point | undefined, rule: string, message: string, fix: string) => void;
type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type ElementNode = Extract<Nodes, { type: 'element' }>;
type Heading = { text: string; level: number; at: Point | undefined };

function inspectComponent(node: JsxNode, at: Point | undefined, report: Report): void {
  const name = node.name ?? '';
  const spec = components[name];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && /^on/i.test(attribute.name)) {
      report(
        at,
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
        at,
        'no-dangerous-element',
        `<${name}> is not allowed: it ${danger}`,
        'Remove it. Describe the content in words, or link to it.',
      );
    } else {
      report(at, 'unknown-component', `<${name || '>'}> is not allowed in a contribution`, markdownInsteadOf(name));
    }
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
      report(
        at,
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
        at,
        'unknown-attribute',
        `<${name}> has no attribute "${attribute.name}"`,
        `Use only: ${Object.keys(spec.attributes).join(', ')}.`,
      );
    } else if (allowed !== 'text' && !allowed.includes(attribute.value ?? '')) {
      report(
        at,
        'attribute-value',
        `<${name} ${attribute.name}="${attribute.value}"> is not a known value`,
        `Use one of: ${allowed.join(', ')}.`,
      );
    }
  }
  inspectAttributeValues(node, at, report);
  for (const required of spec.required) {
    if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === required)) {
      report(at, 'missing-attribute', `<${name}> needs a ${required} attribute`, `Add ${required}="…".`);
    }
  }
}

/**
 * A link is judged as a reader's browser would read it (java&#9;script: is javascript:), and
 * allowed exactly when the renderer's sanitiser keeps it, so no link silently disappears.
 */
function inspectLink(node: ElementNode, at: Point | undefined, report: Report): void {
  const href = String(node.properties?.['href'] ?? '');
  const scheme = schemeOf(href);
  if (scheme === undefined || LINK_SCHEMES.includes(scheme)) return;
  const shown = printable(href.slice(0, 40));
  const fix = `Start the address with ${LINK_SCHEMES_TEXT}, or write a page of this site as /case-studies/name/.`;
  if (UNSAFE_SCHEMES.includes(scheme)) {
    report(
      at,
      'unsafe-url',
      `The link "${shown}" uses a ${scheme}: address, which can run code`,
      'Link to a web page starting with https://',
    );
  } else if (/^[a-z][a-z\d+.-]*$/.test(scheme)) {
    report(at, 'link-scheme', `The link "${shown}" uses a ${scheme}: address, which the site does not publish`, fix);
  } else {
    report(
      at,
      'link-scheme',
      `The link "${shown}" has a colon (:) before any slash, so it is not an address the site can publish`,
      fix,
    );
  }
}

function inspectImage(node: ElementNode, at: Point | undefined, options: InspectOptions, report: Report): void {
  const src = String(node.properties?.['src'] ?? '');
  const alt = String(node.properties?.['alt'] ?? '').trim();
  if (alt === '') {
    report(
      at,
      'image-alt',
      'The image has no alt text',
      'Describe the image in the square brackets: ![Pupils reading in the library](/images/library.jpg)',
    );
  }
  const address = readImageAddress(src);
  if (address.kind !== 'local') {
    report(at, ...imageAddressProblem(address, src));
    return;
  }
  const found = options.root ? findImageFile(options.root, address.file) : undefined;
  const problem = localImageProblem(address.file, found, src);
  if (problem) report(at, ...problem);
}

type Problem = [rule: string, message: string, fix: string];
const PUT_IT_IN_IMAGES = `Add the image file to public${IMAGE_FOLDER} and write ${IMAGE_FOLDER}name.jpg`;

function imageAddressProblem(address: Exclude<ImageAddress, { kind: 'local' }>, src: string): Problem {
  const shown = printable(src);
  switch (address.kind) {
    case 'unsafe':
      return ['unsafe-url', `The image uses a ${address.scheme}: address`, PUT_IT_IN_IMAGES];
    case 'remote':
      return [
        'remote-image',
        'Images from other websites are not allowed: they can track readers and can disappear',
        PUT_IT_IN_IMAGES,
      ];
    case 'malformed':
      return [
        'image-path',
        `The image address ${shown} has a % that is not followed by two hexadecimal digits`,
        'Write a % in a file name as %25, or rename the file with only letters, digits and hyphens.',
      ];
    case 'outside':
      return address.leavesFolder
        ? [
            'image-location',
            `The image address ${shown} leads out of public${IMAGE_FOLDER}`,
            `Put the image in public${IMAGE_FOLDER} and write ${IMAGE_FOLDER}name.jpg, without .. in the address.`,
          ]
        : ['image-location', `Images must be in public${IMAGE_FOLDER}`, PUT_IT_IN_IMAGES];
  }
}

/**
 * A folder is named as one; otherwise the type is judged before the file is looked for, so an
 * SVG is refused for what it is even before it is added.
 */
function localImageProblem(file: string, found: ImageFile | undefined, src: string): Problem | undefined {
  if (found?.kind === 'folder') return imageFileProblem(found, file, src);
  if (!isImageType(file)) return imageTypeProblem(file, src);
  return found && imageFileProblem(found, file, src);
}

function imageTypeProblem(file: string, src: string): Problem {
  const allowed = `a ${IMAGE_FORMAT_NAMES} image`;
  return [
    'image-type',
    path.posix.extname(file).toLowerCase() === '.svg'
      ? `The image ${printable(src)} is an SVG, which can carry code that runs when its address is opened; use ${allowed}`
      : `The image ${printable(src)} is not ${allowed}`,
    `Export the image as a PNG or JPEG, add it to public${IMAGE_FOLDER} and write ${IMAGE_FOLDER}name.png`,
  ];
}

function imageFileProblem(found: ImageFile, file: string, src: string): Problem | undefined {
  const shown = printable(src);
  switch (found.kind) {
    case 'missing':
      return [
        'image-missing',
        `The image ${shown} is not in the repository`,
        `Add the file as public${printable(file)}, or correct the name.`,
      ];
    case 'folder':
      return [
        'image-not-file',
        `The image address ${shown} is a folder, not an image file`,
        `Write the file's name after the folder: ${shown.replace(/\/?$/, '/')}name.jpg`,
      ];
    case 'elsewhere':
      return [
        'image-location',
        `The image ${shown} is a link to something outside public${IMAGE_FOLDER}, not an image file`,
        `Put the image file itself in public${IMAGE_FOLDER}.`,
      ];
    case 'file':
      // Its size and content are the checker's to judge, for every file in the folder (src/lib/check/images.ts).
      return undefined;
  }
}

/** An address as it can be shown in a message: shortened, with control characters as spaces. */
const printable = (value: string): string =>
  Array.from(value.slice(0, 80), (char) => (char < ' ' || char === '\u007f' ? ' ' : char)).join('');

/** Personal data in a text node, placed at its own line and column within the text. */
function inspectText(value: string, at: Point | undefined, report: Report): void {
  for (const finding of findPersonalData(value)) {
    const before = value.slice(0, finding.index);
    const lineDelta = before.split('\n').length - 1;
    const column = lineDelta === 0 ? (at?.column ?? 1) + finding.index : finding.index - before.lastIndexOf('\n');
    report(at && { line: at.line + lineDelta, column }, finding.rule, finding.message, finding.fix);
  }
}

/**
 * Personal data in the values an element carries (alt text, link targets, titles): they are
 * published as written. What the element's own text shows is reported there, not twice.
 */
function inspectProperties(node: ElementNode, at: Point | undefined, report: Report): void {
  const shown = node.tagName === 'a' ? textOf(node) : '';
  for (const value of Object.values(node.properties ?? {})) {
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string') continue;
      // %40 in a mailto: link is still an @ to the reader's mail program.
      for (const finding of findPersonalData(decoded(text) ?? text)) {
        if (!shown.includes(finding.match)) report(at, finding.rule, finding.message, finding.fix);
      }
    }
  }
}

/** Personal data in a component's attributes, such as a Callout's title, which is published. */
function inspectAttributeValues(node: JsxNode, at: Point | undefined, report: Report): void {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
    for (const finding of findPersonalData(attribute.value)) {
      report(at, finding.rule, finding.message, finding.fix);
    }
  }
}

/** The start of the body's last line of text, where a section missing from the end belongs. */
const lastLine = (tree: Root): Point | undefined => {
  const end = tree.children.findLast((child) => child.position)?.position?.end;
  return end && { line: end.line, column: 1 };
};

const HASHES = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

function inspectHeadings(tree: Root, headings: Heading[], required: readonly string[], report: Report): void {
  const found = headings.filter((heading) => heading.level === 2);
  const texts = found.map((heading) => heading.text.toLowerCase());
  const missing = required.filter((heading) => !texts.includes(heading.toLowerCase()));
  // "# Context" for "## Context": the section is there, at the wrong level.
  const misleveled = missing.flatMap((text) => {
    const heading = headings.find((other) => other.text.toLowerCase() === text.toLowerCase());
    return heading ? [heading] : [];
  });
  for (const heading of misleveled) {
    report(
      heading.at,
      'heading-level',
      `"${'#'.repeat(heading.level)} ${heading.text}" starts with ${HASHES[heading.level]} # but a section heading has two`,
      `Write it as "## ${heading.text}".`,
    );
  }
  if (misleveled.length > 0) return;
  const wanted = required.map((heading) => heading.toLowerCase());
  const order = `A case study has these sections, in order: ${required.map((h) => `## ${h}`).join(', ')}.`;
  if (missing.length > 0) {
    // One section missing and one heading that is none of them: most likely the section, renamed.
    const others = found.filter((heading) => !wanted.includes(heading.text.toLowerCase()));
    const renamed = missing.length === 1 && others.length === 1 ? others[0] : undefined;
    // Otherwise, where the first missing section belongs: before the next section there is, or at the end.
    const rank = wanted.indexOf(missing[0]!.toLowerCase());
    const next = found.find((heading) => wanted.indexOf(heading.text.toLowerCase()) > rank);
    report(
      renamed?.at ?? next?.at ?? lastLine(tree),
      'required-headings',
      `The body is missing the heading${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"## ${h}"`).join(', ')}`,
      renamed ? `If "## ${renamed.text}" is that section, call it "## ${missing[0]}". ${order}` : order,
    );
    return;
  }
  // Point at the first required heading that comes before one it should follow.
  let last = -1;
  for (const heading of found) {
    const rank = wanted.indexOf(heading.text.toLowerCase());
    if (rank === -1) continue;
    if (rank < last) {
      report(
        heading.at,
        'heading-order',
        `"## ${heading.text}" is out of order`,
        `Put the sections in this order: ${required.map((h) => `## ${h}`).join(', ')}.`,
      );
      return;
    }
    last = rank;
  }
}
