import bibtexParse from '@orcid/bibtex-parse-js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import {
  apaCitation,
  bibtexCitation,
  citationMetaTags,
  jsonLd,
  type PageCitation,
} from '../../../src/lib/publish/citation.ts';
import { toCsv } from '../../../src/lib/publish/csv.ts';
import { atomFeed, type FeedItem } from '../../../src/lib/publish/feed.ts';
import { entryRecord, plain } from '../../../src/lib/publish/open-data.ts';
import { caseStudySchema } from '../../../src/schemas/case-study.ts';
import { plainReference } from '../../../src/schemas/common.ts';
import { fixtureData } from '../fixtures.ts';

const citation: PageCitation = {
  id: 'case-study-reading-and-writing',
  title: 'Reading & writing {together} at 100% <effort>',
  author: 'Example Learning Trust',
  published: new Date('2024-01-15'),
  version: new Date('2024-03-01'),
  url: 'https://example.org/case-studies/reading/',
  siteName: 'School Improvement Commons',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  description: 'A summary.',
  keywords: ['Reading and literacy'],
};

describe('citations', () => {
  it('gives Highwire tags with slash dates', () => {
    expect(citationMetaTags(citation)).toEqual(
      expect.arrayContaining([
        { name: 'citation_title', content: citation.title },
        { name: 'citation_author', content: 'Example Learning Trust' },
        { name: 'citation_publication_date', content: '2024/01/15' },
      ]),
    );
  });

  it('writes APA with the stable address and the date of the version', () => {
    expect(apaCitation(citation)).toBe(
      'Example Learning Trust. (2024). Reading & writing {together} at 100% <effort>. School Improvement Commons. Version of 1 March 2024. https://example.org/case-studies/reading/',
    );
  });

  it('writes BibTeX that a BibTeX parser reads back', () => {
    const [entry] = bibtexParse.toJSON(bibtexCitation(citation));
    expect(entry).toMatchObject({ entryType: 'misc', citationKey: 'commons-case-study-reading-and-writing' });
    expect(entry!.entryTags['url']).toBe(citation.url);
    expect(entry!.entryTags['year']).toBe('2024');
    expect(entry!.entryTags['title']).toContain('Reading \\& writing \\{together\\} at 100\\% <effort>');
  });

  it('describes the page in schema.org terms', () => {
    expect(jsonLd(citation, 'Article')).toMatchObject({
      '@type': 'Article',
      author: { '@type': 'Organization', name: 'Example Learning Trust' },
      datePublished: '2024-01-15',
      dateModified: '2024-03-01',
    });
  });
});

describe('the Atom feed', () => {
  const item: FeedItem = {
    title: 'Phonics & <early> reading',
    path: '/evidence/phonics/',
    summary: 'Summary with "quotes" & ampersands.',
    author: 'School Improvement Commons',
    published: new Date('2024-01-01'),
    updated: new Date('2024-02-01'),
    kind: 'Evidence summary',
    themes: ['reading'],
  };
  const xml = atomFeed({
    title: 'Reading: new & updated',
    path: '/themes/reading/',
    selfPath: '/themes/reading/feed.xml',
    items: [item],
  });

  it('is well-formed XML', () => {
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(() => SyntaxValidator.validate(xml.replace('</feed>', ''))).toThrow();
  });

  it('has what Atom requires of a feed and of each entry', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('Reading: new & updated');
    expect(feed.id).toMatch(/\/themes\/reading\/feed\.xml$/);
    expect(feed.updated).toBe('2024-02-01T00:00:00.000Z');
    expect(feed.entry).toMatchObject({
      id: expect.stringMatching(/\/evidence\/phonics\/$/),
      updated: '2024-02-01T00:00:00.000Z',
    });
    expect(feed.entry.title).toBe('Phonics & <early> reading');
  });
});

describe('open data', () => {
  it('turns references into ids and dates into YYYY-MM-DD', () => {
    expect(
      plain({
        trust: { collection: 'trusts', id: 'x' },
        when: new Date('2024-01-02'),
        list: [{ collection: 'themes', id: 'y' }],
      }),
    ).toEqual({
      trust: 'x',
      when: '2024-01-02',
      list: ['y'],
    });
  });

  it('gives each entry its address and licence, and its fields still match the schema', () => {
    const data = caseStudySchema(plainReference).parse(fixtureData('valid/case-study.mdx')) as Record<string, unknown>;
    const record = entryRecord('caseStudies', { id: 'case-study', collection: 'caseStudies', data } as never);
    expect(record).toMatchObject({
      id: 'case-study',
      licence: 'CC-BY-4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(record.url).toMatch(/\/case-studies\/case-study\/$/);
    const { id, url, json, licenceUrl, ...fields } = record;
    expect(caseStudySchema(plainReference).safeParse(fields).success).toBe(true);
  });

  it('writes CSV that spreadsheets read safely', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['=SUM(A1)', -3],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n\'=SUM(A1),-3\r\n');
  });
});
