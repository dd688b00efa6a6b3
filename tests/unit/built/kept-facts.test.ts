import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeptFacts } from '../../../src/lib/built/kept-facts.ts';
import { keptPageFacts, readBuiltSite } from '../../../src/lib/built/pages.ts';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'commons-kept-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const keptFile = () => path.join(folder, 'kept', 'facts.json');
/** Writes a file last modified a minute ago, as the pages a rebuild leaves alone are. */
const writeOld = (name: string, text: string, minutesAgo = 1) => {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  const then = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(file, then, then);
  return file;
};
/** The facts of each file, made from its length, and which files had to be read. */
const factsOf = (kept: KeptFacts<number>, files: string[]) => {
  const read: string[] = [];
  const facts = files.map((file) =>
    kept.of(file, path.basename(file), (contents) => {
      read.push(path.basename(file));
      return contents.length;
    }),
  );
  return { facts, read };
};

describe('facts kept between builds', () => {
  it('reads an unchanged file once, and again once it is written again', () => {
    const a = writeOld('a.html', 'aaa');
    const b = writeOld('b.html', 'bb');
    const first = new KeptFacts<number>(keptFile(), 'v1');
    expect(factsOf(first, [a, b])).toEqual({ facts: [3, 2], read: ['a.html', 'b.html'] });
    first.save();

    // Same size, new contents: the modification time tells.
    writeOld('b.html', 'cc', 0.5);
    const second = new KeptFacts<number>(keptFile(), 'v1');
    expect(factsOf(second, [a, b])).toEqual({ facts: [3, 2], read: ['b.html'] });
    expect(second.read).toBe(1);
  });

  it('reads again a file modified just before the facts were kept, as its time may not have moved', () => {
    const a = path.join(folder, 'a.html');
    writeFileSync(a, 'aaa');
    const first = new KeptFacts<number>(keptFile(), 'v1');
    factsOf(first, [a]);
    first.save();
    expect(factsOf(new KeptFacts<number>(keptFile(), 'v1'), [a]).read).toEqual(['a.html']);
  });

  it('trusts no facts made by other code, nor a kept file it cannot read', () => {
    const a = writeOld('a.html', 'aaa');
    const first = new KeptFacts<number>(keptFile(), 'v1');
    factsOf(first, [a]);
    first.save();
    expect(factsOf(new KeptFacts<number>(keptFile(), 'v2'), [a]).read).toEqual(['a.html']);
    writeFileSync(keptFile(), '{"version": "v1", "savedAt": ');
    expect(factsOf(new KeptFacts<number>(keptFile(), 'v1'), [a]).read).toEqual(['a.html']);
  });

  it('keeps only the files asked for since it was made', () => {
    const a = writeOld('a.html', 'aaa');
    const b = writeOld('b.html', 'bb');
    const first = new KeptFacts<number>(keptFile(), 'v1');
    factsOf(first, [a, b]);
    first.save();
    const second = new KeptFacts<number>(keptFile(), 'v1');
    factsOf(second, [a]);
    second.save();
    expect(factsOf(new KeptFacts<number>(keptFile(), 'v1'), [a, b]).read).toEqual(['b.html']);
  });
});

describe('a built site read with kept facts', () => {
  it('gives the same pages as one read afresh, and reads only the pages written since', async () => {
    const dist = path.join(folder, 'dist');
    const page = (file: string, body: string) => {
      const full = path.join(dist, file);
      writeFileSync(full, `<!doctype html><html><body>${body}</body></html>`);
      return full;
    };
    mkdirSync(path.join(dist, 'evidence'), { recursive: true });
    for (const file of [
      page('index.html', '<a href="/evidence/#top">Evidence</a><p id="intro">Hi</p>'),
      page('evidence/index.html', '<h1 id="top">Evidence</h1><a href="https://x.example/">out</a>'),
    ]) {
      const then = new Date(Date.now() - 60_000);
      utimesSync(file, then, then);
    }
    const first = keptPageFacts(folder);
    const kept = await readBuiltSite(dist, first);
    expect(isDeepStrictEqual(kept, await readBuiltSite(dist))).toBe(true);
    expect(first.read).toBe(2);
    first.save();

    page('index.html', '<a href="/evidence/#gone">Evidence</a>');
    const second = keptPageFacts(folder);
    const again = await readBuiltSite(dist, second);
    expect(second.read).toBe(1);
    expect(isDeepStrictEqual(again, await readBuiltSite(dist))).toBe(true);
    expect(again.find((built) => built.url === '/')?.links).toEqual(['/evidence/#gone']);
  });
});
