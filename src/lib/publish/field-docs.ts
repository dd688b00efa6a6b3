/** Turns a collection's JSON Schema into rows for the contributor reference: one row per field. */
import type { JsonSchema } from './json-schema.ts';

export interface FieldRow {
  /** e.g. impact[].cohort */
  path: string;
  required: boolean;
  accepts: string;
  description: string;
}

const list = (values: unknown[]) => values.map((value) => `${String(value)}`).join(', ');

const ID_PATTERN_SOURCE = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';

/** Larger bounds are zod's "any safe integer", not a rule a contributor needs to know. */
const meaningful = (bound: number | undefined): bound is number => bound !== undefined && Math.abs(bound) < 1e6;

function numberRange(schema: JsonSchema): string {
  const { minimum, maximum } = schema;
  const exclusiveMinimum = schema['exclusiveMinimum'] as number | undefined;
  if (meaningful(minimum) && meaningful(maximum)) return ` from ${minimum} to ${maximum}`;
  if (meaningful(exclusiveMinimum)) return ` above ${exclusiveMinimum}`;
  if (meaningful(minimum)) return ` of ${minimum} or more`;
  return '';
}

/** What each item of a list is, in the plural: "ids", "items with the fields below". */
function itemsOf(items: JsonSchema | undefined): string {
  if (!items) return ' of values';
  if (items.type === 'object') return ' of items with the fields below';
  if (items.enum) return ` of: ${list(items.enum)}`;
  if (items.type === 'string' && items.pattern === ID_PATTERN_SOURCE) return ' of ids';
  return ` of ${accepts(items)}`;
}

function listOf(schema: JsonSchema): string {
  const count = schema.minItems
    ? ` (at least ${schema.minItems}${schema.maxItems ? `, at most ${schema.maxItems}` : ''})`
    : '';
  return `a list${count}${itemsOf(schema.items)}`;
}

/** What to write for a field whose JSON Schema type is a list, e.g. ["number", "null"]. */
const anyType = (schema: JsonSchema, types: string[]) =>
  types.map((type) => accepts({ ...schema, type })).join(', or ');

/** What to write for a field, in words, from its JSON Schema: the reference page's "What to write". */
export function accepts(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(accepts).join(', or ');
  if (Array.isArray(schema.type)) return anyType(schema, schema.type);
  if (schema.enum) return `one of: ${list(schema.enum)}`;
  if (schema.format === 'date') return 'a date, YYYY-MM-DD';
  if (schema.format === 'uri') return 'a web address, https://…';
  if (schema.format === 'email') return 'an email address';
  switch (schema.type) {
    case 'string': {
      const limits =
        schema.minLength && schema.maxLength ? ` (${schema.minLength} to ${schema.maxLength} characters)` : '';
      return schema.pattern === ID_PATTERN_SOURCE ? 'an id' : `text${limits}`;
    }
    case 'integer':
      return `a whole number${numberRange(schema)}`;
    case 'number':
      return `a number${numberRange(schema)}`;
    case 'boolean':
      return 'true or false';
    case 'array':
      return listOf(schema);
    case 'object':
      return 'the fields below';
    case 'null':
      // YAML reads the word null as "no value", and a contributor has to know to write it.
      return 'null (write the word null)';
    default:
      return 'any value';
  }
}

export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const objectSchema = schema.type === 'array' && schema.items ? schema.items : schema;
  const required = new Set(objectSchema.required ?? []);
  return Object.entries(objectSchema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const row: FieldRow = {
      path,
      required: required.has(name) && field.default === undefined,
      accepts: accepts(field),
      description: field.description ?? field.items?.description ?? '',
    };
    const nested =
      field.type === 'array' && field.items?.type === 'object'
        ? fieldRows(field.items, `${path}[].`)
        : field.type === 'object'
          ? fieldRows(field, `${path}.`)
          : [];
    return [row, ...nested];
  });
}
