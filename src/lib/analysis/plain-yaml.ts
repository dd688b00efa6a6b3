/**
 * A quick reader for the YAML that frontmatter is nearly always written in: "key: value" lines,
 * lists in brackets or after "- ", lists of "key: value" groups, and ">-" paragraphs. On anything
 * else (escapes in quotes, comments after a value, anchors, tags, tabs, a value continued on the
 * next line, anything the yaml library would refuse) it returns NOT_PLAIN, and the library reads the
 * text instead, with every safety rule of files.ts.
 *
 * Why: a general YAML parser takes tens of microseconds a file, a large share of a cold check of
 * 10,000 files, and most of that is the generality this shape does not need. Values are typed by
 * the yaml library's own core schema, so what this reader returns is what the library would; tests/unit/analysis/plain-yaml.test.ts holds it to that
 * over every content file, the fixtures and thousands of altered copies.
 */
import { isScalar, Schema, type ScalarTag } from 'yaml';

export const NOT_PLAIN = Symbol('not plain YAML');

// The core schema's implicit types (null, booleans, numbers), as the yaml library resolves a plain value.
const IMPLICIT = new Schema({ schema: 'core' }).tags.filter(
  (tag): tag is ScalarTag => tag.default === true && 'test' in tag && tag.test !== undefined,
);

function resolvePlain(text: string): unknown {
  const tag = IMPLICIT.find((candidate) => candidate.test!.test(text));
  if (!tag?.resolve) return text;
  const value = tag.resolve(text, fail, {});
  return isScalar(value) ? value.value : value;
}

// Thrown from deep inside the reader to give up at once; caught in readPlainYaml.
function fail(): never {
  throw NOT_PLAIN;
}

// Tabs, carriage returns, control and non-printable characters, byte-order marks, surrogates (the library
// checks pairs; any astral character is left to it), and spaces other than the space: YAML counts only
// the space as indentation, and keeps the others in a value, where JavaScript's trim would remove them.
const UNUSUAL =
  /[\t\r\x00-\x08\x0B-\x1F\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
const KEY_LINE = /^([A-Za-z_][\w-]{0,100}):(?: +(.*))?$/;
const BLOCK_HEADER = /^([>|])(-?)$/;
// Characters that start something other than a plain value, or may.
const INDICATOR = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?: |$))/;
const FLOW_ITEM = /^[A-Za-z0-9][\w ./-]*$/;

interface Line {
  indent: number;
  /** The line without its indentation or trailing spaces. */
  text: string;
  /** The line as written, for block scalars, whose trailing spaces are part of the value. */
  raw: string;
}

const isSkipped = (line: Line) => line.text === '' || line.text.startsWith('#');

