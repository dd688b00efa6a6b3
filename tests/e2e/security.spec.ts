import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { entries } from './content.ts';
import { headersFile, metaContentSecurityPolicy } from '../../src/lib/publish/security-headers.ts';
import { siteHeaders } from './headers.ts';

const headers = siteHeaders();
const first = (folder: Parameters<typeof entries>[0]) => `/${folder}/${entries(folder)[0]!.id}/`;
const word = (entries('case-studies')[0]!.data.title as string).split(/\W+/).sort((a, b) => b.length - a.length)[0]!;

const templates = [
  '/',
  '/case-studies/',
  first('case-studies'),
  first('evidence'),
  first('playbooks'),
  first('trusts'),
  '/evidence/',
  '/playbooks/',
  '/trusts/',
  '/themes/',
  '/themes/reading/',
  '/regions/',
  '/regions/london/',
  '/phases/',
  `/phases/${entries('case-studies')[0]!.data.phase[0]}/`,
  '/support/',
  '/about/',
  '/contribute/',
  '/contribute/reference/',
  '/developers/',
  `/search/?q=${word}`,
  '/no-such-page/',
];

test.beforeEach(async ({ page }) => {
  // Serve every response with the site's own headers, as a static host reading _headers would.
  await page.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
    } catch {
      // The test ended while a late request (a favicon) was still on its way.
    }
  });
});

test('the policy is strict: no inline script or style, WebAssembly only for search', () => {
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['permissions-policy']).toBeTruthy();
});

for (const path of templates) {
  test(`${path} runs under the Content Security Policy with no violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('#search-list li').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test('each page carries the policy itself, for hosts that send no headers of the site\u2019s own', async ({ page }) => {
  await page.unroute('**/*');
  await page.goto(first('case-studies'));
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    metaContentSecurityPolicy,
  );
  // Hosts read the file from the built site; the preview server does not serve it.
  expect(readFileSync(path.resolve(import.meta.dirname, '../../dist/_headers'), 'utf8')).toBe(headersFile());
});

test('the harness does see a violation when one happens', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('external links in content open safely', async ({ page }) => {
  await page.goto(first('case-studies'));
  for (const link of await page.locator('main a[href^="http"]').all()) {
    const href = await link.getAttribute('href');
    if (href?.startsWith('https://school-improvement-commons')) continue;
    await expect(link, href ?? '').toHaveAttribute('rel', /noopener/);
  }
});
