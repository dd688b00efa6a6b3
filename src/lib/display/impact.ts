/**
 * How an impact measure is drawn and written: one place, so the chart and the table that carries
 * the same figures always agree.
 */
import type { z } from 'astro/zod';
import type { impactSchema } from '../../schemas/case-study.ts';
import { formatValue } from './labels.ts';

type Measure = Pick<z.output<typeof impactSchema>, 'unit' | 'baseline' | 'result' | 'cohort'>;

/** Whether a measure is a number of the cohort's pupils ("6 of 10"), as its unit says. */
export const countsPupils = (measure: Measure): boolean => measure.unit === 'pupils';

/**
 * What a full-length bar stands for: 100 for a percentage, the cohort for a count of its pupils,
 * otherwise the larger of the two figures.
 */
export function impactScale(measure: Measure): number {
  if (measure.unit === 'percent') return 100;
  if (countsPupils(measure)) return measure.cohort;
  return Math.max(Math.abs(measure.baseline), Math.abs(measure.result)) || 1;
}

/** A bar's length as a share of the full length, 0 to 1. */
export const barShare = (measure: Measure, value: number): number =>
  Math.min(1, Math.abs(value) / impactScale(measure));

/** A figure as the chart and the table write it: "18.5%", "12 days", "6 of 10". */
export function impactValue(measure: Measure, value: number): string {
  const figure = formatValue(value, measure.unit);
  return countsPupils(measure) ? `${figure} of ${measure.cohort.toLocaleString('en-GB')}` : figure;
}

/** How many decimal places a figure was given to: 16 has none, 4.96 has two. */
const decimalPlaces = (value: number): number => (String(value).split('.')[1] ?? '').length;

/**
 * The change from baseline to result, signed: "+6", "\u22123.5 pts" (a change in a percentage is in
 * points). It is given only as precisely as the less precise figure: 16% to 4.96% is "\u221211 pts",
 * since a "16%" reported in whole numbers could be anything from 15.5% to 16.5%.
 */
export function impactChange(measure: Measure): string {
  const factor = 10 ** Math.min(decimalPlaces(measure.baseline), decimalPlaces(measure.result));
  const difference = measure.result - measure.baseline;
  // Rounded as a size, then signed, so a fall rounds the same way as a rise of the same size.
  const size = Math.round(Math.abs(difference) * factor) / factor;
  const sign = size === 0 ? '' : difference > 0 ? '+' : '\u2212';
  return `${sign}${formatValue(size, measure.unit === 'percent' ? 'points' : measure.unit)}`;
}

/**
 * The years the measured work spans, "2015–2017" or "2023": from the earliest baseline to the
 * latest result. A card shows it, so that work from years ago is not read as this year's.
 */
export function workYears(measures: readonly { from: Date; to: Date }[]): string {
  const first = Math.min(...measures.map((measure) => measure.from.getUTCFullYear()));
  const last = Math.max(...measures.map((measure) => measure.to.getUTCFullYear()));
  return first === last ? String(first) : `${first}\u2013${last}`;
}
