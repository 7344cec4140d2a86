import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '@/lib/csv';
import type { CheckablePeriod } from '@/lib/lottery/bulk';
import { parseLeftQr, type LeftQr } from '@/lib/lottery/qr';
import type { QrCheck } from '@/lib/lottery/qr-check';
import { sourcedPeriods } from '@/lib/lottery/records';
import {
  addScan,
  classifyRead,
  restoreScans,
  SCAN_CSV_COLUMNS,
  scanCsv,
  scanEntries,
  scanKey,
  scanOutcome,
  scanTotals,
  serialiseScans,
  STILL_IN_VIEW_MS,
} from '@/lib/lottery/scan-session';

const periods: CheckablePeriod[] = sourcedPeriods().map((p) => ({ key: p.key, period: p.period, numbers: p.numbers }));
// 115年09-10月 was drawn on 2026-11-25; its numbers are not in the records.
const TODAY = '2026-11-30';

/** A left QR code for `number` issued on the ROC date `rocDate`, total `total` NT$, optional buyer BAN. */
function qr(number: string, rocDate: string, { total = 105, buyer = '00000000' } = {}): LeftQr {
  const hex = total.toString(16).padStart(8, '0');
  const parsed = parseLeftQr(`${number}${rocDate}1234${'00000064'}${hex}${buyer}12345678ynP6P9mSgOQjIIg1jusZVA==:**********:1:1:1:茶:1:${total}`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

// 115年07-08月: first prizes 54348835, 44991397, 06595111.
const FIRST = qr('AB54348835', '1150815'); // first prize NT$200,000, net 159,200
const SIXTH = qr('CD12344397', '1150820'); // ends 397: sixth prize NT$200
const LOST = qr('EF12345670', '1150701');
const UNDRAWN = qr('GH11111111', '1151010'); // 115年09-10月, numbers not here

describe('classifyRead and addScan', () => {
  it('adds a new invoice, stays quiet while it is still in view, and calls it a repeat when shown again', () => {
    let list = addScan([], FIRST);
    const seen = { key: scanKey(FIRST), at: 10_000 };
    expect(classifyRead(list, FIRST, seen, 10_250)).toBe('still');
    expect(classifyRead(list, FIRST, seen, 10_000 + STILL_IN_VIEW_MS)).toBe('repeat');
    expect(classifyRead(list, SIXTH, seen, 10_250)).toBe('new');
    list = addScan(list, SIXTH);
    // Shown again right after another invoice: a repeat at once.
    expect(classifyRead(list, FIRST, { key: scanKey(SIXTH), at: 11_000 }, 11_100)).toBe('repeat');
    expect(addScan(list, FIRST)).toBe(list);
    expect(addScan(list, qr('AB54348835', '1150815', { total: 999 }))).toBe(list);
  });

  it('treats the same number on another date as another invoice', () => {
    const list = addScan([], FIRST);
    const later = qr('AB54348835', '1170815');
    expect(classifyRead(list, later, null, 0)).toBe('new');
    expect(addScan(list, later)).toHaveLength(2);
  });
});

describe('scanEntries and scanTotals', () => {
  it('checks each invoice in the period of its date and counts a drawn period whose numbers are not here as neither winner nor loser', () => {
    const entries = scanEntries([FIRST, SIXTH, LOST, UNDRAWN], periods, TODAY);
    expect(entries.map((e) => e.outcome)).toEqual([
      { kind: 'won', prize: 'first', amount: 200_000, net: 159_200, claimable: true, unclaimable: [], buyerBan: false },
      { kind: 'won', prize: 'sixth', amount: 200, net: 200, claimable: true, unclaimable: [], buyerBan: false },
      { kind: 'lost' },
      { kind: 'unavailable' },
    ]);
    expect(entries[3]!.check).toMatchObject({ status: 'unavailable', period: { rocYear: 115, startMonth: 9 } });
    expect(scanTotals(entries)).toEqual({ invoices: 4, winners: 2, lost: 1, incomplete: 0, unavailable: 1, unclaimable: 0, dependsOnBuyer: 0, amount: 200_200, net: 159_400 });
  });

  it('counts a winner that cannot be claimed, but not its money', () => {
    const entries = scanEntries([qr('CD12344397', '1150820', { total: 0 })], periods, TODAY);
    expect(entries.map((e) => e.outcome.kind === 'won' && e.outcome.unclaimable)).toEqual([['zero_amount']]);
    // 114年09-10月's claim window ended on 2026-03-05.
    const old = scanEntries([qr('AB41016094', '1141015')], periods, TODAY);
    expect(old[0]!.outcome).toMatchObject({ kind: 'won', claimable: false, unclaimable: ['claim_ended'] });
    expect(scanTotals([...entries, ...old])).toMatchObject({ invoices: 2, winners: 2, unclaimable: 2, dependsOnBuyer: 0, amount: 0, net: 0 });
  });

  it('a buyer BAN alone does not make a winner unclaimable: it depends on who the buyer is (給獎辦法第11條, addenda §E)', () => {
    const [entry] = scanEntries([qr('AB54348835', '1150815', { buyer: '82808062' })], periods, TODAY);
    expect(entry!.outcome).toEqual({ kind: 'won', prize: 'first', amount: 200_000, net: 159_200, claimable: false, unclaimable: [], buyerBan: true });
    expect(scanTotals([entry!])).toMatchObject({ winners: 1, unclaimable: 0, dependsOnBuyer: 1, amount: 0 });
    const csv = parseCsvRecords(scanCsv([entry!], { locale: 'zh-Hant-TW', note: () => null }).slice(1));
    expect(csv[1]![SCAN_CSV_COLUMNS.indexOf('claimable')]).toBe('depends_on_buyer');
    // With a reason against it as well, it is simply unclaimable.
    const [zero] = scanEntries([qr('AB54348835', '1150815', { buyer: '82808062', total: 0 })], periods, TODAY);
    expect(zero!.outcome).toMatchObject({ claimable: false, unclaimable: ['zero_amount'], buyerBan: true });
    expect(scanTotals([zero!])).toMatchObject({ unclaimable: 1, dependsOnBuyer: 0 });
  });

  it('does not call an invoice a loser when some tiers of its period are unknown', () => {
    const partial: CheckablePeriod = { ...periods.find((p) => p.key === '11507')!, key: '11507' };
    const unknownSpecial = [{ ...partial, numbers: { ...partial.numbers, special: null } }];
    const [entry] = scanEntries([LOST], unknownSpecial, TODAY);
    expect(entry!.outcome).toEqual({ kind: 'incomplete', unchecked: ['special'] });
    expect(scanTotals([entry!])).toMatchObject({ lost: 0, incomplete: 1, winners: 0 });
  });

  it('counts an outcome it does not know as unavailable', () => {
    const future = { status: 'unavailable', period: { rocYear: 115, startMonth: 9 } } as unknown as QrCheck;
    expect(scanOutcome(UNDRAWN, future)).toEqual({ kind: 'unavailable' });
    expect(scanOutcome(UNDRAWN, { status: 'not_drawn', period: { rocYear: 115, startMonth: 9 }, drawDate: '2026-11-25' })).toEqual({ kind: 'unavailable' });
  });
});

describe('scanCsv', () => {
  it('writes one row per invoice in reading order, with a BOM, CRLF and formula-safe notes', () => {
    const entries = scanEntries([FIRST, LOST, UNDRAWN], periods, TODAY);
    const csv = scanCsv(entries, { locale: 'zh-Hant-TW', note: (e) => (e.outcome.kind === 'unavailable' ? '=本站沒有 115年09-10月 的中獎號碼' : null) });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsvRecords(csv.slice(1));
    expect(rows[0]).toEqual([...SCAN_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      ['1', 'AB54348835', '2026-08-15', '11507', 'won', 'first', '頭獎', '200000', '159200', 'yes', '2027-01-05', '105', '12345678', ''],
      ['2', 'EF12345670', '2026-07-01', '11507', 'lost', '', '', '0', '0', '', '2027-01-05', '105', '12345678', ''],
      ['3', 'GH11111111', '2026-10-10', '11509', 'unavailable', '', '', '', '', '', '', '105', '12345678', "'=本站沒有 115年09-10月 的中獎號碼"],
    ]);
  });

  it('names prizes in English on English pages', () => {
    const csv = scanCsv(scanEntries([SIXTH], periods, TODAY), { locale: 'en', note: () => null });
    expect(parseCsvRecords(csv.slice(1))[1]!.slice(4, 7)).toEqual(['won', 'sixth', 'Sixth prize']);
  });
});

describe('serialiseScans and restoreScans', () => {
  it('keeps the list across a reload without the encryption field or the items', () => {
    const list = [FIRST, qr('CD12344397', '1150820', { buyer: '82808062', total: 4321 }), UNDRAWN];
    const stored = serialiseScans(list);
    expect(stored).not.toContain('ynP6P9');
    expect(stored).not.toContain('茶');
    expect(restoreScans(stored)).toEqual(list);
  });

  it('drops what does not read as an invoice, and duplicates', () => {
    const good = JSON.parse(serialiseScans([FIRST])) as string[];
    expect(restoreScans(JSON.stringify([...good, 'nonsense', 42, good[0], `XX${good[0]!.slice(2, 10)}9999999${good[0]!.slice(17)}`]))).toEqual([FIRST]);
    expect(restoreScans('{not json')).toEqual([]);
    expect(restoreScans('{"a":1}')).toEqual([]);
    expect(restoreScans(null)).toEqual([]);
  });
});
