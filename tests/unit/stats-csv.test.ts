import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '@/lib/csv';
import { csvCell as lotteryCsvCell } from '@/lib/lottery/period-dto';

describe('CSV cells are safe to open in a spreadsheet', () => {
  it('prefixes cells that begin with = + - @ (and tab or CR) so they are never run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });

  it('quotes commas, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('臺北市')).toBe('臺北市');
    expect(csvCell(428.5)).toBe('428.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('joins a record with commas and ends it with CRLF', () => {
    expect(csvLine(['2021-01', '=1', null, 3])).toBe("2021-01,'=1,,3\r\n");
  });

  it('is the same function the lottery exports (moved to lib/csv.ts, re-exported)', () => {
    expect(lotteryCsvCell).toBe(csvCell);
  });
});