export function readPlainYaml(source: string): unknown {
  if (UNUSUAL.test(source)) return NOT_PLAIN;
  const lines: Line[] = [];
  for (const raw of source.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    lines.push({ indent, text: raw.slice(indent).trimEnd(), raw });
  }
  let at = 0;

  const skip = () => {
    while (at < lines.length && isSkipped(lines[at]!)) at++;
    return lines[at];
  };

  const plainValue = (text: string): unknown => {
    if (INDICATOR.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) fail();
    return resolvePlain(text);
  };

  const quoted = (text: string): string => {
    const quote = text[0]!;
    if (text.length < 2 || !text.endsWith(quote)) fail();
    const inner = text.slice(1, -1);
    if (quote === '"') {
      if (inner.includes('"') || inner.includes('\\')) fail();
      return inner;
    }
    const unescaped = inner.replaceAll("''", '');
    if (unescaped.includes("'")) fail();
    return inner.replaceAll("''", "'");
  };

  /** "[a, b]", whose items may be quoted: "[\"Kluger, A. N.\", DeNisi]". */
  const flowList = (text: string): string[] => {
    const items: string[] = [];
    let index = 1;
    const spaces = () => {
      while (text[index] === ' ') index++;
    };
    spaces();
    if (text[index] === ']') return index === text.length - 1 ? items : fail();
    for (;;) {
      spaces();
      const start = index;
      if (text[index] === '"' || text[index] === "'") {
        const quote = text[index]!;
        index++;
        // '' is a quote inside single quotes.
        while (index < text.length && (text[index] !== quote || (quote === "'" && text[index + 1] === "'"))) {
          index += text[index] === quote ? 2 : 1;
        }
        if (index >= text.length) fail();
        index++;
        items.push(quoted(text.slice(start, index)));
      } else {
        while (index < text.length && text[index] !== ',' && text[index] !== ']') index++;
        const value = text.slice(start, index).trimEnd();
        if (!FLOW_ITEM.test(value)) fail();
        const resolved = resolvePlain(value);
        if (typeof resolved !== 'string') fail();
        items.push(resolved as string);
      }
      spaces();
      if (text[index] === ']') return index === text.length - 1 ? items : fail();
      if (text[index] !== ',') fail();
      index++;
    }
  };

  /** A ">-", ">", "|-" or "|" value: the lines after it indented further than its owner's `indent`. */
  const blockScalar = (style: string, chomp: string, indent: number): string => {
    const first = lines[at];
    if (!first || first.text === '' || first.indent <= indent) fail();
    const blockIndent = first.indent;
    const parts: string[] = [];
    while (at < lines.length) {
      const line = lines[at]!;
      if (line.text === '') {
        if (line.raw.length > blockIndent) fail();
        parts.push('');
      } else if (line.indent === blockIndent) parts.push(line.raw.slice(blockIndent));
      else if (line.indent < blockIndent && line.indent <= indent && !line.text.startsWith('#')) break;
      else fail();
      at++;
    }
    while (parts[parts.length - 1] === '') parts.pop();
    let value = parts[0]!;
    for (let index = 1; index < parts.length; index++) {
      const part = parts[index]!;
      if (style === '|') value += '\n' + part;
      else if (part === '') value += '\n';
      else value += parts[index - 1] === '' ? part : ' ' + part;
    }
    return chomp === '-' ? value : value + '\n';
  };

  /** The value after "key: " or "- ", written on the same line. */
  const inlineValue = (text: string, indent: number, inList: boolean): unknown => {
    const header = BLOCK_HEADER.exec(text);
    if (header) {
      if (inList) fail();
      return blockScalar(header[1]!, header[2]!, indent);
    }
    if (text[0] === '[') return flowList(text);
    if (text[0] === '"' || text[0] === "'") return quoted(text);
    return plainValue(text);
  };

  /** The value of a key with nothing after its colon: a nested block, or null. */
  const nested = (indent: number): unknown => {
    const line = skip();
    if (!line || line.indent < indent) return null;
    if (line.indent === indent) return line.text === '-' || line.text.startsWith('- ') ? list(indent) : null;
    return line.text === '-' || line.text.startsWith('- ') ? list(line.indent) : mapping(line.indent);
  };

  const mapping = (indent: number): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (let line = skip(); line && line.indent >= indent; line = skip()) {
      if (line.indent > indent) fail();
      const match = KEY_LINE.exec(line.text);
      if (!match) {
        // The end of a list written at its key's indentation ends the mapping above it.
        if (line.text.startsWith('- ') || line.text === '-') break;
        fail();
      }
      const key = match[1]!;
      if (Object.hasOwn(result, key) || key === '__proto__') fail();
      at++;
      result[key] = match[2] === undefined ? nested(indent) : inlineValue(match[2], indent, false);
    }
    return result;
  };

  const list = (indent: number): unknown[] => {
    const result: unknown[] = [];
    for (let line = skip(); line && line.indent >= indent; line = skip()) {
      if (line.indent > indent) fail();
      if (!line.text.startsWith('- ')) break;
      const rest = line.text.slice(2).trimStart();
      const column = indent + line.text.length - rest.length;
      if (rest === '' || rest === '-' || rest.startsWith('- ')) fail();
      if (KEY_LINE.test(rest)) {
        // "- key: value" opens a mapping whose keys line up with this first one.
        lines[at] = { indent: column, text: rest, raw: ' '.repeat(column) + rest };
        result.push(mapping(column));
      } else {
        at++;
        result.push(inlineValue(rest, indent, true));
      }
    }
    return result;
  };

  try {
    const first = skip();
    if (!first || first.indent !== 0) return NOT_PLAIN;
    const value = mapping(0);
    return skip() ? NOT_PLAIN : value;
  } catch (error) {
    if (error === NOT_PLAIN) return NOT_PLAIN;
    throw error;
  }
}
