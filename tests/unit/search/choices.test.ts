import { describe, expect, it } from 'vitest';
import { offersChoice, ownGroupCounts, scopeNote, type Chosen, type Counts } from '../../../src/lib/search/choices.ts';

describe("a group's own counts", () => {
  it('count each chosen group without its own filter, and with every other', async () => {
    const asked: Chosen[] = [];
    const count = async (filters: Chosen): Promise<Counts> => {
      asked.push(filters);
      return { phase: { primary: 4, secondary: 3 }, region: { london: 2 } };
    };
    const own = await ownGroupCounts({ phase: ['secondary'], region: ['london'] }, count);
    expect(asked).toEqual([{ region: ['london'] }, { phase: ['secondary'] }]);
    expect(own).toEqual({ phase: { primary: 4, secondary: 3 }, region: { london: 2 } });
  });

  it('ask nothing when nothing is chosen', async () => {
    const own = await ownGroupCounts({}, async () => {
      throw new Error('not asked');
    });
    expect(own).toEqual({});
  });

  it('give a group no counts when the search has none for it', async () => {
    expect(await ownGroupCounts({ theme: ['reading'] }, async () => ({}))).toEqual({ theme: {} });
  });
});

describe('groups worth showing', () => {
  const group = (counts: Record<string, number>, values = 3, chosen: string[] = [], total = 10) =>
    offersChoice({ counts, chosen, values, total });

  it('show a group with two or more values that have results', () => {
    expect(group({ primary: 3, secondary: 2 })).toBe(true);
  });

  it('hide a group whose results all share one value', () => {
    expect(group({ 'self-reported': 8, 'peer-reviewed': 0 }, 2)).toBe(false);
    expect(group({})).toBe(false);
  });

  it('show a group with a value chosen, whatever its counts', () => {
    expect(group({ 'self-reported': 8 }, 2, ['self-reported'])).toBe(true);
    expect(group({}, 2, ['peer-reviewed'])).toBe(true);
  });

  it('show a yes-only group when it keeps some results and not all', () => {
    expect(group({ yes: 4 }, 1)).toBe(true);
    expect(group({ yes: 10 }, 1)).toBe(false);
    expect(group({ yes: 0 }, 1)).toBe(false);
  });
});

describe('the note on entries a filter leaves out', () => {
  const without = { phase: ['evidence', 'playbook', 'trust'], region: ['evidence', 'playbook'] };
  const names = {
    groups: { phase: 'phase', region: 'region' },
    types: { 'case-study': 'Case studies', evidence: 'Evidence summaries', playbook: 'Playbooks', trust: 'Trusts' },
  };

  it('is empty with no phase or region chosen', () => {
    expect(scopeNote({ theme: ['reading'] }, without, names)).toBe('');
  });

  it('names what a phase leaves out', () => {
    expect(scopeNote({ phase: ['primary'] }, without, names)).toBe(
      'Evidence summaries, playbooks and trusts have no phase of their own, so they are shown only when no phase is chosen.',
    );
  });

  it('names what a region leaves out', () => {
    expect(scopeNote({ region: ['london'] }, without, names)).toBe(
      'Evidence summaries and playbooks have no region of their own, so they are shown only when no region is chosen.',
    );
  });

  it('gives types that lack different groups a sentence each', () => {
    expect(scopeNote({ phase: ['primary'], region: ['london'] }, without, names)).toBe(
      'Evidence summaries and playbooks have no phase or region of their own, so they are shown only when no phase or region is chosen. ' +
        'Trusts have no phase of their own, so they are shown only when no phase is chosen.',
    );
  });

  it('leaves out of the note the types the type filter already excludes', () => {
    expect(scopeNote({ phase: ['primary'], type: ['case-study'] }, without, names)).toBe('');
    expect(scopeNote({ phase: ['primary'], type: ['case-study', 'trust'] }, without, names)).toBe(
      'Trusts have no phase of their own, so they are shown only when no phase is chosen.',
    );
  });
});
