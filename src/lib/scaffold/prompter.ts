/** Asking questions one line at a time, in a terminal or from any stream (which is how tests drive it). */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface Prompter {
  /** The line typed in answer, or undefined when the input has ended (Ctrl-D, Ctrl-C, or a script's end). */
  ask(question: string): Promise<string | undefined>;
  say(text: string): void;
  close(): void;
}

export function linePrompter(input: Readable, output: Writable): Prompter {
  const readline = createInterface({ input, output });
  // Lines typed ahead of a question wait for it, rather than being lost as they would be with question().
  const lines = readline[Symbol.asyncIterator]();
  // Ctrl-C ends the questions, and the caller says that nothing was written.
  readline.on('SIGINT', () => readline.close());
  return {
    async ask(question) {
      // The last line is the prompt, which a terminal redraws as the answer is edited.
      const cut = question.lastIndexOf('\n') + 1;
      output.write(question.slice(0, cut));
      readline.setPrompt(question.slice(cut));
      readline.prompt();
      const line = await lines.next();
      return line.done ? undefined : line.value;
    },
    say(text) {
      output.write(`${text}\n`);
    },
    close() {
      readline.close();
    },
  };
}
