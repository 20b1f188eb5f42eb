/**
 * One CSV cell. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) get a leading apostrophe: cluster and team names come from config and the
 * catalog, which a report reader does not control.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** A CSV document with CRLF line ends, as RFC 4180 has it. */
export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map(row => row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
