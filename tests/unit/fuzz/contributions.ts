/**
 * Contributions for the fuzz tests: the fixture files, valid and invalid, as seeds; what an
 * attacker or a careless editor does to them; and the checks every answer must pass. The runs
 * are repeatable: one seed, a fixed number of inputs. FUZZ_SEED and FUZZ_RUNS try others, for
 * a longer search on a maintainer's machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem } from '../../../src/lib/analysis/problem.ts';
import type { CollectionName } from '../../../src/schemas/common.ts';
import { collectionSpec, collectionSpecs, type CollectionSpec } from '../../../src/schemas/index.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** fast-check's parameters for every property here: the same inputs on every run. */
export const fuzzRuns = (runs: number): fc.Parameters<unknown> => ({
  seed: Number(process.env['FUZZ_SEED'] ?? 20261207),
  numRuns: Number(process.env['FUZZ_RUNS'] ?? runs),
});

/**
 * How long one property may take, in milliseconds. It is far above the second or two the runs
 * take, so it cannot fail on a slow machine; it is there for a parser that has become slow with
 * some input, which would otherwise make the test run on for as long as the parser does.
 */
export const FUZZ_TIMEOUT = 120_000;

/** A file to try: its collection by name, so that a failing input prints as a few lines. */
export interface Seed {
  collection: CollectionName;
  /** The file's name as the checker would report it. */
  file: string;
  text: string;
}

export const specOf = (seed: Seed): CollectionSpec => collectionSpec(seed.collection);

const specForFolder = new Map(collectionSpecs.filter((spec) => spec.extension).map((spec) => [spec.path, spec]));

/** Every fixture that belongs to a collection, valid and invalid, with its collection. */
export const seeds: readonly Seed[] = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(mdx|yaml)$/.test(entry.name))
  .flatMap((entry): Seed[] => {
    const relative = path.relative(FIXTURES, path.join(entry.parentPath, entry.name));
    const [kind, folder] = relative.split(path.sep);
    const valid: Record<string, string> = {
      'case-study.mdx': 'case-studies',
      'evidence.mdx': 'evidence',
      'playbook.mdx': 'playbooks',
      'trust.yaml': 'trusts',
    };
    const spec = specForFolder.get(kind === 'valid' ? (valid[entry.name] ?? '') : (folder ?? ''));
    if (!spec || path.extname(entry.name) !== spec.extension) return [];
    const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    // The fixtures that are large on purpose would make each run slow without making it more searching.
    if (text.length > 20_000) return [];
    return [{ collection: spec.name, file: `content/${spec.path}/${entry.name}`, text }];
  });

/**
 * Pieces that matter to one of the readers: YAML's marks, MDX's and HTML's, addresses that run
 * code, look-alike and invisible characters, keys that reach an object's prototype.
 */
const PIECES = [
  '\n',
  '\r\n',
  '\t',
  '  ',
  ' ',
  ':',
  ': ',
  '- ',
  '---\n',
  '#',
  '"',
  "'",
  '\\',
  '|',
  '>',
  '>-',
  '&a ',
  '*a',
  '<<: *a',
  '!!js/function ',
  '!!binary ',
  '!custom ',
  '? ',
  '%YAML 1.2\n',
  '[',
  ']',
  '{',
  '}',
  ',',
  '__proto__: x\n',
  'constructor: {prototype: {x: 1}}\n',
  'prototype:',
  'toString:',
  'null',
  '~',
  '.nan',
  '-.inf',
  '0x1F',
  '1e999',
  '2024-02-30',
  '9999999999999999999999',
  'true',
  'yes',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload="alert(1)"><script>x</script></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x](%6Aavascript:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](  JAVASCRIPT:alert(1))',
  '[x](\u0001javascript:x)',
  '<https://example.org>',
  '[x](https://example.org)',
  '![alt](/images/chart.png)',
  '![](https://example.org/x.png)',
  '![alt](/images/missing.png)',
  '{alert(1)}',
  '{/* note */}',
  '{',
  '}',
  'import x from "y"\n',
  'export const a = 1\n',
  '<Callout type="note">\n',
  '</Callout>\n',
  '<Callout type="tip" onClick={alert}>',
  '<Callout {...x}>',
  '<details><summary>x</summary>',
  '</details>',
  '<aside class="callout-note">',
  '<div style="x">',
  '<iframe src=x>',
  '<object data=x>',
  '<embed src=x>',
  '<form>',
  '<style>',
  '<base href=x>',
  '<meta http-equiv=refresh>',
  '<Foo />',
  '<a href={x}>',
  '<!-- c -->',
  '&lt;script&gt;',
  '&#106;avascript:',
  '## Context\n',
  '## Impact\n',
  '## What we did\n',
  '# Title\n',
  '###### x\n',
  '> quote\n',
  '```\ncode\n```\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  '- [ ] task\n',
  '1. item\n',
  '***',
  '~~x~~',
  '[^1]\n\n[^1]: note\n',
  '[ref]: javascript:alert(1)\n',
  '[x][ref]',
  'https://example.org',
  'mailto:a@example.org',
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u202E',
  '\u00A0',
  '\uD800',
  '\uFFFD',
  'ｊａｖａｓｃｒｉｐｔ:',
  'јavascript:',
  'é',
  '🙂',
  '020 7946 0000',
  'A123456789012',
  '01/02/2015',
  'born 2015-03-04',
];

export const piece = fc.constantFrom(...PIECES);

/** One edit of a text: where (a fraction of its length, so it fits any text) and what. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: piece }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.string({ unit: 'binary', maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 30 }),
    times: fc.integer({ min: 2, max: 60 }),
  }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, change: Edit): string {
  const at = Math.floor(change.at * text.length);
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  const part = text.slice(at, at + change.length);
  return text.slice(0, at) + part.repeat(change.times) + text.slice(at);
}

/** A fixture with a few edits made to it. */
export const mutatedSeed = (candidates: readonly Seed[] = seeds): fc.Arbitrary<Seed> =>
  fc
    .tuple(fc.constantFrom(...candidates), fc.array(edit, { minLength: 1, maxLength: 8 }))
    .map(([seed, edits]) => ({ ...seed, text: edits.reduce(apply, seed.text) }));

/** Anything at all, as the text of a file: random characters, or random pieces joined. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join('')),
);

/** A stack trace's frame, or a value printed as no contributor should ever see it. */
const PROGRAM_TEXT = /\n\s+at |\[object Object\]|\bundefined\b|\bNaN\b|TypeError|RangeError|ReferenceError/;

/** What every problem must be: about the file, placed on one of its lines, saying what is wrong and how to fix it. */
export function expectReadableProblem(problem: Problem, file: string, text: string): void {
  const lines = text.replace(/\r?\n$/, '').split('\n').length;
  expect(problem.file).toBe(file);
  expect(['error', 'warning']).toContain(problem.severity);
  expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= Math.max(lines, 1), 'line').toBe(true);
  expect(Number.isInteger(problem.column) && problem.column >= 1, 'column').toBe(true);
  expect(problem.rule).toMatch(/^[a-z][a-z0-9_-]*$/);
  for (const said of [problem.message, problem.fix]) {
    expect(typeof said === 'string' && said.trim().length > 0).toBe(true);
    expect(said).not.toMatch(PROGRAM_TEXT);
  }
}

/** Object.prototype as it was when the tests began: a parse that wrote to it would show here. */
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
export function expectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>)['x']).toBeUndefined();
}
