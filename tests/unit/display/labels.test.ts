import { describe, expect, it } from 'vitest';
import { formatMonths, plural } from '../../../src/lib/display/labels.ts';

describe('counts in words', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(plural(1, 'case study', 'case studies')).toBe('1 case study');
    expect(plural(0, 'case study', 'case studies')).toBe('0 case studies');
    expect(plural(2, 'playbook')).toBe('2 playbooks');
    expect(plural(1028, 'pupil')).toBe('1,028 pupils');
    expect(formatMonths(1)).toBe('+1 month');
    expect(formatMonths(-3)).toBe('\u22123 months');
  });
});
