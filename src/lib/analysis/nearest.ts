import type { z } from 'astro/zod';

/** Suggestions for a misspelt id or field name: the closest known names by edit distance. */
export function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Up to `count` known names, closest first; a name that contains the other counts as close. */
export function nearest(name: string, known: Iterable<string>, count = 3): string[] {
  const score = (candidate: string) =>
    candidate.includes(name) || name.includes(candidate)
      ? Math.min(1, distance(name, candidate))
      : distance(name, candidate);
  return [...known]
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map((entry) => entry.candidate);
}

/** The one close match worth offering as "did you mean", if any. */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  const [best] = nearest(name, known, 1);
  if (best === undefined) return undefined;
  return distance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(name.length / 3))
    ? best
    : undefined;
}

/**
 * The option of a fixed list most likely meant by what was written: the words an id stands for
 * ("North East" for north-east), or words only one id has ("Yorkshire" for
 * yorkshire-and-the-humber), or else a close spelling. Nothing when several fit ("West").
 */
export function optionFor(written: string, options: readonly string[]): string | undefined {
  const words = written
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (words === '') return undefined;
  if (options.includes(words)) return words;
  const having = options.filter((option) => words.split('-').every((word) => option.split('-').includes(word)));
  if (having.length > 0) return having.length === 1 ? having[0] : undefined;
  return didYouMean(words, options);
}

/** For a value not among a field's options, the option most likely meant (a parse made with `reportInput: true`). */
export function optionMeant(issue: z.core.$ZodIssue): string | undefined {
  return issue.code === 'invalid_value' && typeof issue.input === 'string'
    ? optionFor(issue.input, issue.values.map(String))
    : undefined;
}
