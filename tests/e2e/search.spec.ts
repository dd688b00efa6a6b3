import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { splitFrontmatter } from '../../src/lib/analysis/files.ts';
import { entries, themes, type Entry } from './content.ts';

const study = entries('case-studies')[0]!;
/** The longest word of the title: distinctive enough to find the entry. */
const word = (study.data.title as string)
  .split(/\W+/)
  .sort((a, b) => b.length - a.length)[0]!
  .toLowerCase();
const status = (page: Page) => page.getByRole('status');
const resultLinks = (page: Page) =>
  page.locator('#search-list li h2 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));

/** Every result of a search, in order, after showing them all. */
async function allResults(page: Page, search: string): Promise<string[]> {
  await page.goto(`/search/?${search}`);
  await expect(status(page)).toContainText('result');
  const count = Number(/^(\d+) result/.exec((await status(page).textContent()) ?? '')?.[1]);
  const items = page.locator('#search-list li');
  // Each click appends a page of twenty; the next click waits until the whole page is in.
  for (let shown = await items.count(); shown < count; shown = await items.count()) {
    await page.getByRole('button', { name: /more results/i }).click();
    await expect(items).toHaveCount(Math.min(count, shown + 20));
  }
  const links = await resultLinks(page);
  expect(links).toHaveLength(count);
  return links;
}

test('a query finds a known entry, with its type and key facts', async ({ page }) => {
  await page.goto(`/search/?q=${word}`);
  await expect(status(page)).toContainText(`for \u201c${word}\u201d`);
  const result = page.locator('#search-list li').filter({ has: page.getByRole('link', { name: study.data.title }) });
  await expect(result.getByRole('link', { name: study.data.title })).toHaveAttribute(
    'href',
    `/case-studies/${study.id}/`,
  );
  await expect(result.locator('.kind')).toHaveText('Case study');
});

test('a filter narrows the results, and the URL carries query and filters', async ({ page }) => {
  await page.goto(`/search/?q=${word}`);
  await expect(status(page)).toContainText('result');
  const before = await page.locator('#search-list li').count();
  await page.getByRole('checkbox', { name: /^Case studies/ }).check();
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&type=case-study$`));
  await expect(status(page)).toContainText('filtered by Case studies');
  const kinds = await page.locator('#search-list li .kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.length).toBeLessThanOrEqual(before);
  expect(new Set(kinds)).toEqual(new Set(['Case study']));
});

for (const [key, value] of [
  ['phase', study.data.phase[0]],
  ['region', study.data.region],
  ['theme', study.data.themes[0]],
] as const) {
  test(`the ${key} filter keeps only entries with ${key} ${value}`, async ({ page }) => {
    await page.goto(`/search/?${key}=${value}`);
    await expect(status(page)).toContainText('filtered by');
    const links = await page
      .locator('#search-list li h2 a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/case-studies/${study.id}/`);
    const matching = entries('case-studies').filter((entry) =>
      key === 'region'
        ? entry.data.region === value
        : (entry.data[key === 'phase' ? 'phase' : 'themes'] as string[]).includes(value),
    );
    for (const link of links.filter((href) => href?.startsWith('/case-studies/'))) {
      expect(matching.map((entry) => `/case-studies/${entry.id}/`)).toContain(link);
    }
  });
}

test('choosing one phase keeps the others offered, and two phases combine', async ({ page }) => {
  await page.goto('/search/?phase=secondary');
  await expect(status(page)).toContainText('filtered by Secondary');
  const onlySecondary = await page.locator('#search-list li').count();
  await page.getByRole('checkbox', { name: /^Primary/ }).check();
  await expect(page).toHaveURL(/\?phase=primary&phase=secondary$/);
  await expect(status(page)).toContainText('filtered by Primary, Secondary');
  const either = entries('case-studies').filter((entry) =>
    (entry.data.phase as string[]).some((phase) => phase === 'primary' || phase === 'secondary'),
  );
  expect(either.length).toBeGreaterThan(onlySecondary);
  expect(await allResults(page, 'phase=primary&phase=secondary')).toHaveLength(either.length);
  // A chosen group's counts are those of the results without it: Primary counts every primary entry.
  const primary = either.filter((entry) => (entry.data.phase as string[]).includes('primary'));
  await page.goto('/search/?phase=secondary');
  await expect(page.getByRole('checkbox', { name: /^Primary/ })).toHaveAccessibleName(`Primary (${primary.length})`);
});

test('a phase or region filter says that evidence summaries and playbooks are left out', async ({ page }) => {
  await page.goto('/search/?q=reading');
  await expect(status(page)).toContainText('result');
  await expect(page.getByText(/have no (phase|region) of their own/)).toBeHidden();
  await page.goto('/search/?q=reading&region=north-west');
  await expect(page.getByText(/have no region of their own/)).toContainText('Evidence summaries and playbooks');
});

