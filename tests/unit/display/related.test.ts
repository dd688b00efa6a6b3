import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/content/graph.ts';
import type { SiteData } from '../../../src/lib/content/site-data.ts';
import { RELATED_COUNT, relatedCards } from '../../../src/lib/display/related.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const themes = (...ids: string[]) => ids.map((id) => ref('themes', id));

const study = (id: string, themeIds: string[], phase: string[] = ['primary']) => ({
  id,
  data: {
    title: `Study ${id}`,
    summary: 'A summary.',
    trust: ref('trusts', 'north-trust'),
    themes: themes(...themeIds),
    evidence: [],
    playbooks: [],
    phase,
    region: 'north-west',
    impact: [{ from: new Date('2023-09-01'), to: new Date('2024-07-31') }],
  },
});
const summary = (id: string, themeIds: string[]) => ({
  id,
  data: {
    title: `Evidence ${id}`,
    summary: 'A summary.',
    themes: themes(...themeIds),
    impactMonths: 4,
    strength: 3,
    cost: 1,
  },
});
const playbook = (id: string, themeIds: string[]) => ({
  id,
  data: {
    title: `Playbook ${id}`,
    summary: 'A summary.',
    themes: themes(...themeIds),
    evidence: [],
    caseStudies: [],
    steps: [],
    version: '1.0',
  },
});

function site(input: {
  caseStudies?: ReturnType<typeof study>[];
  evidence?: ReturnType<typeof summary>[];
  playbooks?: ReturnType<typeof playbook>[];
}): SiteData {
  const trusts = [{ id: 'north-trust', data: { name: 'North Trust', supportOffered: [], regions: ['north-west'] } }];
  const all = {
    caseStudies: input.caseStudies ?? [],
    evidence: input.evidence ?? [],
    playbooks: input.playbooks ?? [],
    trusts,
    themes: ['reading', 'writing', 'maths', 'attendance'].map((id) => ({ id })),
  };
  const graph = buildGraph(all);
  expect(graph.missing).toEqual([]);
  return { ...all, graph, trust: new Map(trusts.map((trust) => [trust.id, trust])) } as unknown as SiteData;
}

const hrefs = (data: SiteData, subject: Parameters<typeof relatedCards>[1]) =>
  relatedCards(data, subject).map((card) => card.href);

describe('related entries', () => {
  it('puts entries sharing more themes first, then a shared phase, then by address, never the entry itself', () => {
    const data = site({
      caseStudies: [
        study('one-theme', ['reading']),
        study('two-themes', ['reading', 'writing'], ['secondary']),
        study('subject', ['reading', 'writing']),
        study('one-theme-other-phase', ['writing'], ['secondary']),
        study('a-one-theme', ['writing']),
      ],
      evidence: [summary('both', ['writing', 'reading'])],
    });
    expect(hrefs(data, { key: 'case-studies/subject', themes: ['reading', 'writing'], phases: ['primary'] })).toEqual([
      '/case-studies/two-themes/',
      '/evidence/both/',
      '/case-studies/a-one-theme/',
      '/case-studies/one-theme/',
    ]);
  });

  it('lists an entry found under several of the themes once', () => {
    const data = site({
      caseStudies: [study('subject', ['reading', 'writing', 'maths'])],
      playbooks: [playbook('all-three', ['maths', 'reading', 'writing'])],
    });
    expect(hrefs(data, { key: 'case-studies/subject', themes: ['reading', 'writing', 'maths'] })).toEqual([
      '/playbooks/all-three/',
    ]);
  });

  it(`shows at most ${RELATED_COUNT}, and none when nothing shares a theme`, () => {
    const data = site({
      caseStudies: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => study(id, ['reading'])),
      evidence: [summary('attendance-only', ['attendance'])],
    });
    expect(hrefs(data, { key: 'evidence/x', themes: ['reading'] })).toEqual(
      ['a', 'b', 'c', 'd'].map((id) => `/case-studies/${id}/`),
    );
    expect(hrefs(data, { key: 'evidence/x', themes: ['maths'] })).toEqual([]);
  });

  it('gives each page its own scores, though the candidates are made once', () => {
    const data = site({
      caseStudies: [study('reading-primary', ['reading']), study('reading-secondary', ['reading'], ['secondary'])],
    });
    expect(hrefs(data, { key: 'x', themes: ['reading'], phases: ['secondary'] })).toEqual([
      '/case-studies/reading-secondary/',
      '/case-studies/reading-primary/',
    ]);
    expect(hrefs(data, { key: 'x', themes: ['reading'], phases: ['primary'] })).toEqual([
      '/case-studies/reading-primary/',
      '/case-studies/reading-secondary/',
    ]);
    const [first] = relatedCards(data, { key: 'x', themes: ['reading'], phases: ['primary'] });
    expect(first).toMatchObject({ title: 'Study reading-primary', kind: 'Case study' });
    expect(first?.meta[0]).toBe('North Trust');
  });
});
