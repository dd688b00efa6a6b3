import { describe, expect, it } from 'vitest';
import { firstDeepExpression, MAX_EXPRESSION_DEPTH } from '../../../src/lib/body/nesting.ts';
import { BodyError } from '../../../src/lib/body/errors.ts';
import { parseBody } from '../../../src/lib/body/parse.ts';

const MAX = MAX_EXPRESSION_DEPTH;
const inAttributes = (depth: number) => `${'<Callout type="tip" title={'.repeat(depth)}x}>`;

describe('expressions inside one another, counted before the parser runs', () => {
  it('finds the first { past the limit, on its line and column', () => {
    expect(firstDeepExpression(`Intro.\n\n${'{'.repeat(MAX + 3)}`)).toEqual({ line: 3, column: MAX + 1 });
    // Each level of a component inside another's attribute is two: the { and the tag inside it.
    expect(firstDeepExpression(inAttributes(MAX))?.line).toBe(1);
    expect(firstDeepExpression(inAttributes(Math.floor(MAX / 2)))).toBeUndefined();
  });

  it('counts tags opened inside an expression, closed or not', () => {
    expect(firstDeepExpression(`{${'<a>'.repeat(MAX)}`)).toEqual({ line: 1, column: 1 + 3 * (MAX - 1) + 1 });
    expect(firstDeepExpression(`{${'<a b={x}>'.repeat(40)}`)).toBeDefined();
    expect(firstDeepExpression(`{${'<>'.repeat(MAX)}`)).toBeDefined();
  });

  it('lets what a contribution may hold through, to the parser and its own rules', () => {
    expect(firstDeepExpression('{'.repeat(MAX))).toBeUndefined();
    expect(firstDeepExpression(`{${'<a>'.repeat(MAX - 1)}`)).toBeUndefined();
    expect(firstDeepExpression('{/* a note */} and {/* another, with { and <b> in it */}')).toBeUndefined();
    expect(firstDeepExpression(`{/* a note\nover ${'{<a>'.repeat(20)} lines */}`)).toBeUndefined();
    // Tags outside any expression are the components, and their own limit is on the tree.
    expect(firstDeepExpression(`${'<Callout type="note">'.repeat(20)} {/* x */}`)).toBeUndefined();
  });

  it('counts closed braces out again', () => {
    expect(firstDeepExpression('{<a>} '.repeat(100))).toBeUndefined();
  });

  it('leaves braces in code blocks, code spans and escapes alone', () => {
    const deep = '{<a>'.repeat(20);
    expect(firstDeepExpression(`\`\`\`json\n${deep}\n\`\`\`\n\nText.`)).toBeUndefined();
    expect(firstDeepExpression(`> ~~~~\n> ${deep}\n> ~~~~`)).toBeUndefined();
    expect(firstDeepExpression(`Write \`${deep}\` or \`\`a \` ${deep}\`\`.`)).toBeUndefined();
    expect(firstDeepExpression(`A span over two lines: \`${deep}\n${deep}\` ends here.`)).toBeUndefined();
    expect(firstDeepExpression('\\{'.repeat(20))).toBeUndefined();
  });

  it('counts braces after a backtick that closes nowhere, as the parser reads them', () => {
    expect(firstDeepExpression(`An odd \` and ${'{'.repeat(MAX + 1)}`)).toEqual({ line: 1, column: 14 + MAX });
    expect(firstDeepExpression(`\`open\n\n${'{'.repeat(MAX + 1)}\``)).toEqual({ line: 3, column: MAX + 1 });
  });

  it('makes parseBody refuse the body before the parser sees it (forty levels would take it days), placed in the file', () => {
    let refused: unknown;
    try {
      parseBody(`## Context\n\n${inAttributes(40)}`, 12);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BodyError);
    expect(refused).toMatchObject({ rule: 'body-expressions', line: 15 });
  });
});
