import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/**
 * Keeps a large build's memory near what it really uses. Rendering thousands of pages makes garbage
 * at a steady rate, and by default V8 lets its heap grow to several times the live data before
 * collecting the old part of it: at 10,000 entries about 290 MB were live, yet the heap reached
 * 900 MB with no full collection for 45 s, and the build 1.9-2.05 GB in all. Growing by half of
 * what is live at most brought the peak to 1.4 GB, in the same time.
 *
 * A smaller build has no memory to save and pays for the extra collections: at 2,000 entries,
 * about 0.3 s of a cold build (0.6 s of processor time). So the limit starts only once the build's
 * process holds `fromMb`, which a build of 2,000 entries does not reach (0.8-0.9 GB).
 * V8 reads the flag each time it sizes the heap after a collection, so setting it while the build
 * runs is enough; NODE_OPTIONS does not accept it.
 */
export function heapGrowth(percent = 50, fromMb = 1024): AstroIntegration {
  let watch: NodeJS.Timeout | undefined;
  return {
    name: 'commons-heap-growth',
    hooks: {
      'astro:config:setup': () => {
        watch = setInterval(() => {
          if (process.memoryUsage.rss() < fromMb * 1024 * 1024) return;
          setFlagsFromString(`--heap-growing-percent=${percent}`);
          clearInterval(watch);
        }, 100);
        // The watch must not keep a finished build's process alive.
        watch.unref();
      },
      'astro:build:done': () => clearInterval(watch),
    },
  };
}
