/** A throw-away copy of the project whose only content is the valid fixtures, for tests that build a site. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const project = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(project, 'tests/fixtures/valid');

/** The entries of the fixture site, by their path under content/. */
const fixtureFiles = {
  'trusts/example-learning-trust.yaml': 'trust.yaml',
  'evidence/reading-comprehension-strategies.mdx': 'evidence.mdx',
  'playbooks/choosing-an-evidence-informed-approach.mdx': 'playbook.mdx',
  'case-studies/case-study.mdx': 'case-study.mdx',
};

export function makeFixtureSite(prefix: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `commons-${prefix}-`));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.join(project, name), path.join(root, name), { recursive: true });
  }
  mkdirSync(path.join(root, 'node_modules'));
  // Linked one by one so the copy keeps its own caches (node_modules/.astro).
  for (const name of readdirSync(path.join(project, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(path.join(project, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  for (const folder of ['case-studies', 'evidence', 'playbooks', 'trusts'])
    mkdirSync(path.join(root, 'content', folder), { recursive: true });
  copyFileSync(path.join(project, 'content/themes.yaml'), path.join(root, 'content/themes.yaml'));
  for (const [to, from] of Object.entries(fixtureFiles)) {
    copyFileSync(path.join(fixtures, from), path.join(root, 'content', to));
  }
  return root;
}

/** Runs astro build in the copy; the log lists each page, "(restored)" when it came from the build cache. */
export function buildSite(root: string, env: Record<string, string> = {}): { status: number | null; log: string } {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: build.status, log: build.stdout + build.stderr };
}
