/** CSV as spreadsheets read it (RFC 4180): fields quoted when they need to be, CRLF line ends. */
const field = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const toCsv = (header: string[], rows: unknown[][]) =>
  [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
