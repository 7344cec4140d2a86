/**
 * A period's cloud-invoice prize list as a file: one invoice number and its prize amount a line,
 * as CSV (`AB12345678,2000`) or text (separated by a tab or spaces). A header line (one without
 * an invoice number, e.g. `invoice_number,amount` or `發票號碼,獎金`), blank lines and lines
 * starting with # are skipped; amounts may carry NT$ and thousands separators. Each amount must be
 * a cloud-invoice prize (NT$1,000,000, 2,000, 800 or 500; lib/lottery/prizes.ts).
 *
 * Every bad line is reported with its line number, so an official can fix the file in one go;
 * `message` is English for the API, the form translates `code` with `params`. Pure: used by the
 * publishing form's upload, POST /api/v1/admin/lottery/periods (`cloudFile`) and tests.
 */
import { PRIZE_TIERS } from './prizes';
import { CLOUD_PRIZE_KEYS, MAX_CLOUD_FILE_CHARS, MAX_CLOUD_NUMBERS, type CloudPrizeLists } from './publish-schema';

/** Largest file accepted (1,000 rows of ~25 bytes, with room for a header and comments). */
export const MAX_CLOUD_FILE_BYTES = MAX_CLOUD_FILE_CHARS;
/** Lines reported at most; the rest are counted. */
export const MAX_REPORTED_LINES = 20;

export type CloudFileErrorCode = 'cloudFileNumber' | 'cloudFileAmount' | 'cloudFileColumns' | 'cloudFileDuplicate';
export type CloudFileLineError = { line: number; code: CloudFileErrorCode; params: Record<string, string | number>; message: string };
export type CloudFileResult =
  | { ok: true; lists: CloudPrizeLists; rows: number }
  | { ok: false; code: 'cloudFileEmpty' | 'cloudFileTooMany' | 'cloudFileTooLarge'; params: Record<string, string | number>; message: string }
  | { ok: false; code: 'cloudFileLines'; lines: CloudFileLineError[]; more: number; message: string };

const AMOUNT_TO_KEY = new Map(CLOUD_PRIZE_KEYS.map((k) => [PRIZE_TIERS[k].amount, k]));
const AMOUNTS = CLOUD_PRIZE_KEYS.map((k) => PRIZE_TIERS[k].amount.toLocaleString('en-US'))
  .join(', ')
  .replace(/, (?=[^,]*$)/, ' or ');

const lineMessages: Record<CloudFileErrorCode, (p: Record<string, string | number>) => string> = {
  cloudFileNumber: (p) => `Line ${p.line}: “${p.value}” is not an invoice number (2 letters and 8 digits, like AB12345678).`,
  cloudFileAmount: (p) => `Line ${p.line}: “${p.value}” is not a cloud-invoice prize amount (${AMOUNTS}).`,
  cloudFileColumns: (p) => `Line ${p.line}: give an invoice number and its prize amount, separated by a comma or a tab.`,
  cloudFileDuplicate: (p) => `Line ${p.line}: ${p.value} is already on line ${p.first}.`,
};

const NUMBER = /^[A-Z]{2}\d{8}$/;

/** The file's text, whatever its bytes were: UTF-8 with or without a BOM. */
export function parseCloudPrizeFile(text: string): CloudFileResult {
  if (new TextEncoder().encode(text).length > MAX_CLOUD_FILE_BYTES) {
    return { ok: false, code: 'cloudFileTooLarge', params: { max: MAX_CLOUD_FILE_BYTES / 1000 }, message: `The file is larger than ${MAX_CLOUD_FILE_BYTES / 1000} kB.` };
  }
  const lists: Record<string, string[]> = {};
  const seen = new Map<string, number>();
  const errors: CloudFileLineError[] = [];
  let rows = 0;
  let headerAllowed = true;
  const report = (line: number, code: CloudFileErrorCode, params: Record<string, string | number>) =>
    errors.push({ line, code, params: { line, ...params }, message: lineMessages[code]({ line, ...params }) });

  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.normalize('NFKC').trim();
      if (!trimmed || trimmed.startsWith('#')) return;
      // CSV with quotes or not, tabs, or spaces; thousands separators inside an amount stay.
      // Text (two cells separated by spaces, where an amount may have commas), or CSV / tabs.
      const spaced = trimmed.split(/\s+/);
      let cells = (spaced.length === 2 && !/[",]/.test(spaced[0]!) && !/["\t]/.test(trimmed) ? spaced : splitCsv(trimmed)).map((c) => c.trim()).filter(Boolean);
      // 1,000,000 without quotes: the amount's thousands, split by the commas, put back together.
      if (cells.length > 2 && /^\d{1,3}$/.test(cells[1]!) && cells.slice(2).every((c) => /^\d{3}$/.test(c))) cells = [cells[0]!, cells.slice(1).join('')];
      const number = (cells[0] ?? '').replace(/-/g, '').toUpperCase();
      if (headerAllowed && !/\d/.test(trimmed)) {
        headerAllowed = false;
        return; // a header
      }
      headerAllowed = false;
      rows += 1;
      if (cells.length !== 2) return report(line, 'cloudFileColumns', {});
      if (!NUMBER.test(number)) return report(line, 'cloudFileNumber', { value: cells[0]!.slice(0, 20) });
      const amount = Number(cells[1]!.replace(/^NT\$/i, '').replace(/[,\s]/g, ''));
      const key = AMOUNT_TO_KEY.get(amount as never);
      if (!key) return report(line, 'cloudFileAmount', { value: cells[1]!.slice(0, 20) });
      const first = seen.get(number);
      if (first !== undefined) return report(line, 'cloudFileDuplicate', { value: number, first });
      seen.set(number, line);
      (lists[key] ??= []).push(number);
    });

  if (rows > MAX_CLOUD_NUMBERS) {
    return { ok: false, code: 'cloudFileTooMany', params: { rows, max: MAX_CLOUD_NUMBERS }, message: `The file has ${rows} rows; at most ${MAX_CLOUD_NUMBERS} can be published at once.` };
  }
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED_LINES);
    const more = errors.length - shown.length;
    return { ok: false, code: 'cloudFileLines', lines: shown, more, message: `${errors.length} line(s) of the file cannot be read.` };
  }
  if (rows === 0) return { ok: false, code: 'cloudFileEmpty', params: {}, message: 'The file has no invoice numbers.' };
  return { ok: true, lists: Object.fromEntries(CLOUD_PRIZE_KEYS.filter((k) => lists[k]).map((k) => [k, lists[k]!])), rows };
}

function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ',' || c === '\t')) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}
