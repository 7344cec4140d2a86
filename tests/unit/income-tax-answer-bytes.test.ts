/**
 * The income-tax API's answers, byte for byte, for a few households (issue 17.2): the answer is
 * built faster than before (one parse, steps and citations made once), and must not change by a
 * single byte for it. The fixture was written by the code before that work (commit b9dd408);
 * `PIN_INCOME_TAX_WRITE=1` rewrites it, which only a deliberate change of the answer may do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/calculators/income-tax/route';

const FIXTURE = path.join(__dirname, 'fixtures', 'income-tax-answers.json');

/** Households that take every branch the answer has: one or three computations, the §17 rate test, provisional year, refusals. */
export const households: Record<string, unknown> = {
  // The benchmark's household (scripts/bench/targets.ts).
  'bench: married, a preschool dependant': { incomeYear: 114, filingStatus: 'married', taxpayer: { salary: 1_200_000 }, spouse: { salary: 600_000 }, dependants: [{}], preschoolChildren: 1 },
  'single, interest and dividends, withheld: a refund': {
    incomeYear: 113,
    filingStatus: 'single',
    taxpayer: { salary: 820_000, interest: 40_000, dividends: 300_000, otherIncome: 15_000 },
    withheld: 60_000,
  },
  'married, aged and disabled members, rent and long-term care at a high rate (§17 test)': {
    incomeYear: 114,
    filingStatus: 'married',
    taxpayer: { salary: 3_800_000, otherIncome: 1_500_000, interest: 120_000 },
    spouse: { salary: 2_400_000, disabled: true },
    dependants: [{ age70Plus: true }, { age70Plus: true, disabled: true }, {}, { salary: 90_000 }],
    tuitionPerStudent: [30_000],
    preschoolChildren: 1,
    longTermCarePersons: 1,
    rentPaid: 240_000,
    deduction: 'itemised',
    itemisedDeductions: 180_000,
    prepaid: 100_000,
  },
  'married, rent and long-term care below the 20% rate': {
    incomeYear: 114,
    filingStatus: 'married',
    taxpayer: { salary: 700_000 },
    spouse: { salary: 500_000, otherIncome: 50_000 },
    dependants: [{ age70Plus: true }],
    longTermCarePersons: 1,
    rentPaid: 120_000,
    savingsInterest: 20_000,
    withheld: 12_000,
  },
  '115 (provisional), single, standard deduction, as text': { incomeYear: '115', filingStatus: 'single', taxpayer: { salary: 950_000 }, deduction: 'standard' },
  'no income at all': { incomeYear: 113, filingStatus: 'single', taxpayer: {} },
  'refused: bad fields': { incomeYear: 99, filingStatus: 'widowed', taxpayer: { salary: -5 }, dependants: 'none' },
  'refused: spouse missing, figures the year lacks': { incomeYear: 115, filingStatus: 'married', taxpayer: { salary: 100, interest: 5 }, tuitionPerStudent: [1] },
};

type Answer = { status: number; contentType: string | null; cacheControl: string | null; body: string };

async function answer(body: unknown): Promise<Answer> {
  const request = new Request('https://tax.example/api/v1/calculators/income-tax', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const res = await POST(request);
  return { status: res.status, contentType: res.headers.get('content-type'), cacheControl: res.headers.get('cache-control'), body: await res.text() };
}

describe('POST /api/v1/calculators/income-tax: the same bytes as before the speed-up', () => {
  if (process.env.PIN_INCOME_TAX_WRITE === '1') {
    it('writes the fixture', async () => {
      const all: Record<string, Answer> = {};
      for (const [name, body] of Object.entries(households)) all[name] = await answer(body);
      writeFileSync(FIXTURE, `${JSON.stringify(all, null, 1)}\n`);
    });
    return;
  }
  const pinned = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, Answer>;

  it('pins every household', () => {
    expect(Object.keys(pinned).sort()).toEqual(Object.keys(households).sort());
  });

  for (const [name, body] of Object.entries(households)) {
    it(name, async () => {
      const got = await answer(body);
      expect(got.status).toBe(pinned[name]!.status);
      expect(got.contentType).toBe(pinned[name]!.contentType);
      expect(got.cacheControl).toBe(pinned[name]!.cacheControl);
      // Compared as strings: the bytes, key order and number formatting included.
      expect(got.body).toBe(pinned[name]!.body);
    });
  }

  it('answers the same bytes the second time (nothing shared between answers is changed by one)', async () => {
    for (const [name, body] of Object.entries(households)) expect((await answer(body)).body, name).toBe(pinned[name]!.body);
  });
});
