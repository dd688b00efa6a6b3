/** A date as YYYY-MM-DD, the form contributors write and machines read. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const IN_WORDS = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})$/i;

/**
 * The YYYY-MM-DD form of a date written another common way: day first as in England (1/9/2017,
 * 01.09.2017), year first without the zeros (2017-9-1), or in words (1st September 2017, 1 Sept
 * 2017). Undefined for anything else, and for a day that does not exist.
 */
export function isoDateFor(text: string): string | undefined {
  const trimmed = text.trim();
  let parts: [year: number, month: number, day: number] | undefined;
  let match = DAY_FIRST.exec(trimmed);
  if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
  else if ((match = YEAR_FIRST.exec(trimmed))) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = IN_WORDS.exec(trimmed))) {
    const name = match[2]!.toLowerCase();
    const month = name.length >= 3 ? MONTHS.findIndex((month) => month.startsWith(name)) + 1 : 0;
    if (month > 0) parts = [Number(match[3]), month, Number(match[1])];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? isoDate(date)
    : undefined;
}
