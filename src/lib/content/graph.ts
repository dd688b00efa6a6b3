/**
 * The links between entries, both ways. Built once per build from every collection, it answers
 * "which case studies cite this evidence?" and refuses references to entries that do not exist
 * (Astro only logs those).
 */
import type { CollectionName } from '../../schemas/common.ts';
import { collectionSpec, entryFile } from '../../schemas/index.ts';
import type { FileProblem } from './file-error.ts';
import { missingReference } from '../analysis/missing-reference.ts';

export interface Ref {
  collection: string;
  id: string;
}

export interface GraphEntry<D> {
  id: string;
  data: D;
}

export interface CaseStudyLinks {
  trust: Ref;
  themes: Ref[];
  evidence: Ref[];
  playbooks: Ref[];
  phase: readonly string[];
  region: string;
}
export interface EvidenceLinks {
  themes: Ref[];
}
export interface PlaybookLinks {
  themes: Ref[];
  evidence: Ref[];
  caseStudies: Ref[];
}
export interface TrustLinks {
  supportOffered: Ref[];
  regions: readonly string[];
}

export interface GraphInput<
  C extends GraphEntry<CaseStudyLinks>,
  E extends GraphEntry<EvidenceLinks>,
  P extends GraphEntry<PlaybookLinks>,
  T extends GraphEntry<TrustLinks>,
> {
  caseStudies: C[];
  evidence: E[];
  playbooks: P[];
  trusts: T[];
  themes: { id: string }[];
}

export interface MissingReference {
  /** The entry that holds the reference. */
  source: { collection: CollectionName; id: string };
  field: string;
  collection: CollectionName;
  id: string;
}

/** A map from an id to the entries that point at it, in input order. */
class Index<V> {
  readonly #map = new Map<string, V[]>();
  add(key: string, value: V): void {
    const list = this.#map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else this.#map.set(key, [value]);
  }
  get(key: string): V[] {
    return this.#map.get(key) ?? [];
  }
}

export function buildGraph<
  C extends GraphEntry<CaseStudyLinks>,
  E extends GraphEntry<EvidenceLinks>,
  P extends GraphEntry<PlaybookLinks>,
  T extends GraphEntry<TrustLinks>,
