/** Reads a contribution file as text, refusing what is not one with a single clear message. */
import { lstatSync, readFileSync } from 'node:fs';

export const MAX_FILE_BYTES = 1024 * 1024;

export interface ReadProblem {
  rule: string;
  message: string;
  fix: string;
}

export type ReadResult = { text: string } | { problem: ReadProblem };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readContribution(file: string): ReadResult {
  let size: number;
  try {
    // lstat: a link is refused rather than followed, so no file outside content/ can be published.
    const stats = lstatSync(file);
    if (stats.isSymbolicLink()) {
      return {
        problem: {
          rule: 'symlink',
          message: 'This is a link to another file, not a file',
          fix: 'Put the text itself in content/, as an ordinary file.',
        },
      };
    }
    if (!stats.isFile()) {
      return {
        problem: {
          rule: 'not-a-file',
          message: 'This is a folder, not a file',
          fix: 'Each entry is one file directly in its collection\u2019s folder: move the files out and remove the folder.',
        },
      };
    }
    size = stats.size;
  } catch (error) {
    return {
      problem: {
        rule: 'unreadable',
        message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        fix: 'Check that the file exists and can be opened.',
      },
    };
  }
  if (size > MAX_FILE_BYTES) {
    return {
      problem: {
        rule: 'too-large',
        message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; a contribution must be under 1 MB`,
        fix: 'Shorten the text, and put images in public/images/ rather than in the file.',
      },
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      problem: {
        rule: 'unreadable',
        message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        fix: 'Check that the file can be opened.',
      },
    };
  }
  if (bytes.includes(0)) {
    return {
      problem: {
        rule: 'binary',
        message: 'This is not a text file',
        fix: 'Save the contribution as plain text (UTF-8), or remove the file.',
      },
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      problem: {
        rule: 'encoding',
        message: 'The file is not saved as UTF-8 text',
        fix: 'Save it again as UTF-8 (most editors offer this under "Save as" or "Encoding").',
      },
    };
  }
  if (text.trim() === '') {
    return {
      problem: {
        rule: 'empty',
        message: 'The file is empty',
        fix: 'Start from the template: npm run new, or copy an existing entry.',
      },
    };
  }
  return { text };
}
