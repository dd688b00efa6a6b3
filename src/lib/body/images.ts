/**
 * Where an image in a body points, and what is there. An image must be a raster file inside
 * public/images/: the address is read as a browser would (escapes decoded, .. resolved) before
 * it is judged, so /images/../../package.json is seen for what it is.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { limits } from '../../schemas/limits.ts';
import { browserUrl, decoded, schemeOf, UNSAFE_SCHEMES } from './urls.ts';

export const IMAGE_FOLDER = '/images/';
export const MAX_IMAGE_BYTES = limits.imageBytes.value;
/**
 * The image formats accepted, by the extensions they are written with and the first bytes of their
 * files. Raster formats only: an SVG can carry script that runs when its address is opened.
 */
const IMAGE_FORMATS: readonly { name: string; extensions: string[]; matches: (head: Buffer) => boolean }[] = [
  {
    name: 'PNG',
    extensions: ['.png'],
    matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    name: 'JPEG',
    extensions: ['.jpg', '.jpeg'],
    matches: (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  },
  { name: 'GIF', extensions: ['.gif'], matches: (head) => /^GIF8[79]a$/.test(head.toString('latin1', 0, 6)) },
  {
    name: 'WebP',
    extensions: ['.webp'],
    matches: (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  },
  {
    name: 'AVIF',
    extensions: ['.avif'],
    matches: (head) => head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(head.toString('latin1', 8, 12)),
  },
];

export const IMAGE_TYPES: readonly string[] = IMAGE_FORMATS.flatMap((format) => format.extensions);

/** "PNG, JPEG, GIF, WebP or AVIF", for messages. */
export const IMAGE_FORMAT_NAMES = `${IMAGE_FORMATS.slice(0, -1)
  .map((format) => format.name)
  .join(', ')} or ${IMAGE_FORMATS.at(-1)!.name}`;

/** The format a file's extension (lower-case, with its dot) names, if it is one accepted. */
export const imageFormatOf = (extension: string) =>
  IMAGE_FORMATS.find((format) => format.extensions.includes(extension));

export type ImageAddress =
  | { kind: 'unsafe'; scheme: string }
  | { kind: 'remote' }
  | { kind: 'malformed' }
  | { kind: 'outside'; leavesFolder: boolean }
  /** `file` is the path under public/, decoded and normalised, starting /images/. */
  | { kind: 'local'; file: string };

export function readImageAddress(src: string): ImageAddress {
  const url = browserUrl(src);
  const scheme = schemeOf(url);
  if (scheme !== undefined && UNSAFE_SCHEMES.includes(scheme)) return { kind: 'unsafe', scheme };
  // Browsers read \ as / in web addresses, so \\host is another site too.
  if (scheme !== undefined || url.replaceAll('\\', '/').startsWith('//')) return { kind: 'remote' };
  // The query and fragment are not part of the file's name.
  const file = decoded(url.split(/[?#]/, 1)[0]!);
  if (file === undefined) return { kind: 'malformed' };
  const normal = path.posix.normalize(file.replaceAll('\\', '/'));
  if (!normal.startsWith(IMAGE_FOLDER) || normal === IMAGE_FOLDER) {
    return { kind: 'outside', leavesFolder: url.startsWith(IMAGE_FOLDER) };
  }
  return { kind: 'local', file: normal };
}

export const isImageType = (file: string): boolean => IMAGE_TYPES.includes(path.posix.extname(file).toLowerCase());

export type ImageFile =
  | { kind: 'missing' }
  | { kind: 'folder' }
  /** A link to somewhere outside public/images/, or not a plain file. */
  | { kind: 'elsewhere' }
  | { kind: 'file'; bytes: number };

/** What is at an image's path in the project's public/ folder, following links to where they lead. */
export function findImageFile(root: string, file: string): ImageFile {
  let real: string;
  let folder: string;
  try {
    real = realpathSync(path.join(root, 'public', file));
    folder = realpathSync(path.join(root, 'public', IMAGE_FOLDER));
  } catch {
    return { kind: 'missing' };
  }
  if (!real.startsWith(folder + path.sep)) return { kind: 'elsewhere' };
  const stats = statSync(real);
  if (stats.isDirectory()) return { kind: 'folder' };
  return stats.isFile() ? { kind: 'file', bytes: stats.size } : { kind: 'elsewhere' };
}
