/** Turns what someone typed, as a flag or at a prompt, into the value a field holds. */
import type { Question } from './questions.ts';

export type Converted = { value: unknown; error?: undefined } | { value?: undefined; error: string };

/**
 * The items of a list answer. `[]` and nothing at all are the empty list, and brackets around the
 * items are dropped, because the field descriptions say "write [] if none" in the file's own YAML
 * and people type what they read.
 */
export function listItems(text: string, separator: RegExp): string[] {
  const inner = text.trim().replace(/^\[(.*)\]$/s, '$1');
  return inner
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

function number(question: Question, text: string): Converted {
  if (question.nullable && /^(unknown|null|)$/i.test(text)) return { value: null };
  const value = Number(text);
  return text === '' || Number.isNaN(value) ? { error: 'must be a number' } : { value };
}

function boolean(text: string): Converted {
  if (/^(y|yes|true)$/i.test(text)) return { value: true };
  if (/^(n|no|false)$/i.test(text)) return { value: false };
  return { error: 'answer yes or no' };
}

/** Choices may be given by id or by their number in the list the prompt shows. */
function choices(question: Question, text: string): Converted {
  const ids = listItems(text, /[,\s]+/).map((pick) =>
    /^\d+$/.test(pick) ? (question.choices?.[Number(pick) - 1]?.id ?? pick) : pick,
  );
  return { value: question.kind === 'choice' ? (ids[0] ?? '') : ids };
}

/** The value of one answer; an error is the end of a sentence that starts with the flag or "That". */
export function convert(question: Question, raw: string): Converted {
  const text = raw.trim();
  switch (question.kind) {
    case 'number':
    case 'integer':
      return number(question, text);
    case 'boolean':
      return boolean(text);
    case 'choice':
    case 'choices':
      return choices(question, text);
    case 'list':
      // Authors' names contain commas ("Surname, I."), so their list is separated by semicolons.
      return { value: listItems(text, /;/) };
    default:
      return { value: text };
  }
}
