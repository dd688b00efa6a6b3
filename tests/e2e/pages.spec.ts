import { expect, test } from '@playwright/test';
import { COMMONS_HEADINGS } from '../../src/lib/display/authorship.ts';
import { teaser } from '../../src/lib/display/teaser.ts';
import { CASE_STUDY_HEADINGS } from '../../src/schemas/case-study.ts';
import { limits } from '../../src/schemas/limits.ts';
import { regions } from '../../src/schemas/regions.ts';
import { entries, themes } from './content.ts';

const caseStudies = entries('case-studies');
const evidence = entries('evidence');
const playbooks = entries('playbooks');
const trusts = entries('trusts');
const trustName = (id: string) => trusts.find((trust) => trust.id === id)!.data.name as string;

test('the home page introduces the Commons and the improvement cycle', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('School Improvement Commons');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What worked in schools like yours');
  const cycle = page.locator('ol.cycle li');
  await expect(cycle).toHaveText([
    /Identify the need/,
    /Weigh the evidence/,
    /Broker support/,
    /Implement/,
    /Review the impact/,
  ]);
  await expect(page.getByRole('heading', { name: 'Latest case studies' })).toBeVisible();
  await expect(page.locator('main .card')).toHaveCount(Math.min(6, caseStudies.length));
});

