import { expect, test } from '@playwright/test';
import { entries } from './content.ts';

const withRedirect = [...entries('case-studies'), ...entries('evidence'), ...entries('playbooks')].find(
  (entry) => (entry.data.redirectFrom ?? []).length > 0,
);

test('an old address in redirectFrom reaches the renamed entry', async ({ page }) => {
  test.skip(!withRedirect, 'no entry has been renamed yet');
  const folder =
    'impact' in withRedirect!.data ? 'case-studies' : 'question' in withRedirect!.data ? 'evidence' : 'playbooks';
  await page.goto(`/${folder}/${withRedirect!.data.redirectFrom[0]}/`);
  await expect(page).toHaveURL(new RegExp(`/${folder}/${withRedirect!.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withRedirect!.data.title);
});

test('printing a playbook hides navigation and keeps numbered steps', async ({ page }) => {
  const playbook = entries('playbooks')[0]!;
  await page.goto(`/playbooks/${playbook.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search').first()).toBeHidden();
  await expect(page.locator('.embed')).toBeHidden();
  await expect(page.locator('ol.steps > li').first()).toBeVisible();
  await expect(page.getByText(/^Printed from/)).toBeVisible();
});

test('a playbook offers its permanent address and an embed snippet with no script', async ({ page }) => {
  const playbook = entries('playbooks')[0]!;
  await page.goto(`/playbooks/${playbook.id}/`);
  const snippet = await page.locator('.embed code').textContent();
  expect(snippet).toContain(`/playbooks/${playbook.id}/`);
  expect(snippet).not.toMatch(/<script|<iframe/);
  await expect(page.getByRole('heading', { name: 'Version history' })).toBeVisible();
});

test('pages link their feeds, and an evidence page carries citation data', async ({ page, request }) => {
  const summary = entries('evidence')[0]!;
  await page.goto(`/evidence/${summary.id}/`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
    'href',
    '/feed.xml',
  );
  await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', summary.data.title);
  await expect(page.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toContain('xml');
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
});

test('the open data index lists every collection with its count', async ({ request }) => {
  const index = await (await request.get('/api/v1/index.json')).json();
  const counts = Object.fromEntries(index.collections.map((c: { name: string; count: number }) => [c.name, c.count]));
  expect(counts['case-studies']).toBe(entries('case-studies').length);
  expect(counts['trusts']).toBe(entries('trusts').length);
  const study = entries('case-studies')[0]!;
  const record = await (await request.get(`/api/v1/case-studies/${study.id}.json`)).json();
  expect(record).toMatchObject({ id: study.id, title: study.data.title, trust: study.data.trust });
});
