/**
 * The pull-request checks run the contributor's code, so they must hold no power: a token that can only
 * read the repository, no secrets, and never `pull_request_target`. Every action is pinned to a commit,
 * so that a moved tag cannot change what runs, and CI installs with `npm ci`, exactly what the lock
 * file lists. See "Security of the checks" in CONTRIBUTING.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
}

interface Job {
  permissions?: unknown;
  environment?: unknown;
  secrets?: unknown;
  uses?: string;
  steps?: Step[];
}

interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

const project = path.resolve(import.meta.dirname, '../..');
const folder = path.join(project, '.github/workflows');
const workflows = readdirSync(folder)
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => {
    const text = readFileSync(path.join(folder, file), 'utf8');
    return { file: `.github/workflows/${file}`, text, workflow: parse(text) as Workflow };
  });

/** The events that start a workflow: `on` is an event's name, a list of names, or a map of them. */
const triggers = (workflow: Workflow): string[] => {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on as string[];
  return on && typeof on === 'object' ? Object.keys(on) : [];
};

/** A token that can read the repository's contents and nothing else (`{}` grants nothing at all). */
const readOnly = (permissions: unknown): boolean =>
  permissions !== null &&
  typeof permissions === 'object' &&
  Object.entries(permissions).every(([scope, level]) => level === 'none' || (scope === 'contents' && level === 'read'));

const jobs = (workflow: Workflow) => Object.entries(workflow.jobs ?? {});
const steps = (workflow: Workflow) => jobs(workflow).flatMap(([, job]) => job.steps ?? []);

/** An action from outside the repository, pinned to a full commit SHA (or a Docker image to a digest). */
const pinned = (uses: string): boolean =>
  uses.startsWith('./') ||
  (uses.startsWith('docker://') ? /@sha256:[0-9a-f]{64}$/.test(uses) : /^[^@\s]+@[0-9a-f]{40}$/.test(uses));

/** `npm install` and its short forms, which may change the lock file instead of installing from it. */
const npmInstall = /\bnpm\s+(?:install|i|in|isntall|add)\b/;

/** The lines of a shell script, without comments. */
const commands = (script: string) =>
  script
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);

const pullRequestWorkflows = workflows.filter(({ workflow }) => triggers(workflow).includes('pull_request'));

