import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileAnalysis } from '../../../src/lib/analysis/analyse.ts';
import { AnalysisCache } from '../../../src/lib/check/cache.ts';

let root = '';
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const analysis = { problems: [] } as unknown as FileAnalysis;

function keep() {
  const cache = new AnalysisCache(root, root);
  cache.set('content/case-studies/a.mdx', 'digest-a', analysis);
  cache.save();
}
const kept = () => new AnalysisCache(root, root).kept('content/case-studies/a.mdx');

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'commons-cache-'));
  write('src/lib/analysis/analyse.ts', 'export {}');
  write('src/lib/text/dates.ts', 'export const a = 1;');
  write('src/schemas/common.ts', 'export {}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the checker's kept analyses", () => {
  it('are found again while the code is the same', () => {
    keep();
    expect(kept()).toEqual({ digest: 'digest-a', analysis });
  });

  it.each(['src/lib/analysis/analyse.ts', 'src/lib/text/dates.ts', 'src/schemas/common.ts'])(
    'are dropped when %s changes, as its wording may have',
    (file) => {
      keep();
      write(file, 'export const changed = true;');
      expect(kept()).toBeUndefined();
    },
  );

  it('are dropped when a file is added to the code', () => {
    keep();
    write('src/lib/body/new-rule.ts', 'export {}');
    expect(kept()).toBeUndefined();
  });
});
