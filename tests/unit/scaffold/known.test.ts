import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKnownEntries, unreadableNotice } from '../../../src/lib/scaffold/known.ts';
import { contentRoot, removeContentRoots } from '../check/corpus.ts';
import { withFlags } from './session.ts';

afterAll(removeContentRoots);

function withBrokenTrust(): string {
  const root = contentRoot();
  writeFileSync(path.join(root, 'content/trusts/red-house-academy.yaml'), "name: 'Red House Academy\nkind: other\n");
  return root;
}

describe('the entries npm run new offers, with a broken file among them', () => {
  it('leaves the broken file out and names it, with the line and the reason npm run check gives', () => {
    const { known, unreadable } = readKnownEntries(withBrokenTrust());
    expect(known.trusts.map((trust) => trust.id)).toEqual(['example-learning-trust']);
    expect(known.themes.length).toBeGreaterThan(5);
    expect(unreadable).toEqual([
      {
        file: 'content/trusts/red-house-academy.yaml',
        reason: 'line 1: the quote opened on this line is never closed',
      },
    ]);
    expect(unreadableNotice(unreadable)).toBe(
      'content/trusts/red-house-academy.yaml could not be read (line 1: the quote opened on this line is never closed), so it is left out of the lists.\nRun npm run check for details of how to mend it.',
    );
  });

  it('still shows the help, as a success', async () => {
    const result = await withFlags(withBrokenTrust(), ['--help']);
    expect(result.code).toBe(0);
    expect(result.output).toContain('case-study flags:');
    expect(result.errors).toContain('content/trusts/red-house-academy.yaml could not be read');
  });

  it('reads a broken list of themes as no themes, and says so', () => {
    const root = contentRoot();
    writeFileSync(path.join(root, 'content/themes.yaml'), '- id: reading\n  title: "Reading\n');
    const { known, unreadable } = readKnownEntries(root);
    expect(known.themes).toEqual([]);
    expect(unreadable.map((file) => file.file)).toEqual(['content/themes.yaml']);
  });
});
