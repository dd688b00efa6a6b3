/**
 * Reading contribution files: splitting an .mdx file into frontmatter and body, and parsing
 * YAML. The site's loader, the checker and the tests all read files through here, so they agree
 * on what a file says.
 *
 * YAML is read as plain data only. Anchors and aliases are refused, because a few lines of
 * aliases can expand into billions of values (an "alias bomb"); so are tags (`!!js/function`,
 * `!!binary`, `!custom`), and nesting deeper than the content model needs. Each rule is applied to
 * the syntax tree, before any value is made from it, and nesting is measured before the parser
 * runs at all: the `yaml` library runs out of memory, fatally, on tens of thousands of `[`.
 */
import { isCollection, isNode, LineCounter, parseDocument, visit, YAMLError, type Document } from 'yaml';
import { limits } from '../../schemas/limits.ts';
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
  /** The checker's name for the rule, when it is more than a syntax error. */
  rule?: 'yaml-alias' | 'yaml-tag' | 'yaml-nesting' | 'yaml-key';
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

const YAML_OPTIONS = { schema: 'core', uniqueKeys: true, merge: false, prettyErrors: false } as const;

/**
 * Parses YAML 1.2 (core schema: dates stay text until the schema reads them). `lineOffset` is
 * the number of lines before the YAML in its file, so problems name lines of the file. The
 * common shape of frontmatter is read by a quicker reader that gives the same values, and that
 * gives up on anything the rules here would look at.
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const plain = readPlainYaml(text);
  if (plain !== NOT_PLAIN) return { data: plain, problems: [] };
  const refuse = (problem: YamlProblem): ParsedYaml => ({
    data: undefined,
    problems: [{ ...problem, line: problem.line + lineOffset }],
  });
  const deep = deepBrackets(text);
  if (deep) return refuse(deep);
  const lines = new LineCounter();
  const document = parseDocument(text, { ...YAML_OPTIONS, lineCounter: lines });
  const [error] = document.errors;
  if (error) return refuse(syntaxProblem(text, error, lines));
  const unsafe = unsafeNode(document, text, lines);
  if (unsafe) return refuse(unsafe);
  return { data: document.toJS({ maxAliasCount: 0 }), problems: [] };
}

const position = (lines: LineCounter, offset: number) => {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
};

const TOO_DEEP: Omit<YamlProblem, 'line' | 'column'> = {
  rule: 'yaml-nesting',
  message: `the fields are nested more than ${limits.yamlNesting.value} levels deep`,
  fix: 'Write lists and groups of fields no deeper than the reference shows for each field.',
};

/**
 * The first place where brackets ([ and {) open more than the nesting limit deep, outside quotes
 * and comments. It counts a bracket inside plain text too, which only makes it stricter by the
 * few brackets a title might hold.
 */
function deepBrackets(text: string): YamlProblem | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\n') {
      line++;
      lineStart = at + 1;
    } else if (char === '#' && (at === lineStart || /\s/.test(text[at - 1]!))) {
      while (at + 1 < text.length && text[at + 1] !== '\n') at++;
    } else if (char === '"' || char === "'") {
      // A quote opens a quoted text only where a value can start; elsewhere it is an apostrophe.
      if (!/^[\s[{,:-]?$/.test(text[at - 1] ?? '')) continue;
      for (at++; at < text.length && text[at] !== char; at++) {
        if (char === '"' && text[at] === '\\') at++;
        if (text[at] === '\n') {
          line++;
          lineStart = at + 1;
        }
      }
    } else if (char === '[' || char === '{') {
      if (++depth > limits.yamlNesting.value) return { ...TOO_DEEP, line, column: at - lineStart + 1 };
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  return undefined;
}

const ANCHOR: Omit<YamlProblem, 'line' | 'column'> = {
  rule: 'yaml-alias',
  message: 'anchors (&) and aliases (*) are not allowed',
  fix: 'Write the value out in full wherever it is needed, without & or *.',
};

/** The first anchor, alias, tag or too deep a value in the syntax tree, which is not plain data. */
function unsafeNode(document: Document, text: string, lines: LineCounter): YamlProblem | undefined {
  let found: YamlProblem | undefined;
  // A node's range starts at its value; the & or ! that marks it comes before, on the same line.
  const at = (node: unknown, mark?: string) => {
    const start = (isNode(node) && node.range?.[0]) || 0;
    const marked = mark ? text.lastIndexOf(mark, start) : -1;
    return position(lines, marked >= 0 && !text.slice(marked, start).includes('\n') ? marked : start);
  };
  visit(document, {
    Alias(_, node) {
      found = { ...ANCHOR, ...at(node) };
      return visit.BREAK;
    },
    // `[a, b]: x` or `? {a: 1}`: a field's name that is a list or a group, which plain data cannot hold.
    Pair(_, pair) {
      if (!isCollection(pair.key)) return undefined;
      found = {
        rule: 'yaml-key',
        message: 'a field\u2019s name is written as a list or a group',
        fix: 'Write each field as a name and a value: "name: value". A [ or { belongs after the colon.',
        ...at(pair.key),
      };
      return visit.BREAK;
    },
    Node(_, node, path) {
      if (node.anchor) found = { ...ANCHOR, ...at(node, '&') };
      else if (node.tag) {
        found = {
          rule: 'yaml-tag',
          message: `tags such as ${node.tag.replace('tag:yaml.org,2002:', '!!')} are not allowed`,
          fix: 'Remove the tag (the word starting with !) and write the value as plain text, a number, a list or fields.',
          ...at(node, '!'),
        };
      } else if (isCollection(node) && path.filter(isCollection).length >= limits.yamlNesting.value) {
        found = { ...TOO_DEEP, ...at(node) };
      }
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

/** A YAML syntax error, explained with the fix for the mistakes contributors make most. */
function syntaxProblem(text: string, error: YAMLError, counter: LineCounter): YamlProblem {
  const lines = text.split('\n');
  const { line, column } = position(counter, error.pos[0]);
  const index = line - 1;
  const quote = apostropheIn(lines, index) ?? unclosedQuote(lines, index);
  if (quote) return { ...quote, line: quote.line + 1 };
  return { message: reasonOf(error), line, column, fix: yamlFix(error, lines[index]) };
}

/** The parser's reason in the lower case of a sentence that goes on: "…could not be read: <reason>". */
const reasonOf = (error: YAMLError) => {
  const reason = error.message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
};

// "key: value" where the value is plain text (not quoted, a list, a block or anything else YAML marks).
const PLAIN_FIELD = /^\s*(?:- +)?([A-Za-z_][\w-]*): +([^\s"'[{>|&*!#%@`].*?)\s*$/;

/**
 * What to write instead, for the mistakes contributors make most, which the general advice does not
 * spell out: indenting with tabs (as some editors do), and a colon followed by a space inside
 * plain text ("title: Reading: a new approach"), which starts another field.
 */
function yamlFix(error: YAMLError, line: string | undefined): string | undefined {
  if (error.code === 'TAB_AS_INDENT' || /^\t/.test(line ?? '')) {
    return 'Indent with spaces instead of tabs: two spaces for each level.';
  }
  // A trust's .yaml file written like a case study's frontmatter, between two --- lines.
  if (error.code === 'MULTIPLE_DOCS') {
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
  const text = lines.with(index, mended).join('\n');
  if (deepBrackets(text)) return false;
  const counter = new LineCounter();
  const [error] = parseDocument(text, { ...YAML_OPTIONS, lineCounter: counter }).errors;
  return !error || position(counter, error.pos[0]).line - 1 > failedAt;
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
