// The checker's one-pass reading of a number must never disagree with parseInvoiceNumber:
// wherever it answers, it answers the same compact number; where it cannot, it says null.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNumbers } from '@/lib/lottery/check-service';
import { createChecker } from '@/lib/lottery/prizes';
import { compactInvoiceNumber, parseInvoiceNumber, quickCompact } from '@/lib/lottery/invoice-number';
import { netPayout } from '@/lib/lottery/payout';
import { claimWindow, pageKey } from '@/lib/lottery/period';
import { sourcedPeriods } from '@/lib/lottery/records';

const parsed = (s: string) => {
  const p = parseInvoiceNumber(s);
  return p.ok ? compactInvoiceNumber(p.value) : null;
};

// Characters people type, and a few that are not that simple (NFKC, other scripts, ß).
const alphabet = [...'ABZabz0189 -_.\t', '－', 'Ａ', 'ｚ', '１', '９', '\u3000', '\u00a0', '‐', '—', '―', 'ß', 'ﬁ', '#', '①', '\u2028', '٣'];
const typed = fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((cs) => cs.join(''));
const nearlyValid = fc
  .tuple(fc.constantFrom('', 'AB', 'ab', 'Ａｂ', 'A', 'ABC'), fc.constantFrom('', '-', ' ', '－'), fc.stringMatching(/^[0-9]{6,9}$/))
  .map(([t, sep, d]) => `${t}${sep}${d}`);

describe('quickCompact', () => {
  it.each(['AB12345678', '12345678', 'ab-12345678', 'ＡＢ－１２３４５６７８', ' AB 1234 5678 ', 'Ab–12345678'])('reads %j as parseInvoiceNumber does', (s) => {
    expect(quickCompact(s)).toBe(parsed(s));
  });

  it('returns an already compact number itself', () => {
    const s = 'CD87654321';
    expect(quickCompact(s)).toBe(s);
  });

  it('never disagrees with parseInvoiceNumber (property)', () => {
    fc.assert(
      fc.property(fc.oneof(typed, nearlyValid, fc.string({ maxLength: 12 })), (s) => {
        const quick = quickCompact(s);
        if (quick !== null) expect(quick).toBe(parsed(s));
        else if (/^[\x20-\x7e]*$/.test(s) && parsed(s) !== null) expect.fail(`${JSON.stringify(s)}: plain ASCII the parser accepts must be read in one pass`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('checkNumbers on the fast path', () => {
  const record = sourcedPeriods().find((r) => r.numbers.special && r.numbers.grand)!;
  const check = createChecker(record.numbers);
  const claim = claimWindow(record.period);

  it('gives every number the answer of the plain checker (property)', () => {
    const endings = [record.numbers.special!, record.numbers.grand!, ...record.numbers.first].map((n) => n.slice(-7));
    const number = fc.oneof(
      nearlyValid,
      typed,
      fc.tuple(fc.constantFrom('AB', 'xy-', ''), fc.integer({ min: 0, max: 9 }), fc.constantFrom(...endings)).map(([t, d, e]) => `${t}${d}${e}`),
    );
    fc.assert(
      fc.property(fc.array(number, { maxLength: 20 }), (inputs) => {
        const results = checkNumbers(record, inputs);
        inputs.forEach((raw, i) => {
          const p = parseInvoiceNumber(raw);
          if (!p.ok) {
            expect(results[i]).toEqual({ number: raw, period: pageKey(record.period), status: 'error', error: p.error });
            return;
          }
          const r = check(p.value);
          expect(results[i]).toEqual({
            number: compactInvoiceNumber(p.value),
            period: pageKey(record.period),
            status: 'checked',
            prize: r.prize,
            amount: r.amount,
            net: netPayout(r.amount).net,
            claim,
          });
        });
      }),
      { numRuns: 500 },
    );
  });
});