>(input: GraphInput<C, E, P, T>) {
  type CaseStudy = C;
  type Playbook = P;

  const ids: Record<CollectionName, Set<string>> = {
    caseStudies: new Set(input.caseStudies.map((entry) => entry.id)),
    evidence: new Set(input.evidence.map((entry) => entry.id)),
    playbooks: new Set(input.playbooks.map((entry) => entry.id)),
    trusts: new Set(input.trusts.map((entry) => entry.id)),
    themes: new Set(input.themes.map((entry) => entry.id)),
  };
  const missing: MissingReference[] = [];
  const check = (source: MissingReference['source'], field: string, refs: Ref[]) => {
    refs.forEach((ref, index) => {
      if (!ids[ref.collection as CollectionName]?.has(ref.id)) {
        missing.push({
          source,
          field: refs.length > 1 || field !== 'trust' ? `${field}[${index}]` : field,
          collection: ref.collection as CollectionName,
          id: ref.id,
        });
      }
    });
  };

  const caseStudiesByTrust = new Index<CaseStudy>();
  const caseStudiesByEvidence = new Index<CaseStudy>();
  const caseStudiesByPlaybook = new Index<CaseStudy>();
  const caseStudiesByTheme = new Index<CaseStudy>();
  const caseStudiesByRegion = new Index<CaseStudy>();
  const caseStudiesByPhase = new Index<CaseStudy>();
  const playbooksByEvidence = new Index<Playbook>();
  const playbooksByCaseStudy = new Index<Playbook>();
  const playbooksByTheme = new Index<Playbook>();
  const evidenceByTheme = new Index<E>();
  const trustsBySupportTheme = new Index<T>();
  const trustsByRegion = new Index<T>();

  const playbooksById = new Map(input.playbooks.map((playbook) => [playbook.id, playbook]));
  for (const study of input.caseStudies) {
    const { data } = study;
    const from = { collection: 'caseStudies', id: study.id } as const;
    check(from, 'trust', [data.trust]);
    check(from, 'themes', data.themes);
    check(from, 'evidence', data.evidence);
    check(from, 'playbooks', data.playbooks);
    caseStudiesByTrust.add(data.trust.id, study);
    data.themes.forEach((ref) => caseStudiesByTheme.add(ref.id, study));
    data.evidence.forEach((ref) => caseStudiesByEvidence.add(ref.id, study));
    caseStudiesByRegion.add(data.region, study);
    data.phase.forEach((phase) => caseStudiesByPhase.add(phase, study));
    for (const ref of data.playbooks) {
      caseStudiesByPlaybook.add(ref.id, study);
      const playbook = playbooksById.get(ref.id);
      if (playbook) playbooksByCaseStudy.add(study.id, playbook);
    }
  }
  const caseStudiesById = new Map(input.caseStudies.map((study) => [study.id, study]));
  for (const playbook of input.playbooks) {
    const { data } = playbook;
    const from = { collection: 'playbooks', id: playbook.id } as const;
    check(from, 'themes', data.themes);
    check(from, 'evidence', data.evidence);
    check(from, 'caseStudies', data.caseStudies);
    data.themes.forEach((ref) => playbooksByTheme.add(ref.id, playbook));
    data.evidence.forEach((ref) => playbooksByEvidence.add(ref.id, playbook));
    for (const ref of data.caseStudies) {
      playbooksByCaseStudy.add(ref.id, playbook);
      const study = caseStudiesById.get(ref.id);
      if (study) caseStudiesByPlaybook.add(playbook.id, study);
    }
  }
  for (const summary of input.evidence) {
    check({ collection: 'evidence', id: summary.id }, 'themes', summary.data.themes);
    summary.data.themes.forEach((ref) => evidenceByTheme.add(ref.id, summary));
  }
  for (const trust of input.trusts) {
    check({ collection: 'trusts', id: trust.id }, 'supportOffered', trust.data.supportOffered);
    trust.data.supportOffered.forEach((ref) => trustsBySupportTheme.add(ref.id, trust));
    trust.data.regions.forEach((region) => trustsByRegion.add(region, trust));
  }

  return {
    missing,
    ids,
    caseStudiesByTrust: (id: string) => caseStudiesByTrust.get(id),
    caseStudiesByEvidence: (id: string) => caseStudiesByEvidence.get(id),
    caseStudiesByPlaybook: (id: string) => caseStudiesByPlaybook.get(id),
    caseStudiesByTheme: (id: string) => caseStudiesByTheme.get(id),
    caseStudiesByRegion: (id: string) => caseStudiesByRegion.get(id),
    caseStudiesByPhase: (id: string) => caseStudiesByPhase.get(id),
    playbooksByEvidence: (id: string) => playbooksByEvidence.get(id),
    playbooksByCaseStudy: (id: string) => playbooksByCaseStudy.get(id),
    playbooksByTheme: (id: string) => playbooksByTheme.get(id),
    evidenceByTheme: (id: string) => evidenceByTheme.get(id),
    trustsBySupportTheme: (id: string) => trustsBySupportTheme.get(id),
    trustsByRegion: (id: string) => trustsByRegion.get(id),
  };
}

export type Graph = ReturnType<typeof buildGraph>;

/** Each broken reference as the checker reports it, for the build's error. */
export function missingReferenceProblems(missing: MissingReference[], graph: { ids: Record<CollectionName, Set<string>> }): FileProblem[] {
  return missing.map(({ source, field, collection, id }) => ({
    file: entryFile(collectionSpec(source.collection), source.id),
    field,
    ...missingReference(collection, id, graph.ids[collection]),
  }));
}
