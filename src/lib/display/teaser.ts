/** A list shows the start of each summary; the entry's page has all of it. Keeps a page of 50 within budget. */
const TEASER = 140;

/** The text up to the last whole word within TEASER characters, with an ellipsis when cut. */
export const teaser = (text: string): string =>
  text.length <= TEASER ? text : `${text.slice(0, text.lastIndexOf(' ', TEASER)).replace(/[,;:.\s]+$/, '')}\u2026`;
