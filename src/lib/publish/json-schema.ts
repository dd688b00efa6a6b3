/**
 * JSON Schema for each collection, generated from the zod modules: for editors that autocomplete
 * frontmatter, for the open data, and for the contributor reference page.
 */
import { z } from 'astro/zod';
import { plainReference } from '../../schemas/common.ts';
import { collectionSpecs, type CollectionSpec } from '../../schemas/index.ts';

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  [key: string]: unknown;
};

export const schemaFileName = (spec: CollectionSpec) => `${spec.route}.schema.json`;

export function jsonSchemaFor(spec: CollectionSpec, site: string): JsonSchema {
  const schema = spec.extension ? spec.schema(plainReference) : z.array(spec.schema(plainReference));
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      // Dates are written YYYY-MM-DD in YAML.
      if ((context.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'date') {
        context.jsonSchema['type'] = 'string';
        context.jsonSchema['format'] = 'date';
      }
    },
  }) as JsonSchema;
  return {
    ...generated,
    $id: `${site.replace(/\/$/, '')}/schemas/${schemaFileName(spec)}`,
    title: spec.extension ? spec.label.singular : spec.label.plural,
    description: `The ${spec.extension ? 'frontmatter of a file in' : 'entries of'} content/${spec.path}${spec.extension ? '/' : ''} of School Improvement Commons.`,
  };
}

export const allJsonSchemas = (site: string) =>
  collectionSpecs.map((spec) => ({ spec, file: schemaFileName(spec), schema: jsonSchemaFor(spec, site) }));
