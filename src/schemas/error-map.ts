/**
 * Zod's issues in words a contributor understands. Messages set on a field in a schema module
 * win over these; this map covers everything else. The site's build and the checker both use it.
 */
import { z } from 'astro/zod';
import { plural } from '../lib/text/plural.ts';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
  null: 'null',
};

const describeInput = (input: unknown): string => {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'object') return 'a group of fields';
  if (typeof input === 'string') return `"${input}"`;
  return String(input);
};


export const friendlyErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      // "evidence:" with nothing after it, which YAML reads as null: a word contributors never wrote.
      if (issue.input === null) return `is empty: it must be ${typeNames[issue.expected] ?? issue.expected}`;
      return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${describeInput(issue.input)}`;
    case 'too_small': {
      const min = issue.minimum;
      const exclusive = issue.inclusive === false;
      if (issue.origin === 'array') return `needs at least ${plural(min, 'item')}`;
      if (issue.origin === 'string') return `must be at least ${plural(min, 'character')} long`;
      if (issue.origin === 'date') return `must be on or after ${String(min)}`;
      return exclusive ? `must be greater than ${min}` : `must be at least ${min}`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'array') return `can have at most ${plural(max, 'item')}`;
      if (issue.origin === 'string') return `must be at most ${plural(max, 'character')} long`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `is required. Use one of: ${issue.values.map(String).join(', ')}`;
      return `${describeInput(issue.input)} is not allowed. Use one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this kind of entry does not use: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `is not in the right format (${issue.format})`;
    case 'invalid_union':
      return `is not in a form this field accepts`;
    default:
      return undefined;
  }
};

/** Installs the map for every parse, including the one Astro runs when it loads content. */
export const useFriendlyErrors = () => z.config({ customError: friendlyErrorMap });
