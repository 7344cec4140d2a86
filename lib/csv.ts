/**
 * CSV cells for files people open in spreadsheets. Shared by every feature that publishes CSV
 * (lottery periods, open statistics), so the formula-injection guard is written once.
 */

/** Cells that begin with = + - @ (or a tab/CR) are prefixed with ' so spreadsheets do not run them. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record (RFC 4180: comma-separated, CRLF-terminated). */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
