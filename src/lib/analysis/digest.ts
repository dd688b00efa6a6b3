import { hash } from 'node:crypto';

/**
 * A short fingerprint of a file's text, to tell whether it changed since it was last seen (the
 * checker's kept analyses, the parts of the search index). One call per file, without making a
 * Hash object for each: cheaper for thousands of small files.
 */
export const digest = (text: string | Buffer) => hash('sha1', text);
