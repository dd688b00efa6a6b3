/**
 * "Related" on every entry page: the few entries that share most themes (and, for case studies,
 * a phase). Candidates come from the theme indexes, capped per theme, so the cost stays flat as
 * the number of entries grows.
 */
import type { Card } from './cards.ts';
import { caseStudyCard, evidenceCard, playbookCard } from './cards.ts';
import type { SiteData } from '../content/site-data.ts';

const CANDIDATES_PER_THEME = 40;
export const RELATED_COUNT = 4;

interface Subject {
  /** The entry's own path, e.g. case-studies/some-id, so it is never related to itself. */
  key: string;
  themes: readonly string[];
  phases?: readonly string[];
}

interface Candidate {
  key: string;
  themes: readonly string[];
  phases: readonly string[] | undefined;
  card: () => Card;
}

/**
 * Each theme's candidates, made once per build. Every entry page asks for them, and making them
 * on each page (ids mapped, keys joined, a card function for every candidate) was most of the cost.
 */
const prepared = new WeakMap<SiteData, { byTheme: Map<string, Candidate[]>; byKey: Map<string, Candidate> }>();

function candidatesFor(data: SiteData, theme: string): Candidate[] {
  let made = prepared.get(data);
  if (!made) prepared.set(data, (made = { byTheme: new Map(), byKey: new Map() }));
  const { byTheme, byKey } = made;
  const found = byTheme.get(theme);
  if (found) return found;
  // One candidate per entry, shared by the lists of all its themes; its card is made when first shown.
  const candidate = (
    key: string,
    themes: { id: string }[],
    phases: readonly string[] | undefined,
    make: () => Card,
  ) => {
    let result = byKey.get(key);
    if (!result) {
      let card: Card | undefined;
      result = { key, themes: themes.map((ref) => ref.id), phases, card: () => (card ??= make()) };
      byKey.set(key, result);
    }
    return result;
  };
  const list = [
    ...data.graph
      .caseStudiesByTheme(theme)
      .slice(0, CANDIDATES_PER_THEME)
      .map((study) =>
        candidate(`case-studies/${study.id}`, study.data.themes, study.data.phase, () => caseStudyCard(study, data)),
      ),
    ...data.graph
      .evidenceByTheme(theme)
      .slice(0, CANDIDATES_PER_THEME)
      .map((summary) =>
        candidate(`evidence/${summary.id}`, summary.data.themes, undefined, () => evidenceCard(summary)),
      ),
    ...data.graph
      .playbooksByTheme(theme)
      .slice(0, CANDIDATES_PER_THEME)
      .map((playbook) =>
        candidate(`playbooks/${playbook.id}`, playbook.data.themes, undefined, () => playbookCard(playbook)),
      ),
  ];
  byTheme.set(theme, list);
  return list;
}

/** Two points for each shared theme, one for a shared phase. */
function score(candidate: Candidate, subject: Subject): number {
  let shared = 0;
  for (const theme of candidate.themes) if (subject.themes.includes(theme)) shared++;
  const phase = subject.phases && candidate.phases?.some((p) => subject.phases!.includes(p)) ? 1 : 0;
  return shared * 2 + phase;
}

/** Higher score first; ties by address. Ids are lower-case ASCII, so code units order them as words would. */
const before = (a: { key: string; score: number }, b: { key: string; score: number }) =>
  a.score > b.score || (a.score === b.score && a.key < b.key);

export function relatedCards(data: SiteData, subject: Subject): Card[] {
  const seen = new Set<Candidate>();
  // The best few so far, in order: a full sort of every candidate is not needed for four.
  const best: { key: string; score: number; candidate: Candidate }[] = [];
  for (const theme of subject.themes) {
    for (const candidate of candidatesFor(data, theme)) {
      if (seen.has(candidate) || candidate.key === subject.key) continue;
      seen.add(candidate);
      const entry = { key: candidate.key, score: score(candidate, subject), candidate };
      if (best.length === RELATED_COUNT && !before(entry, best[RELATED_COUNT - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(entry, best[at - 1]!)) at--;
      best.splice(at, 0, entry);
      if (best.length > RELATED_COUNT) best.pop();
    }
  }
  return best.map(({ candidate }) => candidate.card());
}
