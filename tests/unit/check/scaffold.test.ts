import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check.ts';
import { contentRoot, removeContentRoots } from './corpus.ts';

afterAll(removeContentRoots);

const script = path.resolve(import.meta.dirname, '../../../scripts/new.ts');

function scaffold(root: string, args: string[]) {
  return spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, COMMONS_ROOT: root },
    encoding: 'utf8',
    input: '',
  });
}

const examples: Record<string, string[]> = {
  'case-study': [
    '--title',
    'Raising reading fluency in Year 4',
    '--summary',
    'A case study written by the scaffolder in a test, to show that what it writes passes the checker.',
    '--trust',
    'example-learning-trust',
    '--school',
    'Example Primary School',
    '--urn',
    '100001',
    '--phase',
    'primary',
    '--region',
    'london',
    '--themes',
    'reading,disadvantage',
    '--need',
    'Too few Year 4 pupils read fluently at the expected rate.',
    '--identified-by',
    'data-analysis',
    '--evidence',
    'reading-comprehension-strategies',
    '--impact-measure',
    'Pupils reading at the expected rate',
    '--impact-unit',
    'percent',
    '--impact-baseline',
    '48',
    '--impact-result',
    '67',
    '--impact-cohort',
    '58',
    '--impact-from',
    '2023-09-01',
    '--impact-to',
    '2024-07-19',
    '--impact-source',
    'School reading assessments',
    '--duration',
    '10',
    '--offers-support',
    'yes',
  ],
  evidence: [
    '--title',
    'Reading aloud to pupils',
    '--summary',
    'A summary written by the scaffolder in a test, to show that what it writes passes the checker.',
    '--themes',
    'reading',
    '--question',
    'Does reading aloud to pupils improve their comprehension?',
    '--impact-months',
    'unknown',
    '--strength',
    '2',
    '--cost',
    '1',
    '--source-title',
    'Example review',
    '--source-authors',
    'Example, A.; Sample, B.',
    '--source-year',
    '2020',
    '--source-url',
    'https://example.org/review',
    '--source-kind',
    'systematic-review',
  ],
  playbook: [
    '--title',
    'Starting a reading culture',
    '--summary',
    'A playbook written by the scaffolder in a test, to show that what it writes passes the checker.',
    '--themes',
    'reading',
    '--audience',
    'headteacher',
    ...['identify', 'evidence', 'broker', 'implement', 'review'].flatMap((stage) => [
      `--${stage}-title`,
      `The ${stage} step of the playbook`,
      `--${stage}-summary`,
      `What to do at the ${stage} stage, in a sentence or two.`,
    ]),
  ],
  trust: [
    '--name',
    'Example Second Trust',
    '--kind',
    'multi-academy-trust',
    '--about',
    'A trust of seven primary schools in south London and Kent, working together on reading.',
    '--regions',
    'london,south-east',
    '--schools-count',
    '7',
    '--website',
    'https://example.org',
    '--contact',
    'enquiries@example.org',
    '--support-offered',
    'reading',
  ],
};

// Each test starts Node and loads the checker, which takes seconds on a busy machine.
describe('npm run new', { timeout: 30_000 }, () => {
  it.each(Object.entries(examples))('writes a %s that passes the checker', async (kind, args) => {
    const root = contentRoot();
    const result = scaffold(root, [kind, ...args]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = result.stdout.match(/Wrote (content\/\S+)\./)?.[1];
    expect(written).toBeDefined();
    const { problems } = await checkContent({ root, only: new Set([written!]) });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // Until its guidance comments are replaced by text, a new body is flagged as too short.
    if (kind !== 'trust') expect(problems.map((problem) => problem.rule)).toContain('short-body');
  });

  it.each([[[] as string[]], [['case-study']]])('shows the help asked for with %j --help, and succeeds', (args) => {
    const result = scaffold(contentRoot(), [...args, '--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('case-study flags:');
    // The values come from the content folder the script was pointed at, and from the schema modules.
    expect(result.stdout).toContain('One of: example-learning-trust');
    expect(result.stdout).toContain('One of: north-east, north-west,');
  });

  it('shows the help on an unknown kind, as a failure, with the kind most likely meant', () => {
    const result = scaffold(contentRoot(), ['case-studies']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^"case-studies" is not a kind of entry \(did you mean case-study\?\)\.\n\nUsage:/);
  });

  it('takes --evidence [] as no evidence, as the help says', async () => {
    const root = contentRoot();
    const args = examples['case-study']!.map((arg) => (arg === 'reading-comprehension-strategies' ? '[]' : arg));
    const result = scaffold(root, ['case-study', ...args]);
    expect(result.stderr).toBe('');
    const written = result.stdout.match(/Wrote (content\/\S+)\./)![1]!;
    expect(readFileSync(path.join(root, written), 'utf8')).toMatch(/^evidence: \[\]$/m);
  });

  it('names every missing required flag and writes nothing', () => {
    const root = contentRoot();
    const before = readdirSync(path.join(root, 'content/trusts'));
    const result = scaffold(root, ['trust', '--name', 'Example Third Trust', '--website', 'http://example.org']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--kind is required');
    expect(result.stderr).toContain('--website must be a full web address starting with https://');
    expect(readdirSync(path.join(root, 'content/trusts'))).toEqual(before);
  });

  it('refuses a region written in words, naming the id it most likely means', () => {
    const args = examples['case-study']!;
    const region = args.indexOf('--region') + 1;
    const result = scaffold(contentRoot(), ['case-study', ...args.with(region, 'Yorkshire')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--region "Yorkshire" is not allowed. Use one of: north-east,');
    expect(result.stderr).toContain('(did you mean yorkshire-and-the-humber?)');
  });

  it('refuses a reference to a trust that does not exist, naming the nearest', () => {
    const result = scaffold(contentRoot(), [
      'case-study',
      ...examples['case-study']!.map((arg) => (arg === 'example-learning-trust' ? 'example-learning' : arg)),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--trust: There is no trust "example-learning". Nearest: example-learning-trust');
  });
});
