import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { entries } from './content.ts';

const first = (folder: Parameters<typeof entries>[0]) => `/${folder}/${entries(folder)[0]!.id}/`;

const templates = [
  '/',
  '/case-studies/',
  first('case-studies'),
  '/evidence/',
  first('evidence'),
  '/playbooks/',
  first('playbooks'),
  '/trusts/',
  first('trusts'),
  '/themes/',
  '/themes/reading/',
  '/regions/',
  '/regions/london/',
  '/phases/',
  '/phases/primary/',
  '/support/',
  '/about/',
  '/contribute/',
  '/contribute/reference/',
  '/developers/',
  '/search/',
  '/no-such-page/',
];

for (const path of templates) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
