import { describe, expect, it } from 'vitest';
import { barShare, impactChange, impactScale, impactValue } from '../../src/lib/impact.ts';

const measure = (unit: string, baseline: number, result: number, cohort: number) =>
  ({ unit, baseline, result, cohort }) as Parameters<typeof impactScale>[0];

describe('impact figures', () => {
  it('draws a count of pupils against the cohort, and says so', () => {
    const english = measure('count', 0, 6, 10);
    const maths = measure('count', 0, 3, 7);
    expect(barShare(english, 6)).toBeCloseTo(0.6);
    expect(barShare(maths, 3)).toBeCloseTo(3 / 7);
    expect(impactValue(english, 6)).toBe('6 of 10');
    expect(impactValue(measure('count', 148, 51, 1028), 148)).toBe('148 of 1,028');
    expect(impactChange(english)).toBe('+6');
  });

  it('draws a count above its cohort against the larger figure, without "of"', () => {
    const incidents = measure('count', 40, 12, 25);
    expect(impactScale(incidents)).toBe(40);
    expect(impactValue(incidents, 40)).toBe('40');
  });

  it('draws a percentage against 100 and other units against the larger figure', () => {
    expect(barShare(measure('percent', 16, 4.96, 1028), 16)).toBeCloseTo(0.16);
    expect(impactChange(measure('percent', 16, 4.96, 1028))).toBe('\u221211.04 pts');
    expect(impactScale(measure('days', 12, 8, 30))).toBe(12);
    expect(impactScale(measure('score', -0.3, 0.2, 30))).toBe(0.3);
    expect(impactScale(measure('score', 0, 0, 30))).toBe(1);
  });
});
