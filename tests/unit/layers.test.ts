/**
 * Imports only go down. The rule is the map at the top of docs/architecture.md: each folder may
 * import from the folders its row names, and nothing else of the project's. Reading the rule from
 * the map keeps the map true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Layer {
  place: string;
  mayUse: string[];
}

/** The rows of the map: a place (folder or file) in its first cell, what it may use in its third. */
function layersOf(markdown: string): Layer[] {
  const map = markdown.split(/^## /m).find((section) => section.startsWith('The map'));
  if (!map) return [];
  const layers: Layer[] = [];
  for (const line of map.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const place = /^`(src\/[^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!place) continue;
    layers.push({ place, mayUse: [...(cells[3] ?? '').matchAll(/`(src\/[^`]+)`/g)].map((match) => match[1]!) });
  }
  return layers;
}

const SPECIFIERS = [
  /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s+['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bsrc=['"](\.{1,2}\/[^'"]+)['"]/g,
  /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g,
];

/** The project files a module's text imports, from the project folder. */
function importsOf(file: string, text: string): string[] {
  return SPECIFIERS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) =>
      path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)),
    ),
  );
}

const isIn = (file: string, place: string) => (place.endsWith('/') ? file.startsWith(place) : file === place);
const layerOf = (layers: Layer[], file: string) => layers.find((layer) => isIn(file, layer.place));

/** Each import that climbs: from a place in the map to anything of ours its row does not name. */
function climbingImports(layers: Layer[], modules: { file: string; text: string }[]): string[] {
  const climbing: string[] = [];
  for (const { file, text } of modules) {
    const own = layerOf(layers, file);
    if (!own) continue;
    for (const target of importsOf(file, text)) {
      if (isIn(target, own.place) || own.mayUse.some((place) => isIn(target, place))) continue;
      if (!target.startsWith('src/')) continue; // node_modules are not layers; nothing imports scripts/.
      climbing.push(`${file} imports ${target}, which ${own.place} may not use`);
    }
  }
  return climbing;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|mts|mjs|astro)$/.test(entry.name) ? [file] : [];
  });
}

const layers = layersOf(readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8'));
const modules = sourceFiles('src').map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

describe('the layers of the code', () => {
  it('are read from the map in docs/architecture.md', () => {
    expect(layers.map((layer) => layer.place)).toContain('src/lib/analysis/');
    expect(layers.find((layer) => layer.place === 'src/lib/check/')?.mayUse).toContain('src/lib/analysis/');
  });

  it('have a row in the map for every folder and file of src/lib', () => {
    const places = readdirSync(path.join(ROOT, 'src/lib'), { withFileTypes: true }).map(
      (entry) => `src/lib/${entry.name}${entry.isDirectory() ? '/' : ''}`,
    );
    expect(places.filter((place) => !layers.some((layer) => layer.place === place))).toEqual([]);
  });

  it('keep no loose file at the top of src/lib but the site facts', () => {
    const loose = readdirSync(path.join(ROOT, 'src/lib'), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(loose.map((entry) => entry.name)).toEqual(['site.ts']);
  });

  it('only import down', () => {
    expect(climbingImports(layers, modules)).toEqual([]);
  });

  it('name every folder a row may use in the map itself', () => {
    const unknown = layers.flatMap((layer) =>
      layer.mayUse.filter((place) => !layers.some((row) => row.place === place)),
    );
    expect(unknown).toEqual([]);
  });

  it('catch an import that climbs, a dynamic one and one into the site', () => {
    const text = [
      "import { caseStudyCard } from '../display/cards.ts';",
      "const { checkContent } = await import('../check/check.ts');",
      "import Layout from '../../layouts/BaseLayout.astro';",
      "import { plural } from './plural.ts';",
      "import { z } from 'astro/zod';",
    ].join('\n');
    expect(climbingImports(layers, [{ file: 'src/lib/text/example.ts', text }])).toEqual([
      'src/lib/text/example.ts imports src/lib/display/cards.ts, which src/lib/text/ may not use',
      'src/lib/text/example.ts imports src/layouts/BaseLayout.astro, which src/lib/text/ may not use',
      'src/lib/text/example.ts imports src/lib/check/check.ts, which src/lib/text/ may not use',
    ]);
  });
});
