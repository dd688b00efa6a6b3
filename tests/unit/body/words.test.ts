import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../src/lib/body/parse.ts';
import { bodyWordCount } from '../../../src/lib/body/words.ts';
import { SHORT_BODY_WORDS } from '../../../src/lib/analysis/analyse.ts';
import { bodyTemplates } from '../../../src/lib/scaffold/questions.ts';

const words = (source: string, limit?: number) => bodyWordCount(parseBody(source, 0), limit);

describe('counting the words of prose in a body', () => {
  it('does not count an unfilled template: its comments and ## marks', () => {
    const template = [
      '## Context',
      '',
      '{/* Describe your schools: how many, which phases, where, and the pupils they serve. */}',
      '',
      '## What we did',
      '',
      '{/* Say what you changed, who did it, and how long it took. Be specific about the approach. */}',
    ].join('\n');
    expect(words(template)).toBe(4);
  });

  it.each(Object.entries(bodyTemplates))('counts an unfilled %s from npm run new as a short body', (_kind, body) => {
    expect(words(body)).toBeLessThan(SHORT_BODY_WORDS);
  });

  it('counts prose in paragraphs, lists, tables, quotes and components', () => {
    expect(words('One two three.\n\n- four\n- five\n\n> six seven')).toBe(7);
    expect(words('| a | b |\n|---|---|\n| c | d |')).toBe(4);
    expect(words('<Callout type="tip" title="Not counted">\nEight nine.\n</Callout>')).toBe(2);
  });

  it('counts a word written across inline formatting once, and links by their text', () => {
    expect(words('un*believ*able **results** with [the report](https://example.org/a-long-address)')).toBe(5);
  });

  it('leaves out code, expressions and alt text', () => {
    expect(words('Intro\n\n```\nconst many = words.in(code);\n```\n\nUse `npm run new` here.')).toBe(3);
    expect(words('Before{/* a comment */}after ![A chart of many words](/images/chart.png)')).toBe(2);
  });

  it('stops at the limit it is given', () => {
    expect(words('word '.repeat(1000), 80)).toBe(80);
    expect(words('word '.repeat(10), 80)).toBe(10);
  });

  it('counts a body nested far deeper than the rules allow, without running out of stack', () => {
    expect(words('>'.repeat(10_000) + ' Deep words')).toBe(2);
  });
});
