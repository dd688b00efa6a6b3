/** A date as YYYY-MM-DD, the form contributors write and machines read. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