for (const [path, title, count] of [
  ['/case-studies/', 'Case studies', caseStudies.length],
  ['/evidence/', 'Evidence summaries', evidence.length],
  ['/playbooks/', 'Improvement playbooks', playbooks.length],
  ['/trusts/', 'Trusts and organisations', trusts.length],
] as const) {
  test(`${path} lists every entry with a count`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (${count})`);
    await expect(page.locator('main .card')).toHaveCount(Math.min(count, 50));
  });
}

test('a case study page shows its key facts and its impact as a chart and a table', async ({ page }) => {
  const study = caseStudies[0]!;
  await page.goto(`/case-studies/${study.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(study.data.title);
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText(trustName(study.data.trust));
  await expect(facts.getByRole('link', { name: trustName(study.data.trust) })).toHaveAttribute(
    'href',
    `/trusts/${study.data.trust}/`,
  );
  await expect(facts).toContainText('Need identified by');
  await expect(page.getByRole('list', { name: 'Themes' }).getByRole('link')).toHaveCount(study.data.themes.length);
  for (const heading of CASE_STUDY_HEADINGS) {
    const shown = study.data.writtenBy === 'commons' ? (COMMONS_HEADINGS[heading] ?? heading) : heading;
    await expect(page.getByRole('heading', { level: 2, name: shown, exact: true })).toBeVisible();
  }
  const measure = study.data.impact[0];
  await expect(page.locator('figure.impact svg').first()).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(measure.measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(row).toContainText(String(measure.cohort.toLocaleString('en-GB')));
});

test('a case study links each school to its register entry by URN, and names no school twice', async ({ page }) => {
  const study = caseStudies.find((candidate) =>
    candidate.data.schools?.some((school: { urn?: unknown }) => school.urn),
  );
  test.skip(!study, 'no case study gives a URN');
  await page.goto(`/case-studies/${study!.id}/`);
  const facts = page.locator('dl.facts');
  for (const { name, urn } of study!.data.schools as { name: string; urn?: number | string }[]) {
    if (urn === undefined) continue;
    await expect(facts.getByRole('link', { name: `URN ${urn}` })).toHaveAttribute(
      'href',
      `https://get-information-schools.service.gov.uk/Establishments/Establishment/Details/${urn}`,
    );
    const mentions = (await facts.textContent())!.split(name).length - 1;
    expect(mentions, `${name} in the facts`).toBe(1);
  }
});

test('a school entered as its own organisation is one fact, with its URN beside its name', async ({ page }) => {
  const study = caseStudies.find((candidate) => {
    const trust = trusts.find((entry) => entry.id === candidate.data.trust)!;
    const schools = (candidate.data.schools ?? []) as { name: string; urn?: unknown }[];
    return (
      trust.data.kind === 'school' && schools.length === 1 && schools[0]!.urn && schools[0]!.name === trust.data.name
    );
  });
  test.skip(!study, 'no case study is of a school entered as its own organisation');
  await page.goto(`/case-studies/${study!.id}/`);
  const { name, urn } = study!.data.schools[0] as { name: string; urn: number | string };
  const labels = await page.locator('dl.facts dt').allTextContents();
  expect(labels.filter((label) => label === 'School')).toHaveLength(1);
  await expect(page.locator('dl.facts dd').first()).toHaveText(`${name} (URN ${urn})`);
});

test('a case study the Commons wrote says so first, and is reviewed and cited as the Commons\u2019 own', async ({
  page,
}) => {
  const study = caseStudies.find((candidate) => candidate.data.writtenBy === 'commons');
  test.skip(!study, 'no case study was written by the Commons');
  const trust = trustName(study!.data.trust);
  await page.goto(`/case-studies/${study!.id}/`);
  const note = page.getByRole('note').first();
  await expect(note).toHaveText(
    `Summarised by School Improvement Commons from public reports (listed under Sources). Not written or checked by ${trust}.`,
  );
  await note.getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeInViewport();
  await expect(page.locator('dl.facts')).toContainText('Compiled from public reports');
  await expect(page.locator('dl.facts')).not.toContainText('Self-reported');
  await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'School Improvement Commons');
  await expect(page.locator('.cite .citation-text')).toHaveText(/^School Improvement Commons\. \(/);
  // Its headings tell what the organisation did; "we" would read as the Commons. Their anchors stay.
  await expect(page.getByRole('heading', { level: 2, name: 'What they did', exact: true })).toHaveId('what-we-did');
  await expect(page.getByRole('heading', { level: 2, name: /^What we / })).toHaveCount(0);
});

test('a note on an impact measure is shown under its chart and in the table', async ({ page }) => {
  const found = caseStudies
    .flatMap((study) => (study.data.impact as any[]).map((measure) => ({ study, measure })))
    .find(({ measure }) => measure.note);
  test.skip(!found, 'no impact measure has a note');
  const { study, measure } = found!;
  await page.goto(`/case-studies/${study.id}/`);
  const figure = page.locator('figure.impact').filter({ hasText: measure.measure });
  await expect(figure.locator('.impact-note')).toHaveText(`Note: ${measure.note}`);
  const row = page.getByRole('row', { name: new RegExp(measure.measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(row).toContainText(measure.note);
});

test('a count of pupils is drawn against its cohort and written "n of cohort"', async ({ page }) => {
  const found = caseStudies
    .flatMap((study) => (study.data.impact as any[]).map((measure) => ({ study, measure })))
    .find(({ measure }) => measure.unit === 'pupils');
  test.skip(!found, 'no case study has a count of pupils');
  const { study, measure } = found!;
  await page.goto(`/case-studies/${study.id}/`);
  const ofCohort = `${measure.result.toLocaleString('en-GB')} of ${measure.cohort.toLocaleString('en-GB')}`;
  const figure = page.locator('figure.impact').filter({ hasText: measure.measure });
  await expect(figure.locator('.impact-value').last()).toHaveText(ofCohort);
  const share = await figure
    .locator('svg.impact-bar .bar-result')
    .evaluate((rect) => Number(rect.getAttribute('width')) / 100);
  expect(share).toBeCloseTo(Math.max(0.01, measure.result / measure.cohort), 2);
  const row = page.getByRole('row', { name: new RegExp(measure.measure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(row).toContainText(ofCohort);
});

test('an evidence page shows impact, strength and cost at a glance, its citations and who uses it', async ({
  page,
}) => {
  const cited =
    evidence.find((summary) => caseStudies.some((study) => study.data.evidence.includes(summary.id))) ?? evidence[0]!;
  await page.goto(`/evidence/${cited.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cited.data.title);
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Average impact');
  await expect(facts).toContainText(`${cited.data.strength} of 5`);
  await expect(facts).toContainText(`${cited.data.cost} of 5`);
  await expect(page.locator('ol.citations > li')).toHaveCount(cited.data.sources.length);
  const users = caseStudies.filter((study) => study.data.evidence.includes(cited.id));
  for (const study of users) {
    await expect(page.getByRole('complementary').getByRole('link', { name: study.data.title })).toBeVisible();
  }
});

test('a playbook page walks the cycle once: each stage with its steps, then its guidance', async ({ page }) => {
  const playbook = playbooks[0]!;
  await page.goto(`/playbooks/${playbook.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(playbook.data.title);
  for (const stage of ['Identify the need', 'Weigh the evidence', 'Broker support', 'Implement', 'Review the impact']) {
    // Once: the body's heading on a stage is the stage's own, not a second copy below the steps.
    await expect(page.getByRole('heading', { name: stage, exact: true })).toHaveCount(1);
    const section = page.locator('section.stage-group').filter({ has: page.getByRole('heading', { name: stage }) });
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(stage);
    await expect(section.locator('.prose p').first()).toBeVisible();
  }
  await expect(page.locator('ol.steps > li')).toHaveCount(playbook.data.steps.length);
});

test('a trust page lists its case studies and the support it offers', async ({ page }) => {
  const trust =
    trusts.find((candidate) => caseStudies.some((study) => study.data.trust === candidate.id)) ?? trusts[0]!;
  await page.goto(`/trusts/${trust.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(trust.data.name);
  // What the organisation is comes first, and is what a link preview or a search engine shows.
  await expect(page.locator('main .lead')).toHaveText(trust.data.about);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', trust.data.about);
  // Search engines and networks read who it is from the page's schema.org data.
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({ name: trust.data.name, url: trust.data.website, description: trust.data.about });
  for (const study of caseStudies.filter((candidate) => candidate.data.trust === trust.id)) {
    await expect(page.getByRole('link', { name: study.data.title })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Support offered' })).toBeVisible();
});

test('a theme page lists everything tagged with it', async ({ page }) => {
  const theme = themes().find((candidate) => caseStudies.some((study) => study.data.themes.includes(candidate.id)))!;
  await page.goto(`/themes/${theme.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(theme.title);
  for (const study of caseStudies.filter((candidate) => candidate.data.themes.includes(theme.id))) {
    await expect(page.getByRole('link', { name: study.data.title })).toBeVisible();
  }
});

test('the regions index links to all nine regions', async ({ page }) => {
  await page.goto('/regions/');
  await expect(page.locator('main .card')).toHaveCount(9);
  await page.getByRole('link', { name: 'London', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('London');
});

test('a region page links to the regions that border it, and only those', async ({ page }) => {
  await page.goto('/regions/london/');
  const neighbours = page.getByRole('region', { name: 'Neighbouring regions' });
  await expect(neighbours.getByRole('link')).toHaveText(['East of England', 'South East']);
  await neighbours.getByRole('link', { name: 'South East' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('South East');
});

test('a region with no case studies yet says so and offers a way on', async ({ page }) => {
  const region = regions.find((candidate) => !caseStudies.some((study) => study.data.region === candidate.id));
  test.skip(!region, 'every region has a case study');
  await page.goto(`/regions/${region!.id}/`);
  await expect(page.getByText(`No case studies from ${region!.title} yet.`)).toBeVisible();
  await page.getByRole('link', { name: 'every case study' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Case studies/);
  await page.goBack();
  await page.getByRole('link', { name: 'contribute a case study' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Contribute a case study/);
});

test('the main navigation reaches every section', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, heading] of [
    ['Case studies', /^Case studies/],
    ['Evidence', /^Evidence summaries/],
    ['Playbooks', /^Improvement playbooks/],
    ['Trusts', /^Trusts and organisations/],
    ['Themes', /^Themes/],
    ['Regions', /^Regions/],
    ['Contribute', /^Contribute a case study/],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('the header search box submits to the search page', async ({ page }) => {
  await page.goto('/about/');
  await page.getByRole('searchbox', { name: 'Search the Commons' }).fill('attendance');
  await page.getByRole('searchbox', { name: 'Search the Commons' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=attendance$/);
});

test('a missing page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'search the Commons' })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/evidence/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('Find support lists every trust that offers support, what it is and how to contact it', async ({ page }) => {
  await page.goto('/support/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find support');
  for (const trust of trusts.filter((candidate) => (candidate.data.supportOffered ?? []).length > 0)) {
    await expect(page.getByRole('link', { name: trust.data.name, exact: true }).first()).toBeVisible();
    const card = page.locator('.card').filter({ has: page.getByRole('link', { name: trust.data.name, exact: true }) });
    await expect(card.first()).toContainText(teaser(trust.data.about));
    const escaped = (trust.data.name as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page.getByRole('link', { name: new RegExp(`^Contact ${escaped}`) }).first()).toBeVisible();
  }
});

test('a case study whose trust offers support says so and links to Find support', async ({ page }) => {
  const offering = caseStudies.find((study) => study.data.offersSupport);
  test.skip(!offering, 'no case study offers support');
  await page.goto(`/case-studies/${offering!.id}/`);
  await expect(page.locator('.notice')).toContainText('offers support');
  await expect(page.locator('.notice').getByRole('link', { name: 'Find support' })).toHaveAttribute(
    'href',
    '/support/',
  );
});

test('theme and phase combine into one browse page', async ({ page }) => {
  const study = caseStudies[0]!;
  const [theme, phase] = [study.data.themes[0], study.data.phase[0]];
  await page.goto(`/themes/${theme}/`);
  await page
    .getByRole('navigation', { name: /by phase/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/themes/${theme}/[a-z-]+/$`));
  await page.goto(`/themes/${theme}/${phase}/`);
  const expected = caseStudies.filter((other) => other.data.themes.includes(theme) && other.data.phase.includes(phase));
  await expect(page.locator('main .card')).toHaveCount(Math.min(expected.length, 50));
  await expect(page.getByRole('link', { name: study.data.title })).toBeVisible();
});

test('entry pages suggest related entries by shared theme', async ({ page }) => {
  const study = caseStudies.find((candidate) =>
    [...caseStudies, ...evidence, ...playbooks].some(
      (other) =>
        other.id !== candidate.id && (other.data.themes as string[]).some((t) => candidate.data.themes.includes(t)),
    ),
  );
  test.skip(!study, 'no two entries share a theme');
  await page.goto(`/case-studies/${study!.id}/`);
  const related = page.getByRole('region', { name: 'Related' });
  await expect(related.locator('.card').first()).toBeVisible();
  await expect(related.getByRole('link', { name: study!.data.title })).toHaveCount(0);
});

test('the contributor reference states every limit of a contribution, from the schema modules', async ({ page }) => {
  await page.goto('/contribute/reference/');
  const section = page.getByRole('region', { name: 'Limits' });
  for (const limit of Object.values(limits)) await expect(section.getByText(limit.describe)).toBeVisible();
  await expect(section).toContainText('anchors');
});
