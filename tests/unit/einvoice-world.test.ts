import { describe, expect, it } from 'vitest';
import { DEMO_CARRIERS, DEMO_ID_BASE, demoInvoices, demoSellers, demoWinners, SPARE_WINNER_CARD } from '@/lib/einvoice-world/demo-plan';
import { createChecker } from '@/lib/lottery/prizes';
import { lotteryNow } from '@/lib/lottery/now';
import { sourcedPeriods } from '@/lib/lottery/records';
import { isValidBan } from '@/lib/taiwan/ban';
import { CARRIER_NUMBER_PATTERNS, luhnDigit } from '@/lib/stats/synthetic/carrier-numbers';
import {
  BULK_ROLLS,
  invoiceNumberText,
  periodIndexOfDate,
  periodTrack,
  rollStart,
  scatterBulkRoll,
  trackCode,
  trackLetters,
  TRACKS_PER_PERIOD,
} from '@/lib/stats/synthetic/invoice-numbers';

const AT = new Date('2026-11-30T10:00:00+08:00');

describe('invoice numbers', () => {
  it('writes track codes as letters and back', () => {
    expect(trackLetters(0)).toBe('AA');
    expect(trackLetters(675)).toBe('ZZ');
    expect(trackCode('AB')).toBe(1);
    expect(invoiceNumberText(trackCode('XY'), 1234)).toBe('XY00001234');
  });

  it('gives every period 16 tracks, none shared by two periods within 7 years', () => {
    const seen = new Set<number>();
    for (let p = 0; p < 42; p++) for (let t = 0; t < TRACKS_PER_PERIOD; t++) seen.add(periodTrack(p, t));
    expect(seen.size).toBe(42 * TRACKS_PER_PERIOD);
    expect(periodTrack(42, 3)).toBe(periodTrack(0, 3));
    expect(periodIndexOfDate('2021-02-28')).toBe(0);
    expect(periodIndexOfDate('2026-11-30')).toBe(35);
  });

  it('scatters bulk rolls one-to-one, never into the demo range', () => {
    const seen = new Set<number>();
    let outside = 0;
    for (let k = 0; k < 200_000; k++) {
      const r = scatterBulkRoll(k);
      if (r < 0 || r >= BULK_ROLLS) outside++;
      seen.add(r);
    }
    expect(outside).toBe(0);
    expect(seen.size).toBe(200_000);
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    expect(gcd(7_368_787, BULK_ROLLS)).toBe(1); // so the whole range is a bijection
    const { number } = rollStart(0, BULK_ROLLS);
    expect(number).toBe(95_000_000);
  });
});

describe('carrier numbers', () => {
  it('makes Luhn-valid credit-card numbers', () => {
    expect(luhnDigit('7992739871')).toBe(3);
  });
});

describe('the demo citizens’ world', () => {
  const sellers = demoSellers(42);

  it('has valid, synthetic sellers and carriers in their formats', () => {
    for (const s of sellers) {
      expect(isValidBan(s.ban)).toBe(true);
      expect(s.name).toMatch(/^合成/);
      expect(s.id).toBeGreaterThanOrEqual(DEMO_ID_BASE);
    }
    for (const c of DEMO_CARRIERS) expect(c.number).toMatch(CARRIER_NUMBER_PATTERNS[c.typeCode]);
    // Every citizen keeps one card to link.
    for (const citizen of [0, 1, 2]) expect(DEMO_CARRIERS.some((c) => c.citizen === citizen && !c.linked)).toBe(true);
  });

  it('is the same for the same seed and day; a later day only adds invoices', () => {
    const a = demoInvoices(42, AT, sellers);
    expect(demoInvoices(42, AT, sellers)).toEqual(a);
    const later = demoInvoices(42, new Date('2026-12-02T10:00:00+08:00'), sellers);
    const byId = new Map(later.map((i) => [i.id, i]));
    for (const inv of a) expect(byId.get(inv.id)).toEqual(inv);
    expect(later.length).toBeGreaterThan(a.length);
    expect(a.every((i) => i.issuedAt <= '2026-11-30 10:00:00')).toBe(true);
    expect(a.some((i) => i.issuedAt.startsWith('2026-11'))).toBe(true);
    expect(new Set(a.map((i) => `${periodIndexOfDate(i.issuedAt)}:${i.track}:${i.number}`)).size).toBe(a.length);
    for (const inv of a) expect(inv.itemPrices.reduce((x, y) => x + y, 0)).toBe(inv.amount);
  });

  it('makes each citizen a regular-prize winner in the latest drawn period, citizen 1 a cloud winner that wins nothing else, and the spare card a sixth prize', () => {
    const records = sourcedPeriods();
    const latest = lotteryNow(records, AT).latest!;
    const winners = demoWinners(42, AT, records, sellers);
    const check = createChecker(latest.numbers);
    const regular = winners.filter((w) => !w.prize.startsWith('cloud'));
    expect(regular).toHaveLength(4);
    // Citizen 3's card that nobody has linked yet holds a sixth prize: linking it (歸戶) finds it.
    const spare = DEMO_CARRIERS.find((c) => c.typeCode === SPARE_WINNER_CARD.typeCode && c.number === SPARE_WINNER_CARD.number)!;
    expect(spare.linked).toBe(false);
    expect(regular.filter((w) => w.invoice.carrier === spare.index).map((w) => w.prize)).toEqual(['sixth']);
    for (const w of regular) {
      expect(w.periodKey).toBe(latest.key);
      expect(check({ track: null, digits: String(w.invoice.number).padStart(8, '0') }).prize).toBe(w.prize);
    }
    const cloud = winners.find((w) => w.prize === 'cloud2000')!;
    expect(check({ track: null, digits: String(cloud.invoice.number).padStart(8, '0') }).prize).toBeNull();
    expect(new Set(winners.map((w) => w.invoice.id)).size).toBe(winners.length);
    const ordinary = new Set(demoInvoices(42, AT, sellers).map((i) => i.id));
    for (const w of winners) expect(ordinary.has(w.invoice.id)).toBe(false);
  });
});