test('a group whose results all share one value is not offered', async ({ page }) => {
  const reviews = new Set(entries('case-studies').map((entry) => entry.data.review as string));
  test.skip(reviews.size > 1, 'case studies differ in review status');
  await page.goto('/search/?type=case-study');
  await expect(status(page)).toContainText('filtered by Case studies');
  await expect(page.getByRole('group', { name: 'Phase' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Review' })).toHaveCount(0);
});

test('on a phone, results come first and the filters open from one button', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/search/?q=reading');
  await expect(page.locator('#search-list li').first()).toBeInViewport();
  const filters = page.locator('#search-filters > summary');
  await expect(page.getByLabel('Sort by')).toBeHidden();
  await filters.click();
  await page.getByRole('checkbox', { name: /^Case studies/ }).check();
  await expect(filters).toHaveText('Sort and filter (1 chosen)');
  await expect(status(page)).toContainText('filtered by Case studies');
});

/** What an entry's page says it is about: its title, summary and the titles of its themes. */
function about(entry: Entry): string {
  const themeTitles = themes()
    .filter((theme) => [...(entry.data.themes ?? []), ...(entry.data.supportOffered ?? [])].includes(theme.id))
    .map((theme) => theme.title);
  return [entry.data.title, entry.data.name, entry.data.summary, ...themeTitles].join(' ');
}
const everyEntry = (['case-studies', 'evidence', 'playbooks', 'trusts'] as const).flatMap((folder) =>
  entries(folder).map((entry) => ({ href: `/${folder}/${entry.id}/`, entry })),
);

for (const word of ['reading', 'attendance', 'tutoring', 'phonics', 'behaviour']) {
  test(`"${word}": entries with it in their title come before entries that do not say it is what they are about`, async ({
    page,
  }) => {
    const results = await allResults(page, `q=${word}`);
    const says = (text: string) => new RegExp(`\\b${word}`, 'i').test(text);
    const titled = everyEntry.filter(({ entry }) => says(entry.data.title ?? entry.data.name));
    const unrelated = everyEntry.filter(({ entry }) => !says(about(entry)));
    const lastTitled = Math.max(...titled.map(({ href }) => results.indexOf(href)));
    expect(titled.every(({ href }) => results.includes(href))).toBe(true);
    for (const { href } of unrelated) {
      if (results.includes(href)) expect(results.indexOf(href), href).toBeGreaterThan(lastTitled);
    }
  });
}

test('"reading": entries tagged with the theme rank above those matching only a stock phrase or a source', async ({
  page,
}) => {
  const results = await allResults(page, 'q=reading');
  const tagged = everyEntry.filter(
    ({ href, entry }) => !href.startsWith('/trusts/') && (entry.data.themes as string[]).includes('reading'),
  );
  // Evidence summaries whose only "read" is the Toolkit's stock line, "…estimates as read on the date above".
  const stockOnly = entries('evidence').filter((entry) => {
    const { body } = splitFrontmatter(
      readFileSync(new URL(`../../content/evidence/${entry.id}.mdx`, import.meta.url), 'utf8'),
    );
    const text = [about(entry), entry.data.question, body.replace(/as\s+read\s+on\s+the\s+date/g, '')].join(' ');
    return !/\bread/i.test(text);
  });
  expect(stockOnly.length).toBeGreaterThan(0);
  const lastTagged = Math.max(...tagged.map(({ href }) => results.indexOf(href)));
  for (const entry of stockOnly) {
    const rank = results.indexOf(`/evidence/${entry.id}/`);
    if (rank >= 0) expect(rank, entry.id).toBeGreaterThan(lastTagged);
  }
  // A trust whose only "read" is in a source's title is not a result: sources are not searched.
  // (A trust's file is all its page says; an entry's body would need reading as well.)
  const sourceOnly = entries('trusts').filter(
    (trust) =>
      !/\bread/i.test(JSON.stringify({ ...trust.data, sources: [] })) &&
      !/\bread/i.test(about(trust)) &&
      /\bread/i.test(JSON.stringify(trust.data.sources ?? [])),
  );
  expect(sourceOnly.length).toBeGreaterThan(0);
  for (const trust of sourceOnly) expect(results).not.toContain(`/trusts/${trust.id}/`);
});

test('an abbreviation finds the entries that spell it out, and the reverse', async ({ page }) => {
  // Title, summary and body are always searched; the abbreviation must be nowhere in the entry's fields.
  const withBody = (['case-studies', 'evidence', 'playbooks'] as const).flatMap((folder) =>
    entries(folder).map((entry) => {
      const source = readFileSync(new URL(`../../content/${folder}/${entry.id}.mdx`, import.meta.url), 'utf8');
      const { body } = splitFrontmatter(source);
      return { href: `/${folder}/${entry.id}/`, searched: `${about(entry)} ${body}`, all: source };
    }),
  );
  const spelledOut = withBody.filter(({ searched, all }) => /key stage 2/i.test(searched) && !/\bKS2\b/.test(all));
  const abbreviated = withBody.filter(({ searched, all }) => /\bKS2\b/.test(searched) && !/key stage 2/i.test(all));
  expect(spelledOut.length).toBeGreaterThan(0);
  const forAbbreviation = await allResults(page, 'q=KS2');
  for (const { href } of spelledOut) expect(forAbbreviation).toContain(href);
  const forWords = await allResults(page, `q=${encodeURIComponent('key stage 2')}`);
  for (const { href } of abbreviated) expect(forWords).toContain(href);
  // The other forms are for the index: the excerpt of an entry that never says KS2 does not say it either.
  await allResults(page, 'q=KS2');
  for (const { href } of spelledOut) {
    const result = page.locator('#search-list li').filter({ has: page.locator(`a[href="${href}"]`) });
    await expect(result.locator('p').last()).not.toHaveText(/KS2|[\u2045\u2046]/);
  }
});

test('newest first lists every matching case study by date published, newest at the top', async ({ page }) => {
  await page.goto('/search/?type=case-study&sort=newest');
  await expect(status(page)).toContainText('filtered by Case studies');
  const links = await page
    .locator('#search-list li h2 a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  const published = new Map(
    entries('case-studies').map((entry) => [
      `/case-studies/${entry.id}/`,
      new Date(entry.data.published).toISOString().slice(0, 10),
    ]),
  );
  const dates = links.map((href) => published.get(href!));
  expect(dates).toHaveLength(published.size);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('two quick clicks on "Show more" append two pages, in order', async ({ page }) => {
  // Every entry: more than two pages of twenty.
  const everything = '/search/?type=case-study&type=evidence&type=playbook&type=trust';
  const more = page.getByRole('button', { name: /more results/i });
  const hrefs = () =>
    page.locator('#search-list li h2 a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));

  await page.goto(everything);
  await expect(page.locator('#search-list li')).toHaveCount(20);
  await more.click();
  await expect(page.locator('#search-list li')).toHaveCount(40);
  await more.click();
  await expect(more).toBeHidden();
  const oneByOne = await hrefs();
  expect(oneByOne.length).toBeGreaterThan(40);

  // Each result's text arrives late, as on a slow connection, so the second page is still loading at the second click.
  await page.route('**/fragment/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await route.continue();
  });
  await page.goto(everything);
  await expect(page.locator('#search-list li')).toHaveCount(20);
  await more.click();
  await more.click();
  await expect(more).toBeHidden();
  expect(await hrefs()).toEqual(oneByOne);
});

test('reloading and going back restore the search exactly', async ({ page }) => {
  await page.goto(`/search/?q=${word}`);
  await expect(status(page)).toContainText('result');
  await page.getByRole('checkbox', { name: /^Case studies/ }).check();
  await expect(status(page)).toContainText('filtered by Case studies');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: /Search case studies, evidence/ })).toHaveValue(word);
  await expect(page.getByRole('checkbox', { name: /^Case studies/ })).toBeChecked();
  await expect(status(page)).toContainText('filtered by Case studies');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`));
  await expect(page.getByRole('checkbox', { name: /^Case studies/ })).not.toBeChecked();
  await expect(status(page)).not.toContainText('filtered by');
});

test('results follow typing, and the last text typed always wins', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: /Search case studies, evidence/ });
  await box.pressSequentially(word, { delay: 10 });
  await expect(page.getByRole('link', { name: study.data.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`));
  // Typed quickly over a search that is still running: only the newest text's results may show.
  await box.fill('');
  await box.pressSequentially('qqqqzz', { delay: 5 });
  await expect(status(page)).toHaveText('0 results for \u201cqqqqzz\u201d.');
  await expect(page.locator('#search-list li')).toHaveCount(0);
  // Two letters match most of the index: the page waits for more, or for Enter.
  await box.fill(word.slice(0, 2));
  await expect(status(page)).toHaveText('Keep typing, or press Enter to search.');
  await box.press('Enter');
  await expect(status(page)).toContainText(`for \u201c${word.slice(0, 2)}\u201d`);
});

test('search works from the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: /Search case studies, evidence/ }).focus();
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText(`for \u201c${word}\u201d`);
  // Tab on to the sort control, then to the first filter, and tick it with the space bar.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Sort by')).toBeFocused();
  await page.keyboard.press('Tab');
  const first = page.locator('#search-facets input[type="checkbox"]').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(page).toHaveURL(/&type=/);
});

test('has no axe violations with results showing', async ({ page }) => {
  await page.goto(`/search/?q=${word}`);
  await expect(page.locator('#search-list li').first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains and links to the browse pages', async ({ page }) => {
    await page.goto(`/search/?q=${word}`);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'Case studies' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Case studies');
  });
});
