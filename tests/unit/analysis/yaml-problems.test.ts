import { describe, expect, it } from 'vitest';
import { parseYaml, yamlProblemText } from '../../../src/lib/analysis/files.ts';

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

  it('says to remove --- lines from a file that is only YAML', () => {
    expect(fixFor('---\nname: Example Trust\nkind: other\n---\n').fix).toBe(
      'A .yaml file is only its fields, with no --- lines around them: remove the --- lines.',
    );
  });

  it('gives the general advice for other mistakes', () => {
    expect(fixFor('title: A title\n  region: london\n').fix).toBe(
      'Check the indentation, colons and quotes on this line.',
    );
  });

  it('points to a quote that is never closed, not to the line the parser gave up on', () => {
    expect(fixFor('title: "After-school catch-up\nsummary: >-\n  Text.\nregion: london\n')).toEqual({
      line: 2,
      message: 'The YAML could not be read: the quote opened on this line is never closed',
      fix: 'Add " at the end of the text: title: "After-school catch-up"',
    });
    expect(fixFor("themes:\n  - reading\n  - 'attendance\nregion: london\n")).toMatchObject({
      line: 4,
      fix: "Add ' at the end of the text: - 'attendance'",
    });
  });

  it('blames no earlier quoted text for a mistake of its own', () => {
    // A quoted text may go on over two lines; closing it on its first line does not help.
    expect(fixFor('title: "A title\n  over two lines"\nsummary: "Closed"\n  region: london\n')).toMatchObject({
      line: 5,
      fix: 'Check the indentation, colons and quotes on this line.',
    });
  });

  it('says to use double quotes when an apostrophe ends single-quoted text', () => {
    expect(fixFor("title: 'Pupils' voice: a review'\n")).toEqual({
      line: 2,
      message: 'The YAML could not be read: an apostrophe in this text ends the single quotes around it',
      fix: 'Put the text in double quotes instead: title: "Pupils\' voice: a review"',
    });
    expect(fixFor("name: 'St Mary''s and St John's'\n").fix).toBe(
      'Put the text in double quotes instead: name: "St Mary\'s and St John\'s"',
    );
  });
});
