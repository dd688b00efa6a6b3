/**
 * `npm ci` installs exactly what package-lock.json lists, and refuses the lock ("Missing: … from lock
 * file") when package.json asks for something the lock lacks, including the optional platform builds
 * of packages with native binaries (esbuild, rolldown, sharp, …) for platforms other than the one
 * that runs it. These tests check, offline, that the lock would install on every platform that
 * contributors and CI use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

type Ranges = Record<string, string>;

interface LockEntry {
  name?: string;
  version?: string;
  os?: string | string[];
  cpu?: string | string[];
  libc?: string | string[];
  dependencies?: Ranges;
  devDependencies?: Ranges;
  optionalDependencies?: Ranges;
  peerDependencies?: Ranges;
}

interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

type Manifest = Pick<LockEntry, 'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies'>;

const FIX = 'Run `npm install --package-lock-only` and commit package-lock.json.';

/** The platforms the lock must install on. On Linux, the C library of Debian, Ubuntu and GitHub's runners. */
const platforms = [
  { name: 'linux x64', os: 'linux', cpu: 'x64', libc: 'glibc' },
  { name: 'linux arm64', os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { name: 'darwin arm64', os: 'darwin', cpu: 'arm64' },
  { name: 'darwin x64', os: 'darwin', cpu: 'x64' },
  { name: 'win32 x64', os: 'win32', cpu: 'x64' },
] as const;

const project = path.resolve(import.meta.dirname, '../..');
const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(project, file), 'utf8')) as T;

/** npm's own test of an `os`, `cpu` or `libc` list (npm-install-checks): `!x` excludes x, none allows all. */
function allows(list: string | string[] | undefined, value: string | undefined): boolean {
  if (list === undefined || value === undefined) return true;
  const entries = typeof list === 'string' ? [list] : list;
  if (entries.length === 0 || (entries.length === 1 && entries[0] === 'any')) return true;
  let negated = 0;
  let match = false;
  for (const entry of entries) {
    if (entry.startsWith('!')) {
      negated++;
      if (entry.slice(1) === value) return false;
    } else match ||= entry === value;
  }
  return match || negated === entries.length;
}

const installsOn = (entry: LockEntry, platform: (typeof platforms)[number]) =>
  allows(entry.os, platform.os) &&
  allows(entry.cpu, platform.cpu) &&
  (platform.os !== 'linux' || allows(entry.libc, 'libc' in platform ? platform.libc : undefined));

const isPlatformBuild = (entry: LockEntry) =>
  entry.os !== undefined || entry.cpu !== undefined || entry.libc !== undefined;

/** A package's name from its path in the lock: `node_modules/a/node_modules/@b/c` is `@b/c`. */
const nameOf = (key: string, entry: LockEntry) => entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 13);

/**
 * Where npm finds `name` when the package at `from` requires it: in `from`'s own node_modules, then in
 * each enclosing node_modules up to the project's.
 */
function resolve(lock: Lock, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (dir === '') return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent >= 0 ? dir.slice(0, parent) : '';
  }
}

const exactVersion = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** Every dependency of package.json is in the lock's root entry with the same range, and nothing else is. */
function rootProblems(lock: Lock, manifest: Manifest): string[] {
  const problems: string[] = [];
  const root = lock.packages[''] ?? {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const) {
    const wanted = manifest[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, range] of Object.entries(wanted)) {
      if (locked[name] !== range)
        problems.push(
          `package.json has ${field} ${name}@${range}, but package-lock.json's root entry has ${
            locked[name] === undefined ? 'no such dependency' : `${name}@${locked[name]}`
          }. ${FIX}`,
        );
      else if (field !== 'peerDependencies' && resolve(lock, '', name) === undefined)
        problems.push(`package-lock.json has no entry node_modules/${name} for ${field} ${name}@${range}. ${FIX}`);
    }
    for (const name of Object.keys(locked))
      if (!(name in wanted))
        problems.push(`package-lock.json's root entry has ${field} ${name}, which package.json does not. ${FIX}`);
  }
  return problems;
}

/** Every optional dependency of every package in the lock has an entry of its own, where npm looks for it. */
function optionalProblems(lock: Lock): string[] {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const found = resolve(lock, key, name);
      const parent = key === '' ? 'the project' : `${nameOf(key, entry)} (${key})`;
      if (found === undefined)
        problems.push(
          `${parent} has the optional dependency ${name}@${range}, but package-lock.json has no entry for ${name}, so npm ci refuses the lock on every platform. ${FIX}`,
        );
      else if (exactVersion.test(range) && lock.packages[found]!.version !== range)
        problems.push(
          `${parent} has the optional dependency ${name}@${range}, but package-lock.json's ${found} is version ${lock.packages[found]!.version}. ${FIX}`,
        );
    }
  }
  return problems;
}

/**
 * The families of platform builds: a package that installs anywhere and has several optional
 * dependencies of which some are restricted by `os`, `cpu` or `libc` (esbuild and @esbuild/*). A single
 * optional package for one system, like vite's fsevents, is not a family.
 */
