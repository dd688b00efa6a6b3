import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTRY_RECORD_FOLDERS, entryRecordFiles } from '../../../src/integrations/entry-records.ts';

let dist = '';
const messages: string[] = [];

/** Writes each collection's file as the build does, with the given records (the others empty). */
async function collectionFiles(records: Record<string, object[]>) {
  for (const route of ['case-studies', 'evidence', 'playbooks', 'trusts']) {
    const entries = records[route] ?? [];
    const response = Response.json({ collection: route, count: entries.length, entries });
    mkdirSync(path.join(dist, 'api/v1'), { recursive: true });
    writeFileSync(path.join(dist, `api/v1/${route}.json`), Buffer.from(await response.arrayBuffer()));
  }
}

async function run() {
  const hook = entryRecordFiles().hooks['astro:build:done']!;
  await hook({ dir: pathToFileURL(`${dist}/`), logger: { info: (text: string) => messages.push(text) } } as never);
}

const file = (name: string) => path.join(dist, 'api/v1', name);

beforeEach(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'commons-entry-records-'));
  messages.length = 0;
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const study = { id: 'a-study', title: 'Reading “fluency” – Year 6', impact: [{ baseline: 0.5, result: 71 }] };
const trust = { id: 'a-trust', name: 'A Trust', regions: ['london'] };

describe("each entry's open data file", () => {
  it('has the bytes the route serving it in development would give', async () => {
    await collectionFiles({ 'case-studies': [study], trusts: [trust] });
    await run();
    expect(readFileSync(file('case-studies/a-study.json'), 'utf8')).toBe(await Response.json(study).text());
    expect(readFileSync(file('trusts/a-trust.json'), 'utf8')).toBe(await Response.json(trust).text());
    expect(messages).toEqual(['2 entry files: 2 written, 0 removed, the rest unchanged']);
  });

  it('is left alone when unchanged, written when changed, and removed with its entry', async () => {
    const other = { ...study, id: 'another-study' };
    await collectionFiles({ 'case-studies': [study, other], trusts: [trust] });
    await run();
    const inode = statSync(file('trusts/a-trust.json')).ino;
    await collectionFiles({ 'case-studies': [{ ...study, title: 'Renamed' }], trusts: [trust] });
    await run();
    expect(statSync(file('trusts/a-trust.json')).ino).toBe(inode);
    expect(JSON.parse(readFileSync(file('case-studies/a-study.json'), 'utf8')).title).toBe('Renamed');
    expect(existsSync(file('case-studies/another-study.json'))).toBe(false);
    expect(messages.at(-1)).toBe('2 entry files: 1 written, 1 removed, the rest unchanged');
  });

  it('is in a folder the build leaves to this integration', () => {
    expect(ENTRY_RECORD_FOLDERS).toEqual([
      'api/v1/case-studies',
      'api/v1/evidence',
      'api/v1/playbooks',
      'api/v1/trusts',
    ]);
  });
});
