import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/check.ts';
import { formatGithub, formatHuman } from '../../../src/lib/check/format.ts';
import { contentRoot, removeContentRoots } from './corpus.ts';

afterAll(removeContentRoots);

const script = path.resolve(import.meta.dirname, '../../../scripts/check.ts');

/**
 * Makes `root` a git repository whose origin/main is its content as it stands, as --changed compares
 * with; the function returned commits the content again and moves origin/main to it.
 */
function publishedRepository(root: string): (message: string) => void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  const publish = (message: string) => {
    git('add', '-A');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', message);
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  };
  git('init', '-q', '-b', 'main');
  publish('content');
  return publish;
}

/** The errors of a check's report, without its warnings. */
const errorsIn = <P extends { severity: string }>(report: { problems: P[] }): P[] =>
  report.problems.filter((problem) => problem.severity === 'error');
const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, COMMONS_ROOT: root, NO_COLOR: '1' },
    encoding: 'utf8',
  });

/** A content folder with one case study that has three problems. */
function brokenRoot(): string {
  const root = contentRoot();
  const file = path.join(root, 'content/case-studies/case-study.mdx');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('region: north-west', 'region: Yorkshire')
      .replace('title: Daily', 'titel: Daily')
      .replace('trust: example-learning-trust', 'trust: example-learning'),
  );
  return root;
}

describe('the checker on the command line', () => {
  it('exits 0 on valid content, printing a summary', () => {
    const result = run(contentRoot());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/5 files checked: 0 errors, \d+ warnings?\./);
  });

  it('exits 1 on an error, and names file, line, field and fix in plain words', () => {
    const result = run(brokenRoot());
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatchSnapshot();
  });

  it('treats warnings as errors with --strict', () => {
    expect(run(contentRoot(), '--strict').status).toBe(1);
  });

  it('writes GitHub annotations with --format github', () => {
    const { stdout } = run(brokenRoot(), '--format', 'github');
    expect(stdout).toContain(
      '::error file=content/case-studies/case-study.mdx,line=11,col=1,title=region::"Yorkshire" is not allowed. Use one of: north-east',
    );
  });

  it('writes machine-readable problems with --format json', () => {
    const report = JSON.parse(run(brokenRoot(), '--format', 'json').stdout);
    expect(report.errors).toBe(4);
    expect(report.problems.map((p: { field: string; rule: string }) => `${p.field}:${p.rule}`)).toEqual(
      expect.arrayContaining([
        'title:invalid_type',
        'titel:unknown-field',
        'trust:missing-reference',
        'region:invalid_value',
      ]),
    );
  });

  it('refuses an unknown option or format with usage, exit 2', () => {
    expect(run(contentRoot(), '--fromat', 'json').status).toBe(2);
    expect(run(contentRoot(), '--format', 'xml').stderr).toContain('Use human, github or json');
  });

  it('checks only files changed against origin/main with --changed', () => {
    const root = brokenRoot();
    publishedRepository(root);
    const unchanged = JSON.parse(run(root, '--changed', '--format', 'json').stdout);
    expect(unchanged.filesChecked).toBe(1);
    expect(unchanged.errors).toBe(0);
    const trust = path.join(root, 'content/trusts/example-learning-trust.yaml');
    writeFileSync(trust, readFileSync(trust, 'utf8').replace('kind: multi-academy-trust', 'kind: academy'));
    const changed = JSON.parse(run(root, '--changed', '--format', 'json').stdout);
    expect(changed.filesChecked).toBe(2);
    expect(changed.problems.map((p: { file: string }) => p.file)).toEqual([
      'content/trusts/example-learning-trust.yaml',
    ]);
  });

  it('refuses an entry removed or renamed without a redirect, and accepts it with one', () => {
    const root = contentRoot();
    publishedRepository(root);
    const from = path.join(root, 'content/evidence/reading-comprehension-strategies.mdx');
    const to = path.join(root, 'content/evidence/comprehension-strategies.mdx');
    writeFileSync(to, readFileSync(from, 'utf8'));
    rmSync(from);
    execFileSync('sed', [
      '-i',
      's/reading-comprehension-strategies/comprehension-strategies/',
      path.join(root, 'content/case-studies/case-study.mdx'),
      path.join(root, 'content/playbooks/choosing-an-evidence-informed-approach.mdx'),
    ]);
    const renamed = JSON.parse(run(root, '--format', 'json').stdout);
    expect(errorsIn(renamed)).toEqual([
      expect.objectContaining({
        file: 'content/evidence/reading-comprehension-strategies.mdx',
        rule: 'removed-without-redirect',
        message:
          '"reading-comprehension-strategies" was removed or renamed, so links to /evidence/reading-comprehension-strategies/ would break',
      }),
    ]);
    writeFileSync(
      to,
      readFileSync(to, 'utf8').replace(
        'lastReviewed:',
        'redirectFrom: [reading-comprehension-strategies]\nlastReviewed:',
      ),
    );
    expect(run(root).status).toBe(0);
  });

  it('with --changed, still finds the files a rename breaks and the old ids other files claim', () => {
    const root = contentRoot();
    const publish = publishedRepository(root);
    const trusts = path.join(root, 'content/trusts');
    const trust = readFileSync(path.join(trusts, 'example-learning-trust.yaml'), 'utf8');
    writeFileSync(path.join(trusts, 'example-trust.yaml'), `${trust}redirectFrom: [example-learning-trust]\n`);
    rmSync(path.join(trusts, 'example-learning-trust.yaml'));
    const renamed = JSON.parse(run(root, '--changed', '--format', 'json').stdout);
    expect(errorsIn(renamed)).toEqual([
      expect.objectContaining({
        file: 'content/case-studies/case-study.mdx',
        rule: 'missing-reference',
        field: 'trust',
      }),
    ]);
    // The valid case study claims old-reading-case-study; a new file may not claim it as well.
    const study = readFileSync(path.join(root, 'content/case-studies/case-study.mdx'), 'utf8');
    writeFileSync(
      path.join(root, 'content/case-studies/case-study.mdx'),
      study.replace(/example-learning-trust/g, 'example-trust'),
    );
    publish('rename');
    writeFileSync(
      path.join(root, 'content/case-studies/another-study.mdx'),
      study.replace(/example-learning-trust/g, 'example-trust'),
    );
    const claimed = JSON.parse(run(root, '--changed', '--format', 'json').stdout);
    expect(errorsIn(claimed)).toEqual([
      expect.objectContaining({
        file: 'content/case-studies/another-study.mdx',
        rule: 'redirect-collision',
        message: '"old-reading-case-study" is already used by content/case-studies/case-study.mdx',
      }),
    ]);
  });

  it('refuses a link, a folder or a pipe in place of a file with one message each, and checks the rest', async () => {
    const root = contentRoot();
    symlinkSync('/etc/hostname', path.join(root, 'content/evidence/linked.mdx'));
    mkdirSync(path.join(root, 'content/playbooks/folder.mdx'));
    // A named pipe is opened without waiting for a writer, so the check does not hang on it.
    execFileSync('mkfifo', [path.join(root, 'content/playbooks/pipe.mdx')]);
    const report = await checkContent({ root, today: new Date('2026-01-01') });
    expect(errorsIn(report).map(({ file, rule, message }) => ({ file, rule, message }))).toEqual([
      { file: 'content/evidence/linked.mdx', rule: 'symlink', message: 'This is a link to another file, not a file' },
      { file: 'content/playbooks/folder.mdx', rule: 'not-a-file', message: 'This is a folder, not a file' },
      {
        file: 'content/playbooks/pipe.mdx',
        rule: 'not-a-file',
        message: 'This is not an ordinary file (it is a pipe or a device)',
      },
    ]);
  });
});

