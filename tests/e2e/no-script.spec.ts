import { expect, test } from '@playwright/test';
import { entries } from './content.ts';

const first = (folder: Parameters<typeof entries>[0]) => `/${folder}/${entries(folder)[0]!.id}/`;

const contentPages = [
  '/',
  '/about/',
  '/contribute/',
  '/contribute/reference/',
  '/developers/',
  '/case-studies/',
  '/evidence/',
  '/playbooks/',
  '/trusts/',
  '/themes/',
  '/regions/',
  '/regions/london/',
  '/phases/',
  '/phases/primary/',
  '/support/',
  '/themes/reading/',
  first('case-studies'),
  first('evidence'),
  first('playbooks'),
  first('trusts'),
];

for (const path of contentPages) {
  test(`${path} loads no script`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path);
    // JSON-LD citation data is a script element, but data: nothing in it runs.
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    expect(scripts).toEqual([]);
  });
}
