import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../src/lib/body/images.ts';
import { imageFolderProblems } from '../../../src/lib/check/images.ts';
import { contentRoot, removeContentRoots } from './corpus.ts';

afterAll(removeContentRoots);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function rootWith(files: Record<string, Buffer | string>): string {
  const root = contentRoot();
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(root, 'public/images', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return root;
}

const rules = (root: string) => imageFolderProblems(root).map(({ file, rule, line }) => ({ file, rule, line }));

describe('the images folder', () => {
  it('accepts raster images whose bytes match their names, in sub-folders too', () => {
    const root = rootWith({
      'a.png': Buffer.concat([PNG, Buffer.alloc(100)]),
      'trust/b.JPG': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]),
      'c.gif': 'GIF89a......',
      'd.webp': 'RIFF\0\0\0\0WEBPVP8 ',
      'e.avif': '\0\0\0\x1cftypavif\0\0',
    });
    expect(rules(root)).toEqual([]);
  });

  it('refuses an SVG, saying why, and any other kind of file', () => {
    const root = rootWith({
      'chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'page.html': '<script>alert(1)</script>',
    });
    expect(rules(root)).toEqual([
      { file: 'public/images/chart.svg', rule: 'image-type', line: 1 },
      { file: 'public/images/page.html', rule: 'image-type', line: 1 },
    ]);
    expect(imageFolderProblems(root)[0]!.message).toMatch(/can carry script/);
  });

  it('refuses a file named as an image that is something else', () => {
    const root = rootWith({ 'photo.png': '<svg onload="alert(1)"></svg>' });
    expect(rules(root)).toEqual([{ file: 'public/images/photo.png', rule: 'image-content', line: 1 }]);
  });

  it('refuses an image over the size limit, and a link in place of a file', () => {
    const root = rootWith({ 'big.png': Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)]) });
    symlinkSync('/etc/hostname', path.join(root, 'public/images/linked.png'));
    expect(rules(root)).toEqual([
      { file: 'public/images/big.png', rule: 'image-size', line: 1 },
      { file: 'public/images/linked.png', rule: 'symlink', line: 1 },
    ]);
  });
});
