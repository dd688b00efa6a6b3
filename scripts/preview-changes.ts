/**
 * npm run preview:changes: a preview of the built pages of the entries changed against
 * origin/main, after `npm run build`. In a pull request's checks it is written to the run's
 * summary ($GITHUB_STEP_SUMMARY), where a contributor who edits in the browser can read it;
 * elsewhere it is printed.
 *
 * PREVIEW_PUBLIC_FILES is where the pull request's own public/ files can be fetched, so that a new
 * image shows in the preview before it reaches the site.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { previewSummary, type PreviewedFile } from '../src/lib/built/preview.ts';
import { changedFiles, hasMain } from '../src/lib/tooling/git-changes.ts';
import { plural } from '../src/lib/text/plural.ts';
import { site } from '../src/lib/site.ts';
import { entryOfFile, entryPage } from '../src/schemas/index.ts';

const root = process.env['COMMONS_ROOT'] ?? path.resolve(import.meta.dirname, '..');

/** The address of a content file's page, if it has one. */
function pageOf(file: string): string | undefined {
  if (file === 'content/themes.yaml') return '/themes/';
  const entry = entryOfFile(file);
  return entry && entryPage(entry.spec.name, entry.id);
}

function builtPage(url: string): string | undefined {
  const file = path.join(root, 'dist', url, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

if (!hasMain(root)) {
  console.error('origin/main is not available, so there is nothing to compare with. Run git fetch origin main first.');
  process.exit(2);
}
const files: PreviewedFile[] = [...changedFiles(root)].sort().map((file) => {
  const url = pageOf(file);
  return { file, url, html: url && builtPage(url) };
});
if (files.length === 0) {
  console.log('No file in content/ has changed, so there is nothing to preview.');
  process.exit(0);
}
const summary = previewSummary(files, {
  site: site.url,
  publicFiles: process.env['PREVIEW_PUBLIC_FILES'] ?? site.url,
});
const target = process.env['GITHUB_STEP_SUMMARY'];
if (target) {
  appendFileSync(target, summary);
  console.log(`A preview of ${plural(files.length, 'changed file')} is in the run's summary.`);
} else console.log(summary);
