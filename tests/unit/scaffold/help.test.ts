import { describe, expect, it } from 'vitest';
import { allowedValues, usage, VALUES_SHOWN } from '../../../src/lib/scaffold/help.ts';
import type { Choice, KnownEntries } from '../../../src/lib/scaffold/questions.ts';
import { phases } from '../../../src/schemas/phases.ts';
import { regions } from '../../../src/schemas/regions.ts';

const choices = (prefix: string, count: number): Choice[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}-${index + 1}`, title: `${prefix} ${index + 1}` }));

const known: KnownEntries = {
  trusts: choices('trust', VALUES_SHOWN + 5),
  themes: choices('theme', 3),
  evidence: choices('evidence', 2),
};

/** The line under a flag's own line, which says how to write its value. */
function formatLine(help: string, flag: string): string | undefined {
  const lines = help.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`  --${flag} `));
  return lines[index + 1]?.startsWith('      ') ? lines[index + 1]!.trim() : undefined;
}

describe('npm run new -- --help', () => {
  const help = usage('case-study', known);

  it('lists the values a flag accepts, from the content and the schema modules', () => {
    expect(formatLine(help, 'themes')).toBe('Separated by commas. Allowed: theme-1, theme-2, theme-3');
    expect(formatLine(help, 'region')).toBe(`One of: ${regions.map((region) => region.id).join(', ')}`);
    expect(formatLine(help, 'phase')).toBe(
      `Separated by commas. Allowed: ${phases.map((phase) => phase.id).join(', ')}`,
    );
    expect(formatLine(usage('trust', known), 'regions')).toContain(regions[0]!.id);
  });

  it(`shows the first ${VALUES_SHOWN} values of a long list and says where the rest are`, () => {
    const trust = formatLine(help, 'trust')!;
    expect(trust).toContain(`trust-${VALUES_SHOWN}`);
    expect(trust).not.toContain(`trust-${VALUES_SHOWN + 1}`);
    expect(trust).toMatch(/ and 5 more; see content\/trusts\/$/);
  });

  it('says how to write an empty list for a list that may be empty', () => {
    expect(formatLine(help, 'evidence')).toBe('Separated by commas, or [] for none. Allowed: evidence-1, evidence-2');
  });

  it("gives a nested flag its own field's description", () => {
    expect(help).toMatch(/--urn {2}The school.s 6-digit Unique Reference Number/);
  });

  it('pins the wording of each way of answering', () => {
    const question = { flag: 'x', path: ['x'], kind: 'choice' as const, label: 'X' };
    expect({
      short: allowedValues({ ...question, choices: choices('a', 2) }),
      long: allowedValues({ ...question, choices: choices('b', 22), listedIn: 'content/b/' }),
      longFixed: allowedValues({ ...question, choices: choices('c', 21) }),
      none: allowedValues(question),
      yesNo: formatLine(help, 'offers-support'),
      authors: formatLine(usage('evidence', known), 'source-authors'),
      unknown: formatLine(usage('evidence', known), 'impact-months'),
    }).toMatchSnapshot();
  });
});
