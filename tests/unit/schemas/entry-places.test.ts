import { describe, expect, it } from 'vitest';
import { collectionSpec, entryFile, entryOfFile, entryOfPage, entryPage } from '../../../src/schemas/index.ts';

describe("where an entry's file and page are", () => {
  it("names an entry's file and its page from its collection and id", () => {
    expect(entryFile(collectionSpec('caseStudies'), 'x-trust-reading')).toBe('content/case-studies/x-trust-reading.mdx');
    expect(entryFile(collectionSpec('trusts'), 'x-trust')).toBe('content/trusts/x-trust.yaml');
    expect(entryPage('caseStudies', 'x-trust-reading')).toBe('/case-studies/x-trust-reading/');
    expect(entryPage('themes', 'reading')).toBe('/themes/reading/');
  });

  it('finds the entry again from its file and from its page', () => {
    for (const [name, id] of [
      ['caseStudies', 'a'],
      ['evidence', 'b'],
      ['playbooks', 'c'],
      ['trusts', 'd'],
    ] as const) {
      const spec = collectionSpec(name);
      expect(entryOfFile(entryFile(spec, id))).toEqual({ spec, id });
      expect(entryOfPage(entryPage(name, id))).toEqual({ spec, id });
    }
    expect(entryOfPage('/themes/reading/')).toEqual({ spec: collectionSpec('themes'), id: 'reading' });
  });

  it('finds no entry for an address that is not an entry page', () => {
    for (const url of ['/', '/case-studies/', '/case-studies/2/', '/case-studies/2/x/', '/regions/london/', '/case-studies/a', '/about/']) {
      expect(entryOfPage(url), url).toBeUndefined();
    }
  });
});
