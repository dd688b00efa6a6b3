import { describe, expect, it } from 'vitest';
import { parseYaml, yamlProblemText } from '../../src/lib/content/files.ts';

const fixFor = (yaml: string) => {
  const [problem] = parseYaml(yaml, 1).problems;
  expect(problem, 'expected the YAML to be refused').toBeDefined();
  return { line: problem!.line, ...yamlProblemText(problem!) };
};

describe('a YAML problem explained', () => {
  it('says to quote text with a colon in it, and shows the line to write', () => {
    const { line, message, fix } = fixFor('trust: example\ntitle: Reading: a "new" approach\nregion: london\n');
    expect(line).toBe(3);
    expect(message).toMatch(/^The YAML could not be read: /);
    expect(fix).toBe(
      'The text after "title:" has a colon in it, which YAML reads as the start of another field. Put the text in double quotes: title: "Reading: a \\"new\\" approach"',
    );
  });

  it('does so for a field in a list of groups, and on a line ending in a carriage return', () => {
    const { fix } = fixFor('impact:\r\n  - measure: Reading age: months gained\r\n    unit: months\r\n');
    expect(fix).toMatch(/after "measure:" .* Put the text in double quotes: measure: "Reading age: months gained"$/);
  });

  it('says to indent with spaces when a line is indented with a tab', () => {
    expect(fixFor('sources:\n\t- title: A report\n')).toMatchObject({
      line: 3,
      fix: 'Indent with spaces instead of tabs: two spaces for each level.',
    });
  });

  it('gives the general advice for other mistakes', () => {
    expect(fixFor('title: A title\n  region: london\n').fix).toBe(
      'Check the indentation, colons and quotes on this line.',
    );
    expect(fixFor("title: 'Pupils' voice: a review'\n").fix).toBe(
      'Check the indentation, colons and quotes on this line.',
    );
  });
});
