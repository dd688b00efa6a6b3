import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/check/analyse.ts';

describe('counting the words of a body', () => {
  it('counts runs of characters between any kind of space', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one\ttwo\nthree\u00a0four\u2003five  ')).toBe(5);
    expect(countWords('## Context\n\n- a list item, with words.')).toBe(8);
  });

  it('stops at the limit it is given', () => {
    expect(countWords('word '.repeat(1000), 80)).toBe(80);
    expect(countWords('word '.repeat(10), 80)).toBe(10);
  });
});
