import { describe, expect, it } from 'vitest';
import {
  checkEntries,
  decodeCsvBytes,
  displayOrder,
  parseCsv,
  readCsvNumbers,
  readPastedNumbers,
  resultsCsv,
  summarise,
  type BulkRead,
} from '@/lib/lottery/bulk';
import { MAX_CHECK_NUMBERS } from '@/lib/lottery/check-service';
import { sourcedPeriods } from '@/lib/lottery/records';

// 114年09-10月: first prizes 41016094, 98081574, 07309261 (verified by news).
const record = sourcedPeriods().find((p) => p.key === '11409')!;
const period = { key: record.key, period: record.period, numbers: record.numbers };

const raws = (read: BulkRead) => (read.ok ? read.entries.map((e) => e.raw) : read.error);

describe('readPastedNumbers', () => {
  it('takes one number per line, or several separated by commas, semicolons, tabs or spaces', () => {
    const read = readPastedNumbers('AB-41016094\r\n12345678, 87654321；CD11112222\n\n  00000261\t99999999 88888888\n');
    expect(raws(read)).toEqual(['AB-41016094', '12345678', '87654321', 'CD11112222', '00000261', '99999999', '88888888']);
    expect(read.ok && read.entries.map((e) => e.line)).toEqual([1, 2, 2, 2, 4, 4, 4]);
  });

  it('keeps a number written with spaces in one piece', () => {
    expect(raws(readPastedNumbers('AB 4101 6094\nab-12345678 cd87654321'))).toEqual(['AB 4101 6094', 'ab-12345678', 'cd87654321']);
  });

  it('keeps what cannot be a number, so the results can say why', () => {
    expect(raws(readPastedNumbers('AB1234, hello'))).toEqual(['AB1234', 'hello']);
  });

  it('refuses nothing at all, and more than the limit', () => {
    expect(readPastedNumbers(' \n ,, \n')).toEqual({ ok: false, error: { code: 'empty' } });
    const tooMany = Array.from({ length: MAX_CHECK_NUMBERS + 1 }, (_, i) => String(i).padStart(8, '0')).join('\n');
    expect(readPastedNumbers(tooMany)).toEqual({ ok: false, error: { code: 'too_many', count: MAX_CHECK_NUMBERS + 1, max: MAX_CHECK_NUMBERS } });
    expect(readPastedNumbers(tooMany.slice(0, tooMany.lastIndexOf('\n'))).ok).toBe(true);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\r\nlines"\r\nd,,e\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
      ['d', '', 'e'],
    ]);
  });

  it('finds a semicolon or tab delimiter from the first line', () => {
    expect(parseCsv('number;amount\nAB12345678;1,5')).toEqual([
      ['number', 'amount'],
      ['AB12345678', '1,5'],
    ]);
    expect(parseCsv('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('readCsvNumbers', () => {
  it('reads the first column and tolerates a BOM, CRLF, blank rows and no final newline', () => {
    const read = readCsvNumbers('\uFEFFAB41016094,x\r\n\r\n12345678,y\r\n00000261');
    expect(raws(read)).toEqual(['AB41016094', '12345678', '00000261']);
    expect(read.ok && read.entries.map((e) => e.line)).toEqual([1, 3, 4]);
  });

  it.each([
    ['date,發票號碼,amount', '2025-10-01,AB41016094,100'],
    ['Date,Invoice Number,Amount', '2025-10-01,AB41016094,100'],
    ['date,invoice_no', '2025-10-01,AB41016094'],
    ['store;NUMBER', 'x;AB41016094'],
  ])('uses the column headed %s', (head, row) => {
    expect(raws(readCsvNumbers(`${head}\n${row}\n`))).toEqual(['AB41016094']);
  });

  it('skips a heading it does not know by name (no digits), but not a first number', () => {
    expect(raws(readCsvNumbers('單號\nAB41016094\n'))).toEqual(['AB41016094']);
    expect(raws(readCsvNumbers('AB1234\nAB41016094\n'))).toEqual(['AB1234', 'AB41016094']);
  });

  it('explains an empty file and too many rows', () => {
    expect(readCsvNumbers('發票號碼\r\n\r\n')).toEqual({ ok: false, error: { code: 'empty' } });
    const rows = Array.from({ length: MAX_CHECK_NUMBERS + 1 }, () => '12345678').join('\n');
    expect(readCsvNumbers(`number\n${rows}`)).toMatchObject({ ok: false, error: { code: 'too_many', count: MAX_CHECK_NUMBERS + 1 } });
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 (with or without a BOM), UTF-16 and Big5', () => {
    const utf8 = new TextEncoder().encode('\uFEFF發票號碼\nAB41016094');
    expect(decodeCsvBytes(utf8)).toEqual({ ok: true, text: '發票號碼\nAB41016094' });
    // 發票號碼 in Big5, as Excel in Taiwan saves "CSV".
    const big5 = Uint8Array.from([0xb5, 0x6f, 0xb2, 0xbc, 0xb8, 0xb9, 0xbd, 0x58, 0x0a, 0x41, 0x42]);
    expect(decodeCsvBytes(big5)).toEqual({ ok: true, text: '發票號碼\nAB' });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
    expect(decodeCsvBytes(utf16)).toEqual({ ok: true, text: 'A\n' });
  });

  it('refuses Excel workbooks', () => {
    expect(decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toEqual({ ok: false, error: { code: 'spreadsheet' } });
    expect(decodeCsvBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toEqual({ ok: false, error: { code: 'spreadsheet' } });
  });
});

describe('checking, ordering and the results CSV', () => {
  const read = readPastedNumbers('12345678\nAB-41016094\n=1+1\n00000261\nXY98081574');
  const rows = read.ok ? checkEntries(period, read.entries) : [];

  it('checks in input order and sums the winners', () => {
    expect(rows.map((r) => [r.line, r.item.number, r.item.status === 'checked' ? r.item.prize : r.item.status === 'error' ? r.item.error.code : r.item.reason])).toEqual([
      [1, '12345678', null],
      [2, 'AB41016094', 'first'],
      [3, '=1+1', 'characters'],
      [4, '00000261', 'sixth'],
      [5, 'XY98081574', 'first'],
    ]);
    expect(summarise(rows)).toEqual({ checked: 5, winners: 3, errors: 1, unavailable: 0, totalAmount: 400_200, totalNet: 318_600 });
  });

  it('puts winners first (largest first), then errors, then the rest', () => {
    expect(displayOrder(rows).map((r) => r.line)).toEqual([2, 5, 4, 3, 1]);
  });

  it('writes every row in input order, with a BOM, CRLF and formula-safe cells', () => {
    const csv = resultsCsv(rows, { locale: 'zh-Hant-TW', errorMessage: (code) => `錯誤 ${code}` });
    expect(csv.startsWith('\uFEFFrow,number,period,prize,prize_name,amount_ntd,net_ntd,claim_from,claim_to,not_checked,error\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe('1,12345678,11409,none,,0,0,2025-12-06,2026-03-05,,');
    expect(lines[2]).toBe('2,AB41016094,11409,first,頭獎,200000,159200,2025-12-06,2026-03-05,,');
    expect(lines[3]).toBe("3,'=1+1,11409,,,,,,,,錯誤 characters");
  });

  it('names prizes in English on the English page and lists tiers that could not be checked', () => {
    const partial = sourcedPeriods().find((p) => p.key === '11407')!;
    const checked = checkEntries({ key: partial.key, period: partial.period, numbers: partial.numbers }, [{ raw: '12345678', line: 1 }]);
    expect(resultsCsv(checked, { locale: 'en', errorMessage: String })).toContain(',none,,0,0,2025-10-06,2026-01-05,Special prize,');
  });

  it('a period without numbers gives "unavailable" rows, never "no prize", and says so in the CSV', () => {
    // 115年09-10月 was drawn on 2026-11-25; its numbers are not in the sourced data.
    const awaiting = { key: '11509', period: { rocYear: 115, startMonth: 9 as const }, numbers: null };
    const checked = checkEntries(awaiting, [{ raw: '12345678', line: 1 }, { raw: 'AB1234', line: 2 }], new Date('2026-11-30T04:00:00Z'));
    expect(checked.map((r) => r.item)).toEqual([
      { number: '12345678', period: '11509', status: 'unavailable', reason: 'awaiting', drawDate: '2026-11-25' },
      expect.objectContaining({ number: 'AB1234', status: 'error' }),
    ]);
    expect(summarise(checked)).toMatchObject({ checked: 2, winners: 0, errors: 1, unavailable: 1 });
    const csv = resultsCsv(checked, { locale: 'zh-Hant-TW', errorMessage: String, unavailableMessage: (reason) => `尚未登錄 ${reason}` });
    expect(csv).toContain('1,12345678,11509,unavailable,,,,,,,尚未登錄 awaiting\r\n');
    const before = checkEntries(awaiting, [{ raw: '12345678', line: 1 }], new Date('2026-11-25T05:00:00Z'));
    expect(before[0]!.item).toMatchObject({ status: 'unavailable', reason: 'not_drawn' });
  });
});
