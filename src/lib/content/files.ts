/**
 * Reading contribution files: splitting an .mdx file into frontmatter and body, and parsing
 * YAML. The site's loader, the checker and the tests all read files through here, so they agree
 * on what a file says.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { NOT_PLAIN, readPlainYaml } from './plain-yaml.ts';

export interface SplitFile {
  /** The YAML between the --- lines ('' when there is none). */
  frontmatter: string;
  /** Lines before the body starts, so body positions can be mapped back to the file. */
  bodyLineOffset: number;
  body: string;
  hasFrontmatter: boolean;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: '', bodyLineOffset: 0, body: text, hasFrontmatter: false };
  const bodyLineOffset = match[0].split('\n').length - 1;
  return { frontmatter: match[1] ?? '', bodyLineOffset, body: text.slice(match[0].length), hasFrontmatter: true };
}

export interface YamlProblem {
  message: string;
  line: number;
  column: number;
  /** What to write instead, when the line shows a mistake that is common enough to name. */
  fix?: string | undefined;
}

export interface ParsedYaml {
  data: unknown;
  problems: YamlProblem[];
}

/**
 * Parses YAML 1.2 (core schema: dates stay text until the schema reads them). `lineOffset` is
 * the number of lines before the YAML in its file, so problems name lines of the file. The
 * common shape of frontmatter is read by a quicker reader that gives the same values.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const plain = readPlainYaml(text);
  if (plain !== NOT_PLAIN) return { data: plain, problems: [] };
  try {
    return { data: load(text, { schema: CORE_SCHEMA }), problems: [] };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const message = error.reason ?? error.message.split('\n')[0] ?? 'invalid YAML';
    const line = error.mark?.line ?? 0;
    return {
      data: undefined,
      problems: [
        {
          message,
          line: line + 1 + lineOffset,
          column: (error.mark?.column ?? 0) + 1,
          fix: yamlFix(message, text.split('\n')[line]),
        },
      ],
    };
  }
}

// "key: value" where the value is plain text (not quoted, a list, a block or anything else YAML marks).
const PLAIN_FIELD = /^\s*(?:- +)?([A-Za-z_][\w-]*): +([^\s"'[{>|&*!#%@`].*?)\s*$/;

/**
 * What to write instead, for the mistakes contributors make most, which the general advice does not
 * spell out: indenting with tabs (as some editors do), and a colon followed by a space inside
 * plain text ("title: Reading: a new approach"), which starts another field.
 */
function yamlFix(reason: string, line: string | undefined): string | undefined {
  if (/\btab characters?\b/.test(reason)) return 'Indent with spaces instead of tabs: two spaces for each level.';
  const match = PLAIN_FIELD.exec(line ?? '');
  if (!match || !/: /.test(match[2]!)) return undefined;
  const [, key, value] = match;
  const quoted = `"${value!.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  return `The text after "${key}:" has a colon in it, which YAML reads as the start of another field. Put the text in double quotes: ${key}: ${quoted}`;
}

/** How a YAML problem is explained to a contributor, wherever it is found. */
export const yamlProblemText = (problem: YamlProblem) => ({
  message: `The YAML could not be read: ${problem.message}`,
  fix: problem.fix ?? 'Check the indentation, colons and quotes on this line.',
});
