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

function accepts(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(accepts).join(', or ');
  if (schema.enum) return `one of: ${list(schema.enum)}`;
  if (schema.format === 'date') return 'a date, YYYY-MM-DD';
  if (schema.format === 'uri') return 'a web address, https://…';
  if (schema.format === 'email') return 'an email address';
  switch (schema.type) {
    case 'string': {
      const limits =
        schema.minLength && schema.maxLength ? ` (${schema.minLength} to ${schema.maxLength} characters)` : '';
      return schema.pattern === '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$' ? 'an id' : `text${limits}`;
    }
    case 'integer':
    case 'number': {
      const whole = schema.type === 'integer' ? 'a whole number' : 'a number';
      const range =
        schema.minimum !== undefined && schema.maximum !== undefined && Math.abs(schema.maximum) < 1e6
          ? ` from ${schema.minimum} to ${schema.maximum}`
          : '';
      return `${whole}${range}`;
    }
    case 'boolean':
      return 'true or false';
    case 'array': {
      const count = schema.minItems
        ? ` (at least ${schema.minItems}${schema.maxItems ? `, at most ${schema.maxItems}` : ''})`
        : '';
      return `a list${count} of ${schema.items ? (schema.items.type === 'object' ? 'items with the fields below' : accepts(schema.items)) : 'values'}`;
    }
    case 'object':
      return 'the fields below';
    default:
      return Array.isArray(schema.type) ? schema.type.join(' or ') : 'a value';
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
