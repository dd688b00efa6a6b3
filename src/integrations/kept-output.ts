import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeFiles, staleFiles } from '../lib/built/stale.ts';

/**
 * Keeps `dist/` between builds, so that Astro's incremental build leaves an unchanged page where
 * it is instead of copying it back from its cache (at 10,000 entries the copying took longer than
 * rendering what had changed), then removes what this build no longer produces
 * (src/lib/built/stale.ts). It must come before any integration that reads the built pages.
 * `rewritten` names the files and folders (from dist, with `/`) that later integrations write on every build.
 */
export function keptOutput(rewritten: string[]): AstroIntegration {
  let dist = '';
  let publicDir = '';
  let bundles = '';
  return {
    name: 'commons-kept-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        dist = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        bundles = config.build.assets;
      },
      // Bundles are named by their content and written again by every build; emptied so none pile up.
      'astro:build:start': () => {
        rmSync(path.join(dist, bundles), { recursive: true, force: true });
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const produced = new Set(
          [...assets.values()].flat().map((url) => path.relative(root, fileURLToPath(url)).split(path.sep).join('/')),
        );
        const stale = staleFiles(root, produced, publicDir, new Set([bundles, ...rewritten]));
        removeFiles(root, stale);
        if (stale.length > 0) {
          const files = stale.length === 1 ? '1 file' : `${stale.length} files`;
          logger.info(`removed ${files} that an earlier build left and this one did not produce`);
        }
      },
    },
  };
}
