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

// WCAG 1.4.10 reflow: at 320 CSS pixels wide (1280 at 400% zoom) nothing scrolls sideways.
for (const path of [
  '/',
  first('case-studies'),
  first('evidence'),
  first('playbooks'),
  '/search/',
  '/support/',
  '/contribute/reference/',
  '/developers/',
]) {
  test(`${path} reflows at 320 pixels wide with no horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the header can be walked with the keyboard, each stop visibly focused', async ({ page }) => {
  await page.goto('/');
  const expected = [
    'Skip to main content',
    'School Improvement Commons',
    'Case studies',
    'Evidence',
    'Playbooks',
    'Trusts',
    'Themes',
    'Regions',
    'Find support',
    'Contribute',
    'Search the Commons',
    'Search',
  ];
  for (const name of expected) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    const label = await focused.evaluate(
      (element) =>
        (element.getAttribute('aria-label') ?? (element as HTMLElement).innerText.trim()) ||
        (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent?.trim() : '') ||
        '',
    );
    expect(label).toBe(name);
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  }
});
