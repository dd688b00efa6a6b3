/**
 * Runs the checker on one fixture inside a throw-away content folder that also holds the valid
 * fixtures, so references between entries resolve as they would in a real repository.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent, type CheckResult } from '../../../src/lib/check/check.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const project = path.resolve(import.meta.dirname, '../../..');

/** The valid fixtures, under the ids the other fixtures reference. */
const companions = [
  ['valid/trust.yaml', 'trusts/example-learning-trust.yaml'],
  ['valid/evidence.mdx', 'evidence/reading-comprehension-strategies.mdx'],
  ['valid/playbook.mdx', 'playbooks/choosing-an-evidence-informed-approach.mdx'],
  ['valid/case-study.mdx', 'case-studies/case-study.mdx'],
] as const;

const made: string[] = [];

/** Removes every folder contentRoot made; call it from afterAll. */
export const removeContentRoots = () =>
  made.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));

export function contentRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'commons-check-'));
  made.push(root);
  for (const folder of ['case-studies', 'evidence', 'playbooks', 'trusts'])
    mkdirSync(path.join(root, 'content', folder), { recursive: true });
  copyFileSync(path.join(project, 'content/themes.yaml'), path.join(root, 'content/themes.yaml'));
  cpSync(path.join(fixtures, 'public'), path.join(root, 'public'), { recursive: true });
  for (const [from, to] of companions) copyFileSync(path.join(fixtures, from), path.join(root, 'content', to));
  return root;
}

export interface Expectation {
  rule: string;
  field: string;
  line: number;
}

export interface InvalidFixture {
  /** e.g. case-studies/unknown-field.mdx */
  name: string;
  expect: Expectation;
}

/** Every invalid fixture, with what its `# expect:` comment says the checker must report. */
export function invalidFixtures(): InvalidFixture[] {
  const base = path.join(fixtures, 'invalid');
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const name = path.relative(base, path.join(entry.parentPath, entry.name));
      const text = readFileSync(path.join(base, name), 'latin1');
      const match = /# expect: rule=(\S+) field=(\S*) line=(\d+)/.exec(text);
      if (!match) throw new Error(`${name} has no "# expect: rule=… field=… line=…" comment`);
      return { name, expect: { rule: match[1]!, field: match[2]!, line: Number(match[3]) } };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function checkFixture(fixture: string, root = contentRoot()): Promise<CheckResult & { file: string }> {
  const file = `content/${fixture}`;
  const bytes = readFileSync(path.join(fixtures, 'invalid', fixture));
  // A fixture can ask to be padded, so an oversized file need not be committed at full size.
  const pad = /# pad-to-bytes: (\d+)/.exec(bytes.toString('latin1'));
  const filler = pad
    ? Buffer.from('Padding. '.repeat(Math.ceil(Math.max(0, Number(pad[1]) - bytes.length) / 9)))
    : Buffer.alloc(0);
  writeFileSync(path.join(root, file), Buffer.concat([bytes, filler]));
  return { ...(await checkContent({ root, only: new Set([file]), today: new Date('2026-01-01') })), file };
}
