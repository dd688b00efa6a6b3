/**
 * Every link to another site opens without handing it a reference to ours (rel="noopener"),
 * whatever wrote it: a template, an MDX page or a contribution.
 */
const ANCHOR = /<a\s[^>]*>/gi;
const EXTERNAL = /\shref="https?:\/\//i;
const HAS_REL = /\srel="/i;

export const markExternalLinks = (html: string) =>
  html.replace(ANCHOR, (tag) =>
    EXTERNAL.test(tag) && !HAS_REL.test(tag) ? tag.replace(/^<a\s/i, '<a rel="noopener" ') : tag,
  );
