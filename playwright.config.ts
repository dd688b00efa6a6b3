import { defineConfig } from '@playwright/test';

/** End-to-end tests run against the production build served by `astro preview`, never the dev server. */
const port = 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium by default; CHROMIUM_PATH points elsewhere (e.g. Chrome on GitHub's runners).
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    // Never another server on the port: it could serve another checkout's build, or an old one of this.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
