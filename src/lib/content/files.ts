/**
 * Reading contribution files: splitting an .mdx file into frontmatter and body, and parsing
 * YAML with line numbers. The site's loader and the checker both read files through here.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';

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
}

export interface ParsedYaml {
  data: unknown;
  document: Document;
  /** Maps offsets in the YAML to lines and columns. */
  lines: LineCounter;
  problems: YamlProblem[];
}

/** Parses YAML, keeping the document so positions of keys can be found later. */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lines = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  const problems = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    line: (error.linePos?.[0]?.line ?? 1) + lineOffset,
    column: error.linePos?.[0]?.col ?? 1,
  }));
  return { data: problems.length ? undefined : document.toJS(), document, lines, problems };
}