describe('files in the wrong place', () => {
  it('refuses a file outside the collection folders, saying where it belongs, and a folder inside one', async () => {
    const root = contentRoot();
    const write = (file: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), '---\ntitle: x\n---\n');
    };
    for (const file of [
      'content/case-study/new-study.mdx',
      'content/my-trust.yaml',
      'content/notes/plan.txt',
      'content/case-studies/drafts/draft.mdx',
      // Kept by operating systems and git, never entries.
      'content/.DS_Store',
      'content/case-studies/Thumbs.db',
      'content/README.md',
    ])
      write(file);
    const report = await checkContent({ root, today: new Date('2026-01-01') });
    expect(errorsIn(report).map(({ file, line, rule, fix }) => ({ file, line, rule, fix }))).toEqual([
      {
        file: 'content/case-studies/drafts',
        line: 1,
        rule: 'not-a-file',
        fix: 'Each entry is one file directly in its collection\u2019s folder: move the files out and remove the folder.',
      },
      {
        file: 'content/case-study/new-study.mdx',
        line: 1,
        rule: 'outside-collections',
        fix: 'Move it to content/case-studies/.',
      },
      {
        file: 'content/my-trust.yaml',
        line: 1,
        rule: 'outside-collections',
        fix: 'Move it to the folder for its kind: content/trusts/ (trusts).',
      },
      {
        file: 'content/notes/plan.txt',
        line: 1,
        rule: 'outside-collections',
        fix: 'Each entry is a file directly in one of content/case-studies, content/evidence, content/playbooks, content/trusts, content/themes.yaml. Move it there, or remove it.',
      },
    ]);
    expect(errorsIn(report)[0]).toMatchObject({ message: 'This is a folder, not a file' });
    expect(errorsIn(report)[1]).toMatchObject({
      message: 'This file is outside the content folders, so it would not become a page',
    });
  });
});

describe('the output formats', () => {
  it('escapes what GitHub would misread in an annotation', () => {
    const annotation = formatGithub([
      {
        severity: 'warning',
        file: 'content/a,b.mdx',
        line: 2,
        column: 3,
        field: 'x',
        rule: 'r',
        message: '50% done\nnext',
        fix: 'fix: it',
      },
    ]);
    expect(annotation).toBe(
      '::warning file=content/a%2Cb.mdx,line=2,col=3,title=x::50%25 done%0Anext. How to fix: fix: it',
    );
    const sentence = formatGithub([
      {
        severity: 'error',
        file: 'content/a.mdx',
        line: 1,
        column: 1,
        field: '',
        rule: 'r',
        message: 'A case study must never identify a child.',
        fix: 'Remove it.',
      },
    ]);
    expect(sentence).toMatch(/identify a child\. How to fix: Remove it\.$/);
  });

  it('colours only when asked', async () => {
    const { problems, filesChecked } = await checkContent({ root: brokenRoot() });
    expect(formatHuman(problems, filesChecked, false)).not.toContain('\u001b[');
    expect(formatHuman(problems, filesChecked, true)).toContain('\u001b[');
  });
});
