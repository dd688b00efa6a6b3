import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allJsonSchemas } from '../../../src/lib/publish/json-schema.ts';
import { site } from '../../../src/lib/site.ts';

describe('JSON Schema files', () => {
  it.each(allJsonSchemas(site.url).map(({ file, schema }) => [file, schema] as const))(
    'schemas/%s is current (run npm run schemas after changing a schema module)',
    (file, schema) => {
      const committed = JSON.parse(readFileSync(new URL(`../../../schemas/${file}`, import.meta.url), 'utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    },
  );

  it('describes every field for contributors and refuses unknown fields', () => {
    const [caseStudy] = allJsonSchemas(site.url);
    const properties = caseStudy!.schema.properties!;
    for (const [name, property] of Object.entries(properties)) expect(property.description, name).toBeTruthy();
    expect(caseStudy!.schema['additionalProperties']).toBe(false);
    expect(properties['published']).toMatchObject({ type: 'string', format: 'date' });
    expect(caseStudy!.schema.required).toEqual(expect.arrayContaining(['title', 'trust', 'impact', 'region']));
  });
});
