import { describe, expect, it } from 'vitest';
import { buildGraph, missingReferenceProblems } from '../../../src/lib/content/graph.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const study = (id: string, data: Partial<Record<string, unknown>> = {}) => ({
  id,
  data: {
    trust: ref('trusts', 'north-trust'),
    themes: [ref('themes', 'reading')],
    evidence: [ref('evidence', 'phonics')],
    playbooks: [],
    phase: ['primary'],
    region: 'north-west',
    ...data,
  },
});

const input = () => ({
  caseStudies: [
    study('early-reading'),
    study('attendance-drive', {
      themes: [ref('themes', 'attendance')],
      evidence: [],
      playbooks: [ref('playbooks', 'improving-attendance')],
      phase: ['secondary'],
      region: 'london',
    }),
  ],
  evidence: [{ id: 'phonics', data: { themes: [ref('themes', 'reading')] } }],
  playbooks: [
    {
      id: 'improving-attendance',
      data: {
        themes: [ref('themes', 'attendance')],
        evidence: [ref('evidence', 'phonics')],
        caseStudies: [ref('caseStudies', 'early-reading')],
      },
    },
  ],
  trusts: [
    { id: 'north-trust', data: { supportOffered: [ref('themes', 'reading')], regions: ['north-west', 'london'] } },
  ],
  themes: [{ id: 'reading' }, { id: 'attendance' }],
});

describe('the link graph', () => {
  it('links every entry both ways', () => {
    const graph = buildGraph(input());
    expect(graph.missing).toEqual([]);
    expect(graph.caseStudiesByTrust('north-trust').map((s) => s.id)).toEqual(['early-reading', 'attendance-drive']);
    expect(graph.caseStudiesByEvidence('phonics').map((s) => s.id)).toEqual(['early-reading']);
    expect(graph.playbooksByEvidence('phonics').map((p) => p.id)).toEqual(['improving-attendance']);
    expect(graph.caseStudiesByTheme('attendance').map((s) => s.id)).toEqual(['attendance-drive']);
    expect(graph.evidenceByTheme('reading').map((e) => e.id)).toEqual(['phonics']);
    expect(graph.trustsBySupportTheme('reading').map((t) => t.id)).toEqual(['north-trust']);
    expect(graph.trustsByRegion('london').map((t) => t.id)).toEqual(['north-trust']);
    expect(graph.caseStudiesByRegion('london').map((s) => s.id)).toEqual(['attendance-drive']);
    expect(graph.caseStudiesByPhase('primary').map((s) => s.id)).toEqual(['early-reading']);
  });

  it('joins a playbook and a case study whichever side names the other, once', () => {
    const graph = buildGraph(input());
    expect(graph.caseStudiesByPlaybook('improving-attendance').map((s) => s.id)).toEqual([
      'attendance-drive',
      'early-reading',
    ]);
    expect(graph.playbooksByCaseStudy('early-reading').map((p) => p.id)).toEqual(['improving-attendance']);
    expect(graph.playbooksByCaseStudy('attendance-drive').map((p) => p.id)).toEqual(['improving-attendance']);
  });

  it('returns an empty list for an id nothing points to', () => {
    expect(buildGraph(input()).caseStudiesByEvidence('homework')).toEqual([]);
  });

  it('reports every reference to a missing entry, with the field', () => {
    const broken = input();
    broken.caseStudies[0]!.data.trust = ref('trusts', 'south-trust');
    broken.caseStudies[1]!.data.themes = [ref('themes', 'attendance'), ref('themes', 'atendance')];
    broken.playbooks[0]!.data.caseStudies = [ref('caseStudies', 'gone')];
    const graph = buildGraph(broken);
    expect(graph.missing).toEqual([
      {
        source: { collection: 'caseStudies', id: 'early-reading' },
        field: 'trust',
        collection: 'trusts',
        id: 'south-trust',
      },
      {
        source: { collection: 'caseStudies', id: 'attendance-drive' },
        field: 'themes[1]',
        collection: 'themes',
        id: 'atendance',
      },
      {
        source: { collection: 'playbooks', id: 'improving-attendance' },
        field: 'caseStudies[0]',
        collection: 'caseStudies',
        id: 'gone',
      },
    ]);
    expect(missingReferenceProblems(graph.missing, graph)[1]).toEqual({
      file: 'content/case-studies/attendance-drive.mdx',
      field: 'themes[1]',
      message: 'there is no theme "atendance". Nearest: attendance, reading',
      fix: 'Use the id of an existing theme, or add it first.',
    });
  });
});
