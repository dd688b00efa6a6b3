/** Combinations of facets that have their own browse pages. */
import { phases } from '../../schemas/phases.ts';
import type { SiteData } from '../content/site-data.ts';

/** The phases that have case studies on a theme, each with them. */
export function themePhases(data: SiteData, themeId: string) {
  const onTheme = data.graph.caseStudiesByTheme(themeId);
  return phases
    .map((phase) => {
      const studies = onTheme.filter((study) => study.data.phase.includes(phase.id));
      return { phase, studies, count: studies.length };
    })
    .filter((group) => group.count > 0);
}