function platformFamilies(lock: Lock): { parent: string; members: string[] }[] {
  const families: { parent: string; members: string[] }[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    const optional = Object.keys(entry.optionalDependencies ?? {});
    if (isPlatformBuild(entry) || optional.length < 2) continue;
    const members = optional
      .map((name) => resolve(lock, key, name))
      .filter((found): found is string => found !== undefined && isPlatformBuild(lock.packages[found]!));
    if (members.length > 0) families.push({ parent: key === '' ? 'the project' : nameOf(key, entry), members });
  }
  return families;
}

/** Each family has a build for each platform in `platforms`. */
function platformProblems(lock: Lock): string[] {
  const problems: string[] = [];
  for (const { parent, members } of platformFamilies(lock)) {
    for (const platform of platforms) {
      if (!members.some((member) => installsOn(lock.packages[member]!, platform)))
        problems.push(
          `package-lock.json has no ${platform.name} build among ${parent}'s optional platform packages (${members
            .map((member) => nameOf(member, lock.packages[member]!))
            .join(', ')}), so npm ci on ${platform.name} would install ${parent} without its binary. ${FIX}`,
        );
    }
  }
  return problems;
}

const lock = readJson<Lock>('package-lock.json');
const manifest = readJson<Manifest>('package.json');

/** A copy of the lock without one package, as a lock written on one platform by an older npm can be. */
function without(name: string, { declared = true } = {}): Lock {
  const copy = structuredClone(lock);
  delete copy.packages[`node_modules/${name}`];
  if (!declared)
    for (const entry of Object.values(copy.packages))
      if (entry.optionalDependencies) delete entry.optionalDependencies[name];
  return copy;
}

/** A platform build in the lock for the tests of a damaged copy: darwin arm64's esbuild, found by its fields. */
const darwinBuild = Object.entries(lock.packages).find(
  ([key, entry]) =>
    key.startsWith('node_modules/@esbuild/') && installsOn(entry, platforms[2]) && !installsOn(entry, platforms[0]),
)?.[0];

describe('package-lock.json', () => {
  test('is the lock npm ci reads (lockfileVersion 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  test("matches package.json's dependencies", () => {
    expect(rootProblems(lock, manifest)).toEqual([]);
  });

  test('has an entry for every optional dependency it declares', () => {
    expect(optionalProblems(lock)).toEqual([]);
  });

  test('has a linux, darwin and win32 build of every package with platform builds', () => {
    expect(platformFamilies(lock).length).toBeGreaterThan(0);
    expect(platformProblems(lock)).toEqual([]);
  });
});

/** The problems a damaged copy has that the lock itself has not, so that these tests fail only for the checks. */
const added = (before: string[], after: string[]) => after.filter((problem) => !before.includes(problem));

describe('the lock file checks', () => {
  test('find the platform families from the entries', () => {
    const families = platformFamilies(lock).map((family) => family.parent);
    expect(families).toContain('esbuild');
    expect(families).not.toContain('vite');
  });

  test('find a darwin build that is missing', () => {
    expect(darwinBuild).toBeDefined();
    const name = darwinBuild!.slice('node_modules/'.length);
    const problems = added(optionalProblems(lock), optionalProblems(without(name)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`esbuild (node_modules/esbuild) has the optional dependency ${name}@`);
    expect(problems[0]).toContain('npm install --package-lock-only');
  });

  test('find a platform with no build, even when no package declares it', () => {
    const name = darwinBuild!.slice('node_modules/'.length);
    const problems = added(platformProblems(lock), platformProblems(without(name, { declared: false })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("no darwin arm64 build among esbuild's optional platform packages");
    expect(problems[0]).toContain('npm install --package-lock-only');
  });

  test('find an optional dependency locked at another version', () => {
    const copy = structuredClone(lock);
    copy.packages[darwinBuild!]!.version = '0.0.1';
    expect(added(optionalProblems(lock), optionalProblems(copy))).toEqual([
      expect.stringContaining('is version 0.0.1'),
    ]);
  });

  test('find a dependency of package.json that the lock lacks or locks at another range', () => {
    const withLeftPad = { ...manifest, devDependencies: { ...manifest.devDependencies, 'left-pad': '^1.3.0' } };
    expect(added(rootProblems(lock, manifest), rootProblems(lock, withLeftPad))).toEqual([
      expect.stringContaining('package.json has devDependencies left-pad@^1.3.0'),
    ]);
    const changed = { ...manifest, dependencies: { ...manifest.dependencies, yaml: '^1.0.0' } };
    expect(added(rootProblems(lock, manifest), rootProblems(lock, changed))).toEqual([
      expect.stringContaining("but package-lock.json's root entry has yaml@"),
    ]);
  });

  test('follow npm in finding a nested package before a hoisted one', () => {
    const nested: Lock = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a': {},
        'node_modules/a/node_modules/b': {},
        'node_modules/a/node_modules/@c/d': {},
        'node_modules/b': {},
        'node_modules/e': {},
      },
    };
    expect(resolve(nested, 'node_modules/a/node_modules/@c/d', 'b')).toBe('node_modules/a/node_modules/b');
    expect(resolve(nested, 'node_modules/a/node_modules/@c/d', 'e')).toBe('node_modules/e');
    expect(resolve(nested, 'node_modules/e', 'b')).toBe('node_modules/b');
    expect(resolve(nested, 'node_modules/e', 'f')).toBeUndefined();
  });
});
