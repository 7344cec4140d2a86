/**
 * Bulk checking: reading many invoice numbers from pasted text or a CSV file, ordering the
 * results for the screen, and writing them back as CSV. Pure (no DOM, no framework), so the
 * checker page runs it in the browser and the tests run it in Node.
 */
import { csvLine, parseCsvRecords } from '../csv';
import { checkNumbers, checkNumbersIn, MAX_CHECK_NUMBERS, type CheckedItem, type CheckItem } from './check-service';
import { parseInvoiceNumber } from './invoice-number';
import type { Period } from './period';
import { prizeName, type PrizeKey, type WinningNumbers } from './prizes';

/** A number that could be read and was checked (not a per-item error). */
export type { CheckedItem };

/** What the browser needs of a period to check numbers against it (no sources or notes). */
export type CheckablePeriod = { key: string; period: Period; numbers: WinningNumbers };

/** A period to choose for bulk checks: its numbers are null while this site does not have them. */
export type BulkPeriod = { key: string; period: Period; numbers: WinningNumbers | null };

/** One number as the user gave it, with the line (pasted text) or row (CSV) it came from. */
export type BulkEntry = { raw: string; line: number };

export type BulkInputError =
  | { code: 'empty' }
  | { code: 'too_many'; count: number; max: number }
  /** An Excel workbook (.xlsx/.xls) or another binary file instead of CSV. */
  | { code: 'spreadsheet' };

export type BulkRead = { ok: true; entries: BulkEntry[] } | { ok: false; error: BulkInputError };

// Commas, semicolons and tabs, half- and full-width, and the Chinese enumeration comma.
const SEPARATORS = /[,;\t，；、]/;

/**
 * Pasted text: one number per line, or several separated by commas, semicolons or spaces.
 * A piece that reads as one invoice number with spaces in it ("AB 1234 5678") stays whole.
 */
export function readPastedNumbers(text: string): BulkRead {
  const entries: BulkEntry[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, i) => {
    for (const piece of lineText.split(SEPARATORS)) {
      const trimmed = piece.trim();
      if (!trimmed) continue;
      if (parseInvoiceNumber(trimmed).ok) entries.push({ raw: trimmed, line: i + 1 });
      else for (const word of trimmed.split(/\s+/)) entries.push({ raw: word, line: i + 1 });
    }
  });
  return limit(entries);
}

/** Column headings that name the invoice-number column (compared without case, spaces or _). */
const NUMBER_HEADINGS = new Set(['number', 'invoice', 'invoiceno', 'invoicenumber', 'invnum', '發票號碼', '號碼', '發票']);

const heading = (cell: string) => cell.normalize('NFKC').replace(/[\s_\-]/g, '').toLowerCase();

/**
 * A CSV file: the column headed number/invoice/發票號碼 if there is one, else the first
 * column. A first row that is a heading is skipped; blank rows are ignored. `line` is the
 * record's row number as a spreadsheet shows it.
 */
export function readCsvNumbers(text: string): BulkRead {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  let column = 0;
  let start = 0;
  const first = rows[0] ?? [];
  const named = first.findIndex((cell) => NUMBER_HEADINGS.has(heading(cell)));
  if (named >= 0) {
    column = named;
    start = 1;
  } else if (first[0] && !/\d/.test(first[0])) {
    // A heading we do not know by name ("Receipt", "單號"): no digits, so not a number.
    start = 1;
  }
  const entries: BulkEntry[] = [];
  for (let i = start; i < rows.length; i++) {
    const raw = (rows[i]![column] ?? '').trim();
    if (raw) entries.push({ raw, line: i + 1 });
  }
  return limit(entries);
}

function limit(entries: BulkEntry[]): BulkRead {
  if (!entries.length) return { ok: false, error: { code: 'empty' } };
  if (entries.length > MAX_CHECK_NUMBERS) return { ok: false, error: { code: 'too_many', count: entries.length, max: MAX_CHECK_NUMBERS } };
  return { ok: true, entries };
}

/**
 * The bytes of an uploaded file as text. Excel in Taiwan saves "CSV" in Big5 unless told to
 * use UTF-8, and "Unicode text" in UTF-16, so each is recognised; workbooks are refused with
 * a reason rather than read as garbage.
 */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: BulkInputError } {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  // .xlsx is a zip (PK\3\4); .xls an OLE compound file.
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) return { ok: false, error: { code: 'spreadsheet' } };
  if (starts(0xff, 0xfe)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (starts(0xfe, 0xff)) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('big5').decode(bytes) };
  }
}

