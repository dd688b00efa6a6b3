/**
 * .vscode/settings.json points the YAML extension at the JSON Schema files, so a trust file or
 * content/themes.yaml is checked as it is typed. These tests keep that mapping true to the
 * repository: every schema named exists, and every YAML collection is covered by its own schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFileName } from '../../../src/lib/publish/json-schema.ts';
import { collectionSpecs } from '../../../src/schemas/index.ts';

const project = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string) =>
  JSON.parse(readFileSync(path.join(project, file), 'utf8')) as Record<string, unknown>;

const settings = readJson('.vscode/settings.json');
const associations = Object.entries(settings['yaml.schemas'] as Record<string, string[]>);

/**
 * How the YAML language server matches a file against a pattern (its FilePatternAssociation):
 * `*` matches anything, and the pattern must match the end of the file's path.
 */
const matches = (pattern: string, file: string) =>
  new RegExp(`${pattern.replace(/[-\\{}+?|^$.,[\]()#\s]/g, '\\$&').replace(/\*/g, '.*')}$`).test(`/${file}`);

/** The YAML files of content/, as paths from the project folder. */
const yamlFiles = readdirSync(path.join(project, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => `content/${file.split(path.sep).join('/')}`);

describe('editor settings', () => {
  it('name schema files that are in the repository', () => {
    for (const [schema] of associations) expect(existsSync(path.join(project, schema)), schema).toBe(true);
  });

  it('give every YAML file in content/ the schema of its collection', () => {
    const yamlSpecs = collectionSpecs.filter((spec) => spec.extension !== '.mdx');
    expect(yamlFiles.length).toBeGreaterThan(0);
    for (const file of yamlFiles) {
      const spec = yamlSpecs.find(
        (each) => file === `content/${each.path}` || file.startsWith(`content/${each.path}/`),
      );
      const schemas = associations.filter(([, patterns]) => patterns.some((pattern) => matches(pattern, file)));
      expect(
        schemas.map(([schema]) => schema),
        file,
      ).toEqual([`./schemas/${schemaFileName(spec!)}`]);
    }
  });

  it('recommend the YAML extension that reads them', () => {
    expect(readJson('.vscode/extensions.json')['recommendations']).toContain('redhat.vscode-yaml');
  });
});
