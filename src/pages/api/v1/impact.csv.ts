import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/content/site-data.ts';
import { toCsv } from '../../../lib/publish/csv.ts';
import { isoDate } from '../../../lib/text/dates.ts';
import { site } from '../../../lib/site.ts';
import { entryPage } from '../../../schemas/index.ts';

/** Every impact measure of every case study, one row each, for people who work in spreadsheets. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const rows = data.caseStudies.flatMap((study) =>
    study.data.impact.map((measure) => [
      study.id,
      study.data.title,
      data.trust.get(study.data.trust.id)?.data.name ?? study.data.trust.id,
      study.data.phase.join(';'),
      study.data.region,
      study.data.themes.map((ref) => ref.id).join(';'),
      measure.measure,
      measure.unit,
      measure.baseline,
      measure.result,
      Math.round((measure.result - measure.baseline) * 100) / 100,
      measure.cohort,
      isoDate(measure.from),
      isoDate(measure.to),
      measure.source,
      study.data.review,
      study.data.licence,
      new URL(entryPage('caseStudies', study.id), site.url).href,
      // Added after the first release, so at the end: spreadsheets that read columns by position keep working.
      study.data.writtenBy,
      measure.better ?? '',
      measure.note ?? '',
    ]),
  );
  const header = [
    'case_study',
    'title',
    'trust',
    'phase',
    'region',
    'themes',
    'measure',
    'unit',
    'baseline',
    'result',
    'change',
    'cohort',
    'from',
    'to',
    'source',
    'review',
    'licence',
    'url',
    'written_by',
    'better',
    'note',
  ];
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