/**
 * RFC 4180 records: quoted fields may hold the delimiter, quotes ("") and line breaks. The
 * delimiter is whichever of , ; or tab the first line uses most (Excel's choice depends on
 * the region setting). An unterminated quote runs to the end of the file.
 */
export function parseCsv(text: string): string[][] {
  const firstLine = text.split(/\r|\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  return parseCsvRecords(text, delimiter);
}

/** A checked entry: its place in the input (0-based), where it came from, and the result. */
export type BulkRow = { index: number; line: number; item: CheckItem };

/** checkNumbers for a period as the browser has it. */
export function checkPeriodNumbers(period: CheckablePeriod, inputs: readonly string[]): CheckItem[] {
  // checkNumbers reads only the period and its numbers; provenance stays on the server.
  return checkNumbers({ ...period, confidence: '', sources: [], origin: 'sources' }, inputs);
}

/**
 * Checks every entry in `period`. A period without numbers gives 'unavailable' rows, never
 * "no prize"; `at` (the browser's clock) tells whether it has been drawn.
 */
export function checkEntries(period: BulkPeriod, entries: readonly BulkEntry[], at: Date = new Date()): BulkRow[] {
  const inputs = entries.map((e) => e.raw);
  const items = period.numbers
    ? checkPeriodNumbers({ ...period, numbers: period.numbers }, inputs)
    : checkNumbersIn(period.period, null, inputs, at);
  return items.map((item, index) => ({ index, line: entries[index]!.line, item }));
}

export type BulkSummary = { checked: number; winners: number; errors: number; unavailable: number; totalAmount: number; totalNet: number };

export function summarise(rows: readonly BulkRow[]): BulkSummary {
  const summary: BulkSummary = { checked: rows.length, winners: 0, errors: 0, unavailable: 0, totalAmount: 0, totalNet: 0 };
  for (const { item } of rows) {
    if (item.status === 'error') summary.errors++;
    else if (item.status === 'unavailable') summary.unavailable++;
    else if (item.prize) {
      summary.winners++;
      summary.totalAmount += item.amount;
      summary.totalNet += item.net;
    }
  }
  return summary;
}

/** For the screen: winners first (highest prize first), then numbers that could not be read, then the rest, each in input order. */
export function displayOrder(rows: readonly BulkRow[]): BulkRow[] {
  const rank = ({ item }: BulkRow) => (item.status === 'error' ? 1 : item.status === 'unavailable' ? 2 : item.prize ? 0 : 3);
  const amount = ({ item }: BulkRow) => (item.status === 'checked' ? item.amount : 0);
  return [...rows].sort((a, b) => rank(a) - rank(b) || amount(b) - amount(a) || a.index - b.index);
}

export const RESULTS_CSV_COLUMNS = ['row', 'number', 'period', 'prize', 'prize_name', 'amount_ntd', 'net_ntd', 'claim_from', 'claim_to', 'not_checked', 'error'] as const;

/**
 * The results in input order, one row per number. Column names are stable (like the open-data
 * CSVs); prize names and error messages are in the page's language. A period without numbers
 * gives prize "unavailable" and the reason in the error column. Starts with a UTF-8 BOM so
 * Excel reads the Chinese, and uses CRLF line ends.
 */
export function resultsCsv(
  rows: readonly BulkRow[],
  options: { locale: 'zh-Hant-TW' | 'en'; errorMessage: (code: string) => string; unavailableMessage?: (reason: string) => string },
): string {
  const name = (key: PrizeKey) => prizeName(key, options.locale);
  const lines = [csvLine(RESULTS_CSV_COLUMNS)];
  for (const { line, item } of rows) {
    const cells: (string | number | null)[] =
      item.status === 'error'
        ? [line, item.number, item.period, null, null, null, null, null, null, null, options.errorMessage(item.error.code)]
        : item.status === 'unavailable'
          ? [line, item.number, item.period, 'unavailable', null, null, null, null, null, null, options.unavailableMessage?.(item.reason) ?? item.reason]
        : [
            line,
            item.number,
            item.period,
            item.prize ?? 'none',
            item.prize ? name(item.prize) : null,
            item.amount,
            item.net,
            item.claim.from,
            item.claim.to,
            item.unchecked?.map(name).join(' ') || null,
            null,
          ];
    lines.push(csvLine(cells));
  }
  return `\uFEFF${lines.join('')}`;
}