describe('GitHub workflows', () => {
  test('are found', () => {
    expect(workflows.map(({ file }) => file)).toContain('.github/workflows/checks.yml');
    expect(pullRequestWorkflows.map(({ file }) => file)).toContain('.github/workflows/checks.yml');
  });

  test('never use pull_request_target', () => {
    for (const { file, workflow } of workflows)
      expect(triggers(workflow), `${file} must not run on pull_request_target`).not.toContain('pull_request_target');
  });

  test('give pull-request runs a token that can only read the contents', () => {
    for (const { file, workflow } of pullRequestWorkflows) {
      expect(
        readOnly(workflow.permissions),
        `${file} runs on pull_request: set "permissions: { contents: read }" (or {}) at the top`,
      ).toBe(true);
      for (const [name, job] of jobs(workflow))
        if (job.permissions !== undefined)
          expect(
            readOnly(job.permissions),
            `${file}: job ${name} runs on pull_request, so it may not have permissions beyond contents: read`,
          ).toBe(true);
    }
  });

  test('give pull-request runs no secrets', () => {
    for (const { file, text, workflow } of pullRequestWorkflows) {
      expect(text, `${file} runs on pull_request and must not read secrets`).not.toMatch(/\bsecrets\s*[.[:]/);
      for (const [name, job] of jobs(workflow))
        expect(job.environment, `${file}: job ${name} runs on pull_request and must not use an environment`).toBe(
          undefined,
        );
    }
  });

  test('never put event data into a script, where it would run as code', () => {
    for (const { file, workflow } of workflows)
      for (const step of steps(workflow))
        expect(step.run ?? '', `${file}: pass \${{ github.event… }} to the script in env: instead`).not.toMatch(
          /\$\{\{[^}]*\bgithub\.(?:event|head_ref)/,
        );
  });

  test('pin every action to a full commit SHA, with its version in a comment', () => {
    for (const { file, text, workflow } of workflows) {
      const uses = [...steps(workflow).map((step) => step.uses), ...jobs(workflow).map(([, job]) => job.uses)].filter(
        (each): each is string => each !== undefined,
      );
      for (const each of uses)
        expect(
          pinned(each),
          `${file}: pin "${each}" to a 40-character commit SHA, e.g. owner/action@<sha> # v1.2.3`,
        ).toBe(true);
      for (const line of text.split('\n').filter((each) => /^\s*(?:-\s+)?uses:\s*[^.\s]/.test(each)))
        expect(line, `${file}: say which version the SHA is, for reviewers and Dependabot`).toMatch(
          /@[0-9a-f]{40}\s+#\s*v\d/,
        );
    }
  });

  test('install with npm ci, never npm install', () => {
    for (const { file, workflow } of workflows) {
      for (const [name, job] of jobs(workflow)) {
        const scripts = (job.steps ?? []).map((step) => step.run ?? '');
        for (const script of scripts)
          for (const line of commands(script))
            expect(line, `${file}: job ${name} must install with npm ci`).not.toMatch(npmInstall);
        // A job that runs the project's npm scripts installs first, with npm ci.
        const first = scripts.findIndex((script) => /\bnpm\s+(?:test|run)\b/.test(script));
        if (first >= 0)
          expect(
            scripts.slice(0, first).some((script) => /\bnpm\s+ci\b/.test(script)),
            `${file}: job ${name} runs npm scripts without npm ci before them`,
          ).toBe(true);
      }
    }
  });
});

describe('.ci/run', () => {
  const lines = commands(readFileSync(path.join(project, '.ci/run'), 'utf8'));

  test('installs with npm ci, then runs npm test', () => {
    for (const line of lines) expect(line).not.toMatch(npmInstall);
    const install = lines.findIndex((line) => /^npm ci\b/.test(line));
    expect(install, '.ci/run must install with npm ci').toBeGreaterThanOrEqual(0);
    expect(lines.indexOf('npm test')).toBeGreaterThan(install);
  });
});

describe('the workflow checks', () => {
  test('tell a read-only token from one that can write', () => {
    expect(readOnly({})).toBe(true);
    expect(readOnly({ contents: 'read' })).toBe(true);
    expect(readOnly({ contents: 'read', packages: 'none' })).toBe(true);
    expect(readOnly({ contents: 'write' })).toBe(false);
    expect(readOnly({ contents: 'read', 'pull-requests': 'write' })).toBe(false);
    expect(readOnly({ issues: 'read' })).toBe(false);
    expect(readOnly('read-all')).toBe(false);
    expect(readOnly('write-all')).toBe(false);
    expect(readOnly(undefined)).toBe(false);
  });

  test('tell a pinned action from one on a tag or branch', () => {
    expect(pinned('actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1')).toBe(true);
    expect(pinned('./.github/actions/setup')).toBe(true);
    expect(pinned('actions/checkout@v4')).toBe(false);
    expect(pinned('actions/checkout@main')).toBe(false);
    expect(pinned('actions/checkout@3d3c42e5')).toBe(false);
    expect(pinned('docker://node:24')).toBe(false);
  });

  test('read every form of on:', () => {
    expect(triggers(parse('on: pull_request') as Workflow)).toEqual(['pull_request']);
    expect(triggers(parse('on: [push, pull_request_target]') as Workflow)).toEqual(['push', 'pull_request_target']);
    expect(triggers(parse('on:\n  pull_request:\n    branches: [main]') as Workflow)).toEqual(['pull_request']);
  });

  test('find npm install but not npm ci', () => {
    expect(commands('npm install --no-audit # comment')[0]).toMatch(npmInstall);
    expect('npm i').toMatch(npmInstall);
    expect('npm ci --no-audit --no-fund').not.toMatch(npmInstall);
    expect(commands('# not npm install, but npm ci\nnpm ci')).toEqual(['npm ci']);
  });
});
