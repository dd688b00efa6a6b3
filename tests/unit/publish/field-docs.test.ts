import { describe, expect, it } from 'vitest';
import { accepts, fieldRows } from '../../../src/lib/publish/field-docs.ts';
import { allJsonSchemas } from '../../../src/lib/publish/json-schema.ts';
import { site } from '../../../src/lib/site.ts';

const ID = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';

describe('"What to write" on the contributor reference', () => {
  it('says how to write null, and says what each kind of value is in plain words', () => {
    const nullable = { anyOf: [{ type: 'number', minimum: -12, maximum: 12 }, { type: 'null' }] };
    expect({
      nullable: accepts(nullable),
      typeList: accepts({ type: ['integer', 'null'] }),
      ids: accepts({ type: 'array', items: { type: 'string', pattern: ID } }),
      choices: accepts({ type: 'array', minItems: 1, items: { type: 'string', enum: ['a', 'b'] } }),
      above: accepts({ type: 'integer', exclusiveMinimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
      atLeast: accepts({ type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
      anything: accepts({}),
    }).toMatchInlineSnapshot(`
      {
        "above": "a whole number above 0",
        "anything": "any value",
        "atLeast": "a whole number of 1 or more",
        "choices": "a list (at least 1) of: a, b",
        "ids": "a list of ids",
        "nullable": "a number from -12 to 12, or null (write the word null)",
        "typeList": "a whole number, or null (write the word null)",
      }
    `);
  });

  it('tells evidence writers to write null for an unknown impact', () => {
    const evidence = allJsonSchemas(site.url).find(({ spec }) => spec.route === 'evidence')!;
    const impactMonths = fieldRows(evidence.schema).find((row) => row.path === 'impactMonths');
    expect(impactMonths?.accepts).toBe('a number from -12 to 12, or null (write the word null)');
  });

  it('never falls back to a vague "a value" for any field of any kind of entry', () => {
    for (const { schema } of allJsonSchemas(site.url)) {
      for (const row of fieldRows(schema)) expect(row.accepts, row.path).not.toMatch(/\b(a|any) value\b/);
    }
  });
});
