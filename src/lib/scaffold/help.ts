/**
 * The text of `npm run new -- --help`: every flag with its field's .describe() text and, where
 * the field takes ids or fixed values, the values it accepts, taken from the same lists the
 * questions offer (the content folders and the schema modules).
 */
import { descriptionAt } from '../analysis/schema-shape.ts';
import { plainReference } from '../../schemas/common.ts';
import { collectionSpec } from '../../schemas/index.ts';
import { kinds, questionsFor, type Kind, type KnownEntries, type Question } from './questions.ts';

/** More values than this are cut short, with a pointer to where the rest are. */
export const VALUES_SHOWN = 20;

/** The accepted values of a question with choices, cut short after VALUES_SHOWN. */
export function allowedValues(question: Question): string | undefined {
  const ids = (question.choices ?? []).map((choice) => choice.id);
  if (ids.length === 0) return undefined;
  const shown = ids.slice(0, VALUES_SHOWN).join(', ');
  const more = ids.length - VALUES_SHOWN;
  if (more <= 0) return shown;
  return `${shown} and ${more} more${question.listedIn ? `; see ${question.listedIn}` : ''}`;
}

/** How to write the answer, when it is not a single piece of text. */
function answerFormat(question: Question): string | undefined {
  const none = question.optional ? ', or [] for none' : '';
  const values = allowedValues(question);
  if (question.kind === 'choice' && values) return `One of: ${values}`;
  if (question.kind === 'choices') return `Separated by commas${none}${values ? `. Allowed: ${values}` : ''}`;
  if (question.kind === 'list') return `Separated by semicolons${none}`;
  if (question.kind === 'boolean') return 'Write yes or no';
  if (question.nullable) return 'Write a number, or unknown';
  return undefined;
}

function flagLines(question: Question, description: string | undefined): string[] {
  const required = question.optional || question.fallback !== undefined ? '' : ' (required)';
  const format = answerFormat(question);
  return [`  --${question.flag}${required}  ${description ?? question.label}`, ...(format ? [`      ${format}`] : [])];
}

function kindLines(kind: Kind, known: KnownEntries): string[] {
  const schema = collectionSpec(kinds[kind].collection).schema(plainReference);
  return [
    `${kind} flags:`,
    ...questionsFor(kind, known).flatMap((question) => flagLines(question, descriptionAt(schema, question.path))),
    '  --id  the file name, if not made from the title',
    '',
  ];
}

/** The help for one kind, or for every kind when `kind` is undefined. */
export function usage(kind: Kind | undefined, known: KnownEntries): string {
  return [
    'Usage: npm run new                             (asks a question for each field)',
    '       npm run new -- <kind> --flag value …    (writes the file from the flags, asking nothing)',
    '       npm run new -- [<kind>] --help          (shows this help)',
    '',
    `Kinds: ${Object.keys(kinds).join(', ')}`,
    '',
    ...(kind ? [kind] : (Object.keys(kinds) as Kind[])).flatMap((name) => kindLines(name, known)),
  ].join('\n');
}
