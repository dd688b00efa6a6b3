/**
 * What the current branch changes in content/, against origin/main: the files
 * `npm run check -- --changed` checks and the pages a pull request's preview shows.
 */
import { execFileSync } from 'node:child_process';

const git = (root: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** Whether origin/main is there to compare with; a fresh repository has none. */
export function hasMain(root: string): boolean {
  try {
    git(root, 'rev-parse', '--verify', '--quiet', 'origin/main');
    return true;
  } catch {
    return false;
  }
}

/** The content files on origin/main, or undefined where that branch is not available. */
export function filesOnMain(root: string): string[] | undefined {
  if (!hasMain(root)) return undefined;
  try {
    return git(root, 'ls-tree', '-r', '--name-only', 'origin/main', '--', 'content').split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
}

/** Content files added, changed or renamed since origin/main: committed, staged, edited or new. */
export function changedFiles(root: string): Set<string> {
  const names = [
    git(root, 'diff', '--name-only', '--diff-filter=ACMR', 'origin/main...HEAD', '--', 'content'),
    git(root, 'diff', '--name-only', '--diff-filter=ACMR', 'HEAD', '--', 'content'),
    git(root, 'ls-files', '--others', '--exclude-standard', '--', 'content'),
  ].join('\n');
  return new Set(names.split('\n').filter(Boolean));
}
