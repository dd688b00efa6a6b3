import { describe, expect, it } from 'vitest';
import { plainReference } from '../../../src/schemas/common.ts';
import { playbookSchema } from '../../../src/schemas/playbook.ts';
import { fixtureData, withChange } from '../fixtures.ts';
import { expectIssue, firstIssue } from '../schema-helpers.ts';

const schema = playbookSchema(plainReference);
const valid = fixtureData('valid/playbook.mdx');
const steps = valid['steps'] as { stage: string }[];

describe('playbook schema', () => {
  it('accepts the valid fixture', () => {
    expect(firstIssue(schema, valid)).toBeUndefined();
  });

  it('names every stage the steps leave out', () => {
    const withoutBrokerOrReview = steps.filter((step) => step.stage !== 'broker' && step.stage !== 'review');
    expectIssue(
      schema,
      withChange(valid, ['steps'], withoutBrokerOrReview),
      'steps',
      /add a step for: broker, review$/,
    );
  });

  it.each([
    ['fewer than three steps', ['steps'], steps.slice(0, 2), 'steps', /at least 3/],
    ['an unknown stage', ['steps', 0, 'stage'], 'plan', 'steps.0.stage', /is not allowed\. Use one of:/],
    ['a version that is not semver', ['version'], 'v2', 'version', /such as 1.0.0/],
    ['an unknown audience', ['audience', 0], 'parent', 'audience.0', /is not allowed\. Use one of:/],
    ['a step with an unknown field', ['steps', 0, 'owner'], 'Head', 'steps.0', /does not use: owner/],
  ] as const)('refuses %s', (_name, path, value, issuePath, message) => {
    expectIssue(schema, withChange(valid, [...path], value), issuePath, message);
  });
});
