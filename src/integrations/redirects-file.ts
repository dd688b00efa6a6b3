import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { redirectsFile } from '../lib/analysis/redirects.ts';

export const REDIRECTS_FILE = '_redirects';

/** Writes dist/_redirects beside the static redirect pages Astro makes from the same list. */
export function redirectsFileIntegration(redirects: Record<string, string>): AstroIntegration {
  return {
    name: 'commons-redirects-file',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(new URL(REDIRECTS_FILE, dir), redirectsFile(redirects)),
    },
  };
}
