/**
 * How an impact measure is drawn and written: one place, so the chart and the table that carries
 * the same figures always agree.
 */
import type { z } from 'astro/zod';
import type { impactSchema } from '../schemas/case-study.ts';
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

/** The change from baseline to result, signed: "+6", "\u22123.5 pts" (a change in a percentage is in points). */
export function impactChange(measure: Measure): string {
  const difference = Math.round((measure.result - measure.baseline) * 100) / 100;
  const sign = difference > 0 ? '+' : difference < 0 ? '\u2212' : '';
  return `${sign}${formatValue(Math.abs(difference), measure.unit === 'percent' ? 'points' : measure.unit)}`;
}
