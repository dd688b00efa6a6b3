/**
 * The images contributors add to public/images/. Each is published as it is, at the site's own
 * address, whether or not a page uses it. So each must be a raster image of the type its name
 * says, and small enough for a phone: an SVG or an HTML file there could run script on the site's
 * domain when someone opens its address.
 */
import { lstatSync, openSync, readdirSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from '../body/images.ts';
import type { Problem } from './problem.ts';

export const IMAGES_FOLDER = 'public/images';

/** The first bytes each image type starts with, by the extensions it is written with. */
const SIGNATURES: { extensions: string[]; type: string; matches: (head: Buffer) => boolean }[] = [
  {
    extensions: ['.png'],
    type: 'PNG',
    matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    extensions: ['.jpg', '.jpeg'],
    type: 'JPEG',
    matches: (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  },
  { extensions: ['.gif'], type: 'GIF', matches: (head) => /^GIF8[79]a$/.test(head.toString('latin1', 0, 6)) },
  {
    extensions: ['.webp'],
    type: 'WebP',
    matches: (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  },
  {
    extensions: ['.avif'],
    type: 'AVIF',
    matches: (head) => head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(head.toString('latin1', 8, 12)),
  },
];

/** The signature of each accepted type (IMAGE_TYPES, which the body rules own), by extension. */
export const signatureOf = (extension: string) =>
  IMAGE_TYPES.includes(extension)
    ? SIGNATURES.find((candidate) => candidate.extensions.includes(extension))
    : undefined;

const readHead = (file: string): Buffer => {
  const head = Buffer.alloc(16);
  const handle = openSync(file, 'r');
  try {
    return head.subarray(0, readSync(handle, head, 0, head.length, 0));
  } finally {
    closeSync(handle);
  }
};

/** Every file under public/images/, with a problem for each one that may not be published. */
export function imageFolderProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  const problem = (file: string, rule: string, message: string, fix: string) =>
    problems.push({ severity: 'error', file, line: 1, column: 1, field: '', rule, message, fix });
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(root, folder)).sort();
    } catch {
      return; // No images yet: git keeps no empty folder.
    }
    for (const name of names) {
      const file = `${folder}/${name}`;
      const full = path.join(root, file);
      const stats = lstatSync(full);
      if (stats.isDirectory()) {
        walk(file);
        continue;
      }
      if (!stats.isFile()) {
        problem(file, 'symlink', 'This is a link to another file, not an image', 'Add the image file itself.');
        continue;
      }
      const extension = path.extname(name).toLowerCase();
      const signature = signatureOf(extension);
      if (!signature) {
        problem(
          file,
          'image-type',
          extension === '.svg'
            ? 'SVG images are not accepted: an SVG can carry script, which would run when someone opens its address'
            : `"${name}" is not an image type the site accepts`,
          `Save it as a PNG or JPEG (${IMAGE_TYPES.join(', ')}).`,
        );
      } else if (!signature.matches(readHead(full))) {
        problem(
          file,
          'image-content',
          `The file is named as a ${signature.type} image but is not one`,
          `Open it in an image editor and export it again as ${signature.type}, or give it the right extension.`,
        );
      } else if (stats.size > MAX_IMAGE_BYTES) {
        problem(
          file,
          'image-size',
          `The image is ${Math.round(stats.size / 1024)} KB; images must be at most ${MAX_IMAGE_BYTES / 1024} KB`,
          'Resize it to at most 1,600 pixels wide, or save it as a JPEG at a lower quality.',
        );
      }
    }
  };
  walk(IMAGES_FOLDER);
  return problems;
}
