/**
 * Every collection, loaded once per build, with the link graph. Pages read content through
 * here so that a broken reference fails the build wherever it is first noticed.
 */
import { getCollection } from 'astro:content';
import { refusal } from './file-error.ts';
import { buildGraph, missingReferenceProblems } from './graph.ts';

async function load() {
  const [caseStudies, evidence, playbooks, trusts, themes] = await Promise.all([
    getCollection('caseStudies'),
    getCollection('evidence'),
    getCollection('playbooks'),
    getCollection('trusts'),
    getCollection('themes'),
  ]);
  caseStudies.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
  evidence.sort((a, b) => a.data.title.localeCompare(b.data.title));
  playbooks.sort((a, b) => a.data.title.localeCompare(b.data.title));
  trusts.sort((a, b) => a.data.name.localeCompare(b.data.name));
  themes.sort((a, b) => a.data.title.localeCompare(b.data.title));
  const graph = buildGraph({ caseStudies, evidence, playbooks, trusts, themes });
  if (graph.missing.length > 0) {
    throw refusal(missingReferenceProblems(graph.missing, graph), new Error('Some content refers to entries that do not exist'));
  }
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]));
  return {
    caseStudies,
    evidence,
    playbooks,
    trusts,
    themes,
    graph,
    trust: byId(trusts),
    theme: byId(themes),
    evidenceById: byId(evidence),
    playbook: byId(playbooks),
    caseStudy: byId(caseStudies),
  };
}

let cached: ReturnType<typeof load> | undefined;

// In dev the content changes under us, so only a build keeps the first load.
export const siteData = () => (import.meta.env.DEV ? load() : (cached ??= load()));
export type SiteData = Awaited<ReturnType<typeof load>>;
