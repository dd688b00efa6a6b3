/**
 * The renderer under random and mutated bodies: it refuses a body with a placed BodyError or gives
 * HTML made only of the allowlisted elements and attributes, with no address that runs code. The
 * checker and the build read the same tree, so what one accepts the other must accept too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/lib/analysis/analyse.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/analysis/files.ts';
import { BodyError } from '../../../src/lib/body/errors.ts';
import { renderBody, sanitizeSchema } from '../../../src/lib/body/render.ts';
import { LINK_SCHEMES, schemeOf } from '../../../src/lib/body/urls.ts';
import { FIXTURES, FUZZ_TIMEOUT, fuzzRuns, mutatedSeed, randomText, seeds, specOf } from './contributions.ts';

const bodySeeds = seeds.filter((seed) => specOf(seed).extension === '.mdx');

/** The HTML attribute names the sanitiser's schema allows on an element, from its hast property names. */
function allowedAttributes(tag: string): Set<string> {
  const named = [...(sanitizeSchema.attributes?.[tag] ?? []), ...(sanitizeSchema.attributes?.['*'] ?? [])];
  const html = (property: string) =>
    ({ className: 'class', tabIndex: 'tabindex', htmlFor: 'for' })[property] ??
    property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return new Set(named.map((entry) => html(typeof entry === 'string' ? entry : entry[0])));
}

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const TAG = /<(\/?)([A-Za-z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=>/]+)(?:="([^"]*)")?/g;

/** Every element and attribute of rendered HTML is one the sanitiser allows, and no address can run code. */
function expectSafeHtml(html: string): void {
  // Text is escaped, so every < left in the HTML opens a tag the pattern reads.
  expect(html.replace(TAG, '')).not.toContain('<');
  for (const [, , tag, attributes = ''] of html.matchAll(TAG)) {
    const name = tag!.toLowerCase();
    expect(sanitizeSchema.tagNames, `<${name}>`).toContain(name);
    const allowed = allowedAttributes(name);
    for (const [, attribute, value = ''] of attributes.matchAll(ATTRIBUTE)) {
      const key = attribute!.toLowerCase();
      expect(key).not.toMatch(/^on|^style$|^srcdoc$|^formaction$/);
      // GFM's footnotes carry data-footnote-* attributes, which the default schema allows by their prefix.
      if (!key.startsWith('data-footnote') && !key.startsWith('aria-'))
        expect(allowed, `${name} ${key}`).toContain(key);
      if (key === 'href' || key === 'src') {
        const scheme = schemeOf(decodeEntities(value));
        if (scheme !== undefined) expect(key === 'src' ? ['http', 'https'] : LINK_SCHEMES).toContain(scheme);
      }
    }
  }
}

const bodies = fc.oneof(
  mutatedSeed(bodySeeds).map((seed) => ({ seed, ...splitFrontmatter(seed.text) })),
  fc.tuple(fc.constantFrom(...bodySeeds), randomText).map(([seed, body]) => ({
    seed,
    body,
    bodyLineOffset: 0,
    frontmatter: '',
    hasFrontmatter: false,
  })),
);

/** The render as the loader makes it: HTML, or the BodyError it reports. Anything else is thrown on. */
function render(seed: (typeof bodySeeds)[number], body: string, lineOffset: number) {
  try {
    const { requiredHeadings } = specOf(seed);
    return renderBody(body, lineOffset, { root: FIXTURES, ...(requiredHeadings ? { requiredHeadings } : {}) });
  } catch (error) {
    if (error instanceof BodyError) return error;
    throw error;
  }
}

describe('the renderer, fuzzed', () => {
  it(
    'refuses a body with a placed reason, or gives only allowlisted HTML',
    () => {
      fc.assert(
        fc.property(bodies, ({ seed, body, bodyLineOffset }) => {
          const result = render(seed, body, bodyLineOffset);
          if (result instanceof BodyError) {
            expect(result.message.trim().length).toBeGreaterThan(0);
            expect(result.fix.trim().length).toBeGreaterThan(0);
            expect(`${result.message} ${result.fix}`).not.toMatch(/\n\s+at |\[object Object\]/);
            if (result.line !== undefined) {
              expect(result.line).toBeGreaterThan(bodyLineOffset);
              // CommonMark ends a line at \r as well as \n, as editors do.
              expect(result.line).toBeLessThanOrEqual(bodyLineOffset + body.split(/\r\n|\r|\n/).length + 1);
            }
          } else {
            expectSafeHtml(result.html);
          }
        }),
        fuzzRuns(1500),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'accepts every file the checker passes, and the checker refuses every body the renderer refuses',
    () => {
      fc.assert(
        fc.property(mutatedSeed(bodySeeds), (seed) => {
          const analysis = analyseFile(specOf(seed), seed.file, seed.text, FIXTURES);
          const passed = !analysis.problems.some((problem) => problem.severity === 'error');
          const file = splitFrontmatter(seed.text);
          const built = file.hasFrontmatter && parseYaml(file.frontmatter, 1).problems.length === 0;
          const result = built ? render(seed, file.body, file.bodyLineOffset) : undefined;
          if (passed) {
            expect(built, 'the build reads its frontmatter').toBe(true);
            expect(result, 'the build renders its body').not.toBeInstanceOf(BodyError);
          }
          if (result instanceof BodyError) expect(passed, result.message).toBe(false);
        }),
        fuzzRuns(1500),
      );
    },
    FUZZ_TIMEOUT,
  );
});
