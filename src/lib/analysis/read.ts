/** Reads a contribution file as text, refusing what is not one with a single clear message. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { limits } from '../../schemas/limits.ts';

export const MAX_FILE_BYTES = limits.fileBytes.value;

export interface ReadProblem {
  rule: string;
  message: string;
  fix: string;
}

export type ReadResult = { text: string } | { problem: ReadProblem };

const decoder = new TextDecoder('utf-8', { fatal: true });

const ORDINARY_FILE = 'Put the text itself in content/, as an ordinary file.';

const SYMLINK: ReadProblem = {
  rule: 'symlink',
  message: 'This is a link to another file, not a file',
  fix: ORDINARY_FILE,
};

const unreadable = (error: unknown): ReadProblem => ({
  rule: 'unreadable',
  message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
  fix: 'Check that the file exists and can be opened.',
});

// Where the system can refuse to follow a link while opening (not Windows), one open and one
// stat do, where lstat would be a third call for each of thousands of files. Non-blocking, so
// that opening a named pipe does not wait for a writer.
const OPEN_FLAGS =
  constants.O_NOFOLLOW === undefined ? undefined : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** The file opened, and what it is, without following a link: a link is refused, so no file outside content/ is published. */
function open(file: string): { fd: number; stats: Stats } | { problem: ReadProblem } {
  if (OPEN_FLAGS === undefined) {
    try {
      if (lstatSync(file).isSymbolicLink()) return { problem: SYMLINK };
    } catch (error) {
      return { problem: unreadable(error) };
    }
  }
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS ?? constants.O_RDONLY);
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === 'ELOOP' ? SYMLINK : unreadable(error) };
  }
  try {
    return { fd, stats: fstatSync(fd) };
  } catch (error) {
    closeSync(fd);
    return { problem: unreadable(error) };
  }
}

export const FOLDER: ReadProblem = {
  rule: 'not-a-file',
  message: 'This is a folder, not a file',
  fix: 'Each entry is one file directly in its collection\u2019s folder: move the files out and remove the folder.',
};

function readOpen(fd: number, stats: Stats): { bytes: Buffer } | { problem: ReadProblem } {
  if (stats.isDirectory()) {
    return { problem: FOLDER };
  }
  if (!stats.isFile()) {
    return {
      problem: {
        rule: 'not-a-file',
        message: 'This is not an ordinary file (it is a pipe or a device)',
        fix: ORDINARY_FILE,
      },
    };
  }
  if (stats.size > MAX_FILE_BYTES) {
    return {
      problem: {
        rule: 'too-large',
        message: `The file is ${(stats.size / 1024 / 1024).toFixed(1)} MB; a contribution must be under 1 MB`,
        fix: 'Shorten the text, and put images in public/images/ rather than in the file.',
      },
    };
  }
  const bytes = Buffer.allocUnsafe(stats.size);
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length < bytes.length; length += read) {
      read = readSync(fd, bytes, length, bytes.length - length, null);
    }
  } catch (error) {
    return { problem: { ...unreadable(error), fix: 'Check that the file can be opened.' } };
  }
  return { bytes: bytes.subarray(0, length) };
}

export function readContribution(file: string): ReadResult {
  const opened = open(file);
  if ('problem' in opened) return opened;
  let read;
  try {
    read = readOpen(opened.fd, opened.stats);
  } finally {
    closeSync(opened.fd);
  }
  if ('problem' in read) return read;
  const { bytes } = read;
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
