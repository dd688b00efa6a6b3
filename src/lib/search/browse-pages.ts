/** Combinations of facets that have their own browse pages. */
import { phases } from '../../schemas/phases.ts';
import type { SiteData } from '../content/site-data.ts';

type PhaseGroups = { phase: (typeof phases)[number]; studies: CaseStudy[]; count: number }[];
type CaseStudy = SiteData['caseStudies'][number];

/**
 * Made once per theme in a build: every page of a theme's list shows its phases, and going through
 * the theme's case studies again on each of its pages made the build's time grow with the square
 * of the entries.
 */
const made = new WeakMap<SiteData, Map<string, PhaseGroups>>();

/** The phases that have case studies on a theme, each with them. */
export function themePhases(data: SiteData, themeId: string): PhaseGroups {
  let byTheme = made.get(data);
  if (!byTheme) made.set(data, (byTheme = new Map()));
  let groups = byTheme.get(themeId);
  if (!groups) {
    const onTheme = data.graph.caseStudiesByTheme(themeId);
    groups = phases
      .map((phase) => {
        const studies = onTheme.filter((study) => study.data.phase.includes(phase.id));
        return { phase, studies, count: studies.length };
      })
      .filter((group) => group.count > 0);
    byTheme.set(themeId, groups);
  }
  return groups;
}
