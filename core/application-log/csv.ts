import type { ApplicationEntry } from './entry';

export const CSV_COLUMNS = ['company', 'role', 'ats', 'url', 'status', 'filled_at', 'applied_at', 'note'] as const;

/**
 * One CSV cell (RFC 4180: quoted, quotes doubled). A cell a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) is prefixed with an apostrophe, so a hostile
 * company name or page title stays text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The log as CSV: UTF-8 with a byte-order mark (spreadsheets then show non-ASCII names), CRLF line ends. */
export function applicationsCsv(entries: ApplicationEntry[]): string {
  const rows = entries.map((entry) =>
    [entry.company, entry.role, entry.ats, entry.url, entry.status, entry.filledAt, entry.appliedAt ?? '', entry.note].map(csvCell).join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('')}`;
}
