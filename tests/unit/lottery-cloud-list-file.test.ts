import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json';
import { MAX_CLOUD_FILE_BYTES, MAX_REPORTED_LINES, parseCloudPrizeFile } from '@/lib/lottery/cloud-list-file';

describe('parseCloudPrizeFile', () => {
  it('reads CSV with a header, a BOM, quotes, CRLF, NT$ and thousands separators into the four lists', () => {
    const text = '\uFEFF發票號碼,獎金\r\nAB12345678,2000\r\n"CD-87654321","NT$1,000,000"\r\nef00000001,500\r\n\r\n# a comment\r\nGH11111111,1,000,000\r\n';
    expect(parseCloudPrizeFile(text)).toEqual({
      ok: true,
      rows: 4,
      lists: { cloud1000000: ['CD87654321', 'GH11111111'], cloud2000: ['AB12345678'], cloud500: ['EF00000001'] },
    });
  });

  it('reads text separated by tabs or spaces, and full-width characters', () => {
    expect(parseCloudPrizeFile('AB12345678\t800\nＣＤ８７６５４３２１  2,000')).toEqual({ ok: true, rows: 2, lists: { cloud2000: ['CD87654321'], cloud800: ['AB12345678'] } });
    expect(parseCloudPrizeFile('AB12345678, 800\nCD87654321 ,2000')).toEqual({ ok: true, rows: 2, lists: { cloud2000: ['CD87654321'], cloud800: ['AB12345678'] } });
  });

  it('reports every bad line with its number, in English for the API', () => {
    const result = parseCloudPrizeFile('invoice,amount\nAB12345678,2000\nAB1234567,2000\nCD87654321,1000\nAB12345678,500\nEF00000001\n');
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== 'cloudFileLines') throw new Error('expected line errors');
    expect(result.lines.map((l) => [l.line, l.code])).toEqual([
      [3, 'cloudFileNumber'],
      [4, 'cloudFileAmount'],
      [5, 'cloudFileDuplicate'],
      [6, 'cloudFileColumns'],
    ]);
    expect(result.lines[0]!.message).toBe('Line 3: “AB1234567” is not an invoice number (2 letters and 8 digits, like AB12345678).');
    expect(result.lines[1]!.message).toBe('Line 4: “1000” is not a cloud-invoice prize amount (1,000,000, 2,000, 800 or 500).');
    expect(result.lines[2]).toMatchObject({ params: { line: 5, value: 'AB12345678', first: 2 }, message: 'Line 5: AB12345678 is already on line 2.' });
  });

  it('a first line with digits is data, not a header: a typo there is reported, not skipped', () => {
    const result = parseCloudPrizeFile('AB1234567,2000\nCD87654321,2000');
    expect(result).toMatchObject({ ok: false, code: 'cloudFileLines', lines: [{ line: 1, code: 'cloudFileNumber' }] });
  });

  it('reports at most 20 lines and counts the rest', () => {
    const text = Array.from({ length: 30 }, (_, i) => `XX${String(i).padStart(7, '0')},2000`).join('\n');
    const result = parseCloudPrizeFile(text);
    expect(result).toMatchObject({ ok: false, code: 'cloudFileLines', more: 30 - MAX_REPORTED_LINES });
  });

  it('refuses more than 1,000 rows, an empty file and one over 64 kB', () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `AB${String(i).padStart(8, '0')},500`).join('\n');
    expect(parseCloudPrizeFile(rows)).toMatchObject({ ok: false, code: 'cloudFileTooMany', params: { rows: 1001, max: 1000 } });
    expect(parseCloudPrizeFile(rows.split('\n').slice(0, 1000).join('\n'))).toMatchObject({ ok: true, rows: 1000 });
    expect(parseCloudPrizeFile('header\n\n# nothing\n')).toMatchObject({ ok: false, code: 'cloudFileEmpty' });
    expect(parseCloudPrizeFile('x'.repeat(MAX_CLOUD_FILE_BYTES + 1))).toMatchObject({ ok: false, code: 'cloudFileTooLarge' });
  });

  it('has a translated message for every code it returns', () => {
    for (const code of ['cloudFileNumber', 'cloudFileAmount', 'cloudFileColumns', 'cloudFileDuplicate', 'cloudFileEmpty', 'cloudFileTooMany', 'cloudFileTooLarge', 'cloudFileMore', 'cloudBoth']) {
      expect(en.Publish, code).toHaveProperty(code);
    }
  });
});
