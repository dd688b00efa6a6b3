/** Runs npm run new in the test's process, with its questions answered by a script of typed lines. */
import { PassThrough, Writable } from 'node:stream';
import { linePrompter } from '../../../src/lib/scaffold/prompter.ts';
import { runNew } from '../../../src/lib/scaffold/run.ts';

export interface Session {
  code: number;
  /** Everything shown, questions and answers' replies, in order. */
  output: string;
  errors: string;
  /** The files written, as content/… paths. */
  written: string[];
}

/** `lines` are typed one after another; when they run out, the input ends as with Ctrl-D. */
export async function session(root: string, lines: string[], args: string[] = []): Promise<Session> {
  const input = new PassThrough();
  let output = '';
  const screen = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const prompter = linePrompter(input, screen);
  input.end(lines.map((line) => `${line}\n`).join(''));
  const errors: string[] = [];
  try {
    const code = await runNew({
      root,
      args,
      prompter,
      out: (text) => (output += `${text}\n`),
      err: (text) => errors.push(text),
    });
    const written = [...output.matchAll(/Wrote (content\/\S+)\./g)].map((match) => match[1]!);
    return { code, output, errors: errors.join('\n'), written };
  } finally {
    prompter.close();
  }
}

/** Runs npm run new with flags only, as without a terminal. */
export async function withFlags(root: string, args: string[]): Promise<Omit<Session, 'written'>> {
  let output = '';
  const errors: string[] = [];
  const code = await runNew({
    root,
    args,
    out: (text) => (output += `${text}\n`),
    err: (text) => errors.push(text),
  });
  return { code, output, errors: errors.join('\n') };
}
