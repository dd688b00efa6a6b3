import { describe, expect, it } from 'vitest';
import { teaser } from '../../../src/lib/display/teaser.ts';

describe('teaser', () => {
  it('leaves a short text whole', () => {
    const text = 'A Manchester-based charity whose tutors give small-group tuition in partner schools.';
    expect(teaser(text)).toBe(text);
  });

  it('cuts a long text after a whole word, drops the punctuation before the cut and adds an ellipsis', () => {
    const text =
      'Pupils read aloud with a partner every morning for eight weeks, and teachers checked fluency each fortnight with a short timed passage, recorded carefully in a shared tracker.';
    expect(teaser(text)).toBe(
      'Pupils read aloud with a partner every morning for eight weeks, and teachers checked fluency each fortnight with a short timed passage\u2026',
    );
  });
});
