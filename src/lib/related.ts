/**
 * "Related" on every entry page: the few entries that share most themes (and, for case studies,
 * a phase). Candidates come from the theme indexes, capped per theme, so the cost stays flat as
 * the number of entries grows.
 */
import type { Card } from './cards.ts';
import { caseStudyCard, evidenceCard, playbookCard } from './cards.ts';
import type { SiteData } from './content/site-data.ts';

const CANDIDATES_PER_THEME = 40;
export const RELATED_COUNT = 4;

interface Subject {
  /** The entry's own path, e.g. case-studies/some-id, so it is never related to itself. */
  key: string;
  themes: string[];
  phases?: readonly string[];
}

export function relatedCards(data: SiteData, subject: Subject): Card[] {
  const scores = new Map<string, { score: number; card: () => Card }>();
  const consider = (key: string, themes: string[], phases: readonly string[] | undefined, card: () => Card) => {
    const shared = themes.filter((theme) => subject.themes.includes(theme)).length;
    const phase = subject.phases && phases?.some((p) => subject.phases!.includes(p)) ? 1 : 0;
    const score = shared * 2 + phase;
    if (score > (scores.get(key)?.score ?? 0)) scores.set(key, { score, card });
  };
  for (const theme of subject.themes) {
    for (const study of data.graph.caseStudiesByTheme(theme).slice(0, CANDIDATES_PER_THEME)) {
      consider(
        `case-studies/${study.id}`,
        study.data.themes.map((t) => t.id),
        study.data.phase,
        () => caseStudyCard(study, data),
      );
    }
    for (const summary of data.graph.evidenceByTheme(theme).slice(0, CANDIDATES_PER_THEME)) {
      consider(
        `evidence/${summary.id}`,
        summary.data.themes.map((t) => t.id),
        undefined,
        () => evidenceCard(summary),
      );
    }
    for (const playbook of data.graph.playbooksByTheme(theme).slice(0, CANDIDATES_PER_THEME)) {
      consider(
        `playbooks/${playbook.id}`,
        playbook.data.themes.map((t) => t.id),
        undefined,
        () => playbookCard(playbook),
      );
    }
  }
  return (
    [...scores.entries()]
      .filter(([key]) => key !== subject.key)
      // Ties go by address. Ids are lower-case ASCII, so comparing code units orders them as words would be,
      // without localeCompare's cost (a sixth of this function's time).
      .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : 1))
      .slice(0, RELATED_COUNT)
      .map(([, value]) => value.card())
  );
}
