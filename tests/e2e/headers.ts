/** The headers of public/_headers, so tests serve pages under the policy the site ships with. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function siteHeaders(): Record<string, string> {
  const text = readFileSync(path.resolve(import.meta.dirname, '../../public/_headers'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^\s+[\w-]+:/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(':');
        return [name!.toLowerCase(), value.join(':').trim()];
      }),
  );
}
