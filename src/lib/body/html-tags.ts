/**
 * What to write instead of the HTML that text pasted from a web page or a document brings with
 * it. The element rule (inspect.ts) and the parser's errors (parse.ts) both say it.
 */
import { components } from './components.ts';
import { IMAGE_FOLDER } from './images.ts';

const MARKDOWN_FOR: Record<string, string> = {
  br: 'For a new line, end the line with a backslash (\\). For a new paragraph, leave an empty line.',
  p: 'For a new paragraph, leave an empty line.',
  b: 'For bold text, write **bold**.',
  strong: 'For bold text, write **bold**.',
  i: 'For italics, write *italics*.',
  em: 'For italics, write *italics*.',
  a: 'For a link, write [the words to click](https://…).',
  img: `For a picture, put the file in public${IMAGE_FOLDER} and write ![what it shows](${IMAGE_FOLDER}file.png).`,
  ul: 'For a list, start each item on a new line with "- ".',
  ol: 'For a numbered list, start each item on a new line with "1. ".',
  li: 'For a list, start each item on a new line with "- ".',
  h2: 'For a heading, start the line with "## ".',
  h3: 'For a smaller heading, start the line with "### ".',
  table: 'For a table, write rows like | Term | Focus |, with a line like | --- | --- | under the first.',
};

/** What to write instead of an HTML tag: its Markdown, or else Markdown or one of the allowed components. */
export function markdownInsteadOf(tag: string): string {
  const name = tag.toLowerCase();
  // <callout> for <Callout>: components are written as they are named.
  const component = Object.keys(components).find((known) => known.toLowerCase() === name);
  if (component) return `Write it with a capital letter, as <${component}>.`;
  return Object.hasOwn(MARKDOWN_FOR, name)
    ? `${MARKDOWN_FOR[name]} HTML tags are not used in contributions.`
    : `Use Markdown instead, or one of the allowed components: ${Object.keys(components).join(', ')}.`;
}
