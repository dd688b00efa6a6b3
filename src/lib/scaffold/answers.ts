/** Turns what someone typed, as a flag or at a prompt, into the value a field holds. */
import { findPersonalDataInField } from '../body/personal-data.ts';
import type { Choice, Question } from './questions.ts';

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

/** How to answer a question with choices, said in its prompt. */
export const HOW_TO_CHOOSE = {
  choice: 'Type a number or a name from the list.',
  choices: 'Type a number or a name from the list; for several, separate them with commas.',
};

function number(question: Question, text: string): Converted {
  if (question.nullable && /^(unknown|null|)$/i.test(text)) return { value: null };
  const value = Number(text);
  return text === '' || Number.isNaN(value) ? { error: 'must be a number' } : { value };
}

function boolean(text: string): Converted {
  if (/^(y|yes|true)$/i.test(text)) return { value: true };
  if (/^(n|no|false)$/i.test(text)) return { value: false };
  return { error: 'must be yes or no' };
}

const words = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The words of a name as an id would write them: "South West" is south-west. */
const asId = (text: string) => words(text).replace(/[\s_]+/g, '-');

/** The choice meant by one pick: its number in the list shown, its id or its title, in any case. */
export function choiceFor(choices: readonly Choice[], pick: string): Choice | undefined {
  if (/^\d+$/.test(pick.trim())) return choices[Number(pick) - 1];
  const wanted = words(pick);
  return (
    choices.find((choice) => choice.id.toLowerCase() === wanted || words(choice.title) === wanted) ??
    choices.find((choice) => choice.id === asId(pick))
  );
}

/**
 * The ids picked. Commas (or semicolons) separate picks, since titles have spaces in them; spaces
 * separate them too when every word is an id or a number ("1 3", "reading oracy"), as they always
 * have. A pick that matches nothing is left for the schema to refuse with its "did you mean": as
 * typed, or as an id when it is several words, so "Oak Hill Trust" is named as the trust
 * oak-hill-trust that does not exist rather than as an id written wrongly.
 */
function picks(choices: readonly Choice[], text: string): string[] {
  return listItems(text, /[,;]/).flatMap((item) => {
    const whole = choiceFor(choices, item);
    if (whole) return [whole.id];
    const each = item.split(/\s+/).map((part) => choiceFor(choices, part)?.id);
    if (each.length === 1) return [item];
    return each.every((id) => id !== undefined) ? each : [asId(item)];
  });
}

function choices(question: Question, text: string): Converted {
  const ids = picks(question.choices ?? [], text);
  if (question.kind === 'choices') return { value: ids };
  return ids.length > 1 ? { error: 'must be just one from the list' } : { value: ids[0] ?? '' };
}

/**
 * The personal data in a piece of prose, by the checker's own rules, in the checker's words: a
 * scaffolded file must not be refused by `npm run check` for what was typed into it.
 */
export function personalDataIn(question: Question, value: unknown): string | undefined {
  if (!['text', 'list'].includes(question.kind)) return undefined;
  for (const text of [value].flat()) {
    const [finding] = typeof text === 'string' ? findPersonalDataInField(question.path.at(-1), text) : [];
    if (finding) return `${finding.message} ${finding.fix}`;
  }
  return undefined;
}

/** The value of one answer; an error is the end of a sentence that starts with the flag or "That answer". */
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

/** An error that says what is wrong with a value ("must be…", "is required") rather than a whole sentence. */
const PREDICATE = /^(?:is|are|must|needs?|can|cannot|has|have|should)\b/;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const stopped = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** An error as a sentence on its own, for the prompt: "That answer must be a number." */
export function sentence(error: string): string {
  return stopped(PREDICATE.test(error) ? `That answer ${error}` : capitalised(error));
}

/** An error about a flag: "--duration must be a number", "--summary: This looks like a phone number…". */
export function flagProblem(flag: string, error: string): string {
  return PREDICATE.test(error) || error.startsWith('"') ? `--${flag} ${error}` : `--${flag}: ${capitalised(error)}`;
}
