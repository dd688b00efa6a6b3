import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeChangedFiles } from '../../../src/lib/built/same-files.ts';

let folder = '';
const file = (name: string, text: string) => ({ path: name, content: Buffer.from(text) });
const put = (name: string, text: string) => {
  mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
  writeFileSync(path.join(folder, name), text);
};
const read = (name: string) => readFileSync(path.join(folder, name), 'utf8');
const inode = (name: string) => statSync(path.join(folder, name)).ino;

beforeEach(() => {
  folder = path.join(mkdtempSync(path.join(tmpdir(), 'commons-same-files-')), 'index');
});
afterEach(() => rmSync(path.dirname(folder), { recursive: true, force: true }));

describe('writing only the files that differ', () => {
  it('writes every file into a folder that does not exist yet', async () => {
    const result = await writeChangedFiles(folder, [file('entry.json', '{}'), file('fragment/a.pf', 'A')]);
    expect(result).toEqual({ written: 2, removed: 0 });
    expect(read('fragment/a.pf')).toBe('A');
  });

  it('leaves a file with the same bytes where it is, and writes one that differs', async () => {
    put('fragment/same.pf', 'same');
    put('fragment/changed.pf', 'old');
    const same = inode('fragment/same.pf');
    const result = await writeChangedFiles(folder, [
      file('fragment/same.pf', 'same'),
      file('fragment/changed.pf', 'new'),
    ]);
    expect(result).toEqual({ written: 1, removed: 0 });
    expect(inode('fragment/same.pf')).toBe(same);
    expect(read('fragment/changed.pf')).toBe('new');
  });

  it('removes files it was not given, and the folders they leave empty', async () => {
    put('entry.json', '{}');
    put('fragment/gone.pf', 'gone');
    put('filter/gone.pf', 'gone');
    put('filter/kept.pf', 'kept');
    const result = await writeChangedFiles(folder, [file('entry.json', '{}'), file('filter/kept.pf', 'kept')]);
    expect(result).toEqual({ written: 0, removed: 2 });
    expect(existsSync(path.join(folder, 'fragment'))).toBe(false);
    expect(existsSync(path.join(folder, 'filter/gone.pf'))).toBe(false);
    expect(read('filter/kept.pf')).toBe('kept');
  });

  it('leaves alone what it is told to leave: another index kept inside the folder', async () => {
    put('part-1/entry.json', 'the second part');
    put('stale.txt', 'x');
    const result = await writeChangedFiles(folder, [file('entry.json', '{}')], (name) => name === 'part-1');
    expect(result).toEqual({ written: 1, removed: 1 });
    expect(read('part-1/entry.json')).toBe('the second part');
    expect(existsSync(path.join(folder, 'stale.txt'))).toBe(false);
  });
});
