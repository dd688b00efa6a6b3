import type { z } from 'astro/zod';
import { expect } from 'vitest';

/** The first problem zod finds, as "path: message", or undefined when the data is valid. */
export function firstIssue(schema: z.ZodType, data: unknown): string | undefined {
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

export function expectIssue(schema: z.ZodType, data: unknown, path: string, message: RegExp) {
  const issue = firstIssue(schema, data);
  expect(issue, 'expected the data to be refused').toBeDefined();
  const [issuePath, ...rest] = issue!.split(': ');
  expect(issuePath).toBe(path);
  expect(rest.join(': ')).toMatch(message);
}
