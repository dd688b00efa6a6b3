/**
 * The images contributors add to public/images/. Each is published as it is, at the site's own
 * address, whether or not a page uses it. So each must be a raster image of the type its name
 * says, and small enough for a phone: an SVG or an HTML file there could run script on the site's
 * domain when someone opens its address.
 */
import { lstatSync, openSync, readdirSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_FOLDER, IMAGE_FORMAT_NAMES, imageFormatOf, MAX_IMAGE_BYTES } from '../body/images.ts';
import type { Problem } from '../analysis/problem.ts';

/** The folder as a path from the project, e.g. public/images. */
const IMAGES_FOLDER = `public${IMAGE_FOLDER.replace(/\/$/, '')}`;

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
      const format = imageFormatOf(extension);
      if (!format) {
        problem(
          file,
          'image-type',
          extension === '.svg'
            ? 'SVG images are not accepted: an SVG can carry script, which would run when someone opens its address'
            : `"${name}" is not an image type the site accepts`,
          `Save it as ${IMAGE_FORMAT_NAMES}.`,
        );
      } else if (!format.matches(readHead(full))) {
        problem(
          file,
          'image-content',
          `The file is named as a ${format.name} image but is not one`,
          `Open it in an image editor and export it again as ${format.name}, or give it the right extension.`,
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
