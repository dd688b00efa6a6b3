import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/analysis/files.ts';
import { NOT_PLAIN, readPlainYaml } from '../../../src/lib/analysis/plain-yaml.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The YAML of every .mdx and .yaml file under `folder`. */
function yamlUnder(folder: string): { file: string; yaml: string }[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(mdx|yaml)$/.test(entry.name))
    .map((entry) => {
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      return { file, yaml: file.endsWith('.mdx') ? splitFrontmatter(text).frontmatter : text };
    });
}

/** What the yaml library makes of `yaml`, or the fact that it refuses it. */
function library(yaml: string): { value: unknown } | { refused: string } {
  const document = parseDocument(yaml, { schema: 'core', uniqueKeys: true, merge: false });
  const [error] = document.errors;
  return error ? { refused: error.message } : { value: document.toJS() };
}

/** The quick reader either gives up or reads exactly what the yaml library reads. */
function expectAgreement(yaml: string) {
  const plain = readPlainYaml(yaml);
  if (plain === NOT_PLAIN) return false;
  expect(library(yaml), yaml).toEqual({ value: plain });
  return true;
}

const content = yamlUnder('content');
const fixtures = yamlUnder('tests/fixtures');

describe('the quick YAML reader', () => {
  it('reads every entry in content/ itself, as the yaml library does', () => {
    const entries = content.filter(({ file }) => file !== 'content/themes.yaml');
    expect(entries.length).toBeGreaterThan(40);
    for (const { file, yaml } of entries) expect(expectAgreement(yaml), file).toBe(true);
  });

  it('agrees with the yaml library on every fixture, valid or not', () => {
    const read = fixtures.filter(({ yaml }) => expectAgreement(yaml));
    // Most fixtures are wrong in their fields or text, not their YAML, so the quick reader reads them.
    expect(read.length).toBeGreaterThan(fixtures.length / 2);
  });

  it.each([
    ['a folded paragraph', 'summary: >-\n  one\n  two\n\n  three\n\n\n  four\nnext: x\n'],
    ['a folded paragraph that keeps its last line break', 'summary: >\n  one\n  two\n'],
    ['a literal block', 'steps: |-\n  one\n  two\n\n  three\n'],
    ['trailing spaces in a folded paragraph', 'summary: >-\n  one  \n  two\n'],
    ['a list at its key’s indentation', 'themes:\n- a\n- b\ntitle: x\n'],
    ['a list of groups', 'impact:\n  - measure: m\n    baseline: 1.5\n  -   measure: n\n      cohort: 7\nrest: ~\n'],
    ['a folded title in a list of groups', 'sources:\n  - title: >-\n      A long\n      title\n    year: 2021\n'],
    ['quoted values', 'a: "x: y # z"\nb: \'it\'\'s\'\nc: "[not a list]"\n'],
    ['flow lists', "a: []\nb: [ x , y-z ]\nc: [\"Kluger, A. N.\", 'O''Neill', plain words]\n"],
    ['typed values', 'a: 12\nb: -3\nc: 0.5\nd: true\ne: null\nf: ~\ng: 2024-09-01\nh: .inf\ni: 0x1F\nj: 1e3\nk:\n'],
    ['comments on lines of their own', '# top\ntitle: x\n  # indented\nlist:\n  # inside\n  - a\n'],
    [
      'values with colons and hashes that are still plain',
      'url: https://example.org/a#b\ntitle: C# and F#, a course\n',
    ],
  ])('reads %s as the yaml library does', (_what, yaml) => {
    expect(expectAgreement(yaml)).toBe(true);
  });

  it.each([
    ['a comment after a value', 'title: x # note\n'],
    ['a value continued on the next line', 'title: one\n  two\n'],
    ['escapes in double quotes', 'title: "a\\tb"\n'],
    ['a quoted value over two lines', 'title: "one\n  two"\n'],
    ['a duplicate key', 'title: a\ntitle: b\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a tab', 'a:\t1\n'],
    ['Windows line endings', 'a: 1\r\nb: 2\r\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a key in quotes', '"a b": 1\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a space that is not a space', 'a:\n\u00a0 b: 1\n'],
    ['a more indented line in a folded paragraph', 'a: >-\n  one\n    two\n'],
    ['a number in a flow list', 'a: [1, 2]\n'],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a document marker', '---\na: 1\n'],
  ])('leaves %s to the yaml library', (_what, yaml) => {
    expect(readPlainYaml(yaml)).toBe(NOT_PLAIN);
  });

  it('gives up or agrees with the yaml library on thousands of altered entries', () => {
    // A fixed seed, so a failure can be reproduced.
    let seed = 20261123;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const pieces = [
      ' ',
      '  ',
      '\n',
      ':',
      ': ',
      '#',
      ' #',
      '-',
      '- ',
      '"',
      "'",
      '[',
      ']',
      ',',
      '>',
      '|',
      '>-',
      '\\',
      '&',
      '*',
      '!',
      '{',
      '~',
      '0',
      'x',
      '\t',
      '\r',
      '\u00a0',
      '\u2028',
    ];
    const sources = [...content, ...fixtures].map(({ yaml }) => yaml).filter((yaml) => yaml.length < 4000);
    let agreed = 0;
    for (let round = 0; round < 6000; round++) {
      let yaml = sources[random(sources.length)]!;
      for (let change = 1 + random(3); change > 0; change--) {
        const at = random(yaml.length + 1);
        const kind = random(3);
        if (kind === 0) yaml = yaml.slice(0, at) + pieces[random(pieces.length)] + yaml.slice(at);
        else if (kind === 1) yaml = yaml.slice(0, at) + yaml.slice(at + 1 + random(3));
        else {
          // Moves a line in or out, the commonest slip in YAML.
          const start = yaml.lastIndexOf('\n', at - 1) + 1;
          yaml = random(2)
            ? yaml.slice(0, start) + '  ' + yaml.slice(start)
            : yaml.slice(0, start) + yaml.slice(start).replace(/^ {1,2}/, '');
        }
      }
      if (expectAgreement(yaml)) agreed++;
    }
    // Most altered files are still read by the quick reader, so the comparison tests something.
    expect(agreed).toBeGreaterThan(2000);
  });
});
