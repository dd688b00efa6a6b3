import { describe, expect, it } from 'vitest';
import { barShare, impactChange, impactScale, impactValue, workYears } from '../../../src/lib/display/impact.ts';

const measure = (unit: string, baseline: number, result: number, cohort: number) =>
  ({ unit, baseline, result, cohort }) as Parameters<typeof impactScale>[0];

describe('impact figures', () => {
  it('draws a number of the cohort\u2019s pupils against the cohort, and says so', () => {
    const english = measure('pupils', 0, 6, 10);
    const maths = measure('pupils', 0, 3, 7);
    expect(barShare(english, 6)).toBeCloseTo(0.6);
    expect(barShare(maths, 3)).toBeCloseTo(3 / 7);
    expect(impactValue(english, 6)).toBe('6 of 10');
    expect(impactChange(english)).toBe('+6');
  });

  it('draws any other count against the larger figure, without "of", even when it is below the cohort', () => {
    const suspensions = measure('count', 148, 51, 1028);
    expect(impactScale(suspensions)).toBe(148);
    expect(impactValue(suspensions, 148)).toBe('148');
    expect(impactScale(measure('count', 40, 12, 25))).toBe(40);
  });

  it('draws a percentage against 100 and other units against the larger figure', () => {
    expect(barShare(measure('percent', 16, 4.96, 1028), 16)).toBeCloseTo(0.16);
    expect(impactScale(measure('days', 12, 8, 30))).toBe(12);
    expect(impactScale(measure('score', -0.3, 0.2, 30))).toBe(0.3);
    expect(impactScale(measure('score', 0, 0, 30))).toBe(1);
  });

  it('gives a change only as precisely as the less precise of its two figures', () => {
    expect(impactChange(measure('percent', 16, 4.96, 1028))).toBe('\u221211 pts');
    expect(impactChange(measure('percent', 18.5, 21.25, 60))).toBe('+2.8 pts');
    expect(impactChange(measure('percent', 52.25, 71.75, 60))).toBe('+19.5 pts');
    expect(impactChange(measure('score', 0.3, -0.25, 30))).toBe('\u22120.6');
    expect(impactChange(measure('days', 12, 12.4, 30))).toBe('0 days');
    expect(impactChange(measure('count', 148, 51, 1028))).toBe('\u221297');
  });
});

describe('the years of the work', () => {
  const period = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

  it('runs from the earliest baseline to the latest result', () => {
    expect(workYears([period('2015-09-01', '2016-07-31'), period('2014-09-01', '2017-07-31')])).toBe('2014\u20132017');
  });

  it('is one year when the work is within one', () => {
    expect(workYears([period('2023-01-09', '2023-07-14')])).toBe('2023');
  });
});
