/**
 * npm run new: writes a new case study, evidence summary, playbook or trust that passes the checker.
 * Asks questions in a terminal; takes flags when there is none (or when given).
 *
 *   npm run new                                   (asks everything)
 *   npm run new -- case-study --title "…" --trust … (no questions; --help lists the flags)
 */
import path from 'node:path';
import { linePrompter } from '../src/lib/scaffold/prompter.ts';
import { runNew } from '../src/lib/scaffold/run.ts';

// COMMONS_ROOT lets tests point the script at a throw-away copy of the content.
const root = process.env['COMMONS_ROOT'] ?? path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
// Questions need someone at a terminal, and flags mean the answers are already given.
const prompter = process.stdin.isTTY && args.length <= 1 ? linePrompter(process.stdin, process.stdout) : undefined;

runNew({
  root,
  args,
  prompter,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
})
  .then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`npm run new failed: ${(error as Error).message}`);
      process.exitCode = 2;
    },
  )
  .finally(() => prompter?.close());
