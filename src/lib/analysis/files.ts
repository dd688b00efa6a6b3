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
    const lines = text.split('\n');
    const line = error.mark?.line ?? 0;
    const quote = apostropheIn(lines, line) ?? unclosedQuote(lines, line);
    if (quote) return { data: undefined, problems: [{ ...quote, line: quote.line + 1 + lineOffset }] };
    const message = error.reason ?? error.message.split('\n')[0] ?? 'invalid YAML';
    return {
      data: undefined,
      problems: [
        {
          message,
          line: line + 1 + lineOffset,
          column: (error.mark?.column ?? 0) + 1,
          fix: yamlFix(message, lines[line]),
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
  // A trust's .yaml file written like a case study's frontmatter, between two --- lines.
  if (/\bsingle document\b/.test(reason)) {
    return 'A .yaml file is only its fields, with no --- lines around them: remove the --- lines.';
  }
  const match = PLAIN_FIELD.exec(line ?? '');
  if (!match || !/: /.test(match[2]!)) return undefined;
  const [, key, value] = match;
  const quoted = `"${value!.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  return `The text after "${key}:" has a colon in it, which YAML reads as the start of another field. Put the text in double quotes: ${key}: ${quoted}`;
}

// "key: " or "- " followed by an opening quote, and what follows it on the line.
const QUOTED_VALUE = /^(\s*(?:- +)?(?:[A-Za-z_][\w-]*: +)?)(["'])(.*)$/;

/** An apostrophe inside single quotes ('Weaver's approach') ends the text there. */
function apostropheIn(lines: readonly string[], failedAt: number): YamlProblem | undefined {
  const [, before = '', quote, rest = ''] = QUOTED_VALUE.exec(lines[failedAt]?.trimEnd() ?? '') ?? [];
  const text = rest.endsWith("'") ? rest.slice(0, -1) : rest;
  if (quote !== "'" || !/'/.test(text.replaceAll("''", ''))) return undefined;
  const plain = text.replaceAll("''", "'").replaceAll('\\', '\\\\').replaceAll('"', '\\"');
  return {
    line: failedAt,
    column: before.length + 1,
    message: 'an apostrophe in this text ends the single quotes around it',
    fix: `Put the text in double quotes instead: ${before.trim()} "${plain}"`,
  };
}

/** Whether the YAML, with one line mended, parses, or fails only after the line it failed on before. */
function readsFurther(lines: readonly string[], index: number, mended: string, failedAt: number): boolean {
  try {
    load(lines.with(index, mended).join('\n'), { schema: CORE_SCHEMA });
    return true;
  } catch (error) {
    return error instanceof YAMLException && (error.mark?.line ?? 0) > failedAt;
  }
}

/**
 * A quote opened on a line and never closed makes YAML read on into the next lines, and its
 * parser reports whatever it trips on there ("deficient indentation"), a line or more later. When
 * the YAML cannot be read, the nearest such line at or before the reported one is the cause if
 * closing its quote lets the parser read further.
 */
function unclosedQuote(lines: readonly string[], failedAt: number): YamlProblem | undefined {
  for (let index = Math.min(failedAt, lines.length - 1); index >= 0; index--) {
    const match = QUOTED_VALUE.exec(lines[index]!.trimEnd());
    if (!match) continue;
    const [, before, quote, rest] = match as unknown as [string, string, '"' | "'", string];
    const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /'(?!')/.test(rest.replaceAll("''", ''));
    if (closed || !readsFurther(lines, index, `${lines[index]!.trimEnd()}${quote}`, failedAt)) continue;
    return {
      line: index,
      column: before.length + 1,
      message: 'the quote opened on this line is never closed',
      fix: `Add ${quote} at the end of the text: ${lines[index]!.trim()}${quote}`,
    };
  }
  return undefined;
}

/** How a YAML problem is explained to a contributor, wherever it is found. */
export const yamlProblemText = (problem: YamlProblem) => ({
  message: `The YAML could not be read: ${problem.message}`,
  fix: problem.fix ?? 'Check the indentation, colons and quotes on this line.',
});
