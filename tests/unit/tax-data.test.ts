import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainData } from '../support/domain';
import { INCOME_TAX_YEARS } from '@/lib/tax/data/income-tax-years';
import { INTEREST_DAY_BASIS, POSTAL_ONE_YEAR_RATES } from '@/lib/tax/data/interest-rates';
import { ART20_NEW, ART20_OLD, ART20_TRANSITION, CUSTOMS_DAILY } from '@/lib/tax/data/late-payment-rules';
import * as licence from '@/lib/tax/data/license-tax-rates';
import { MONEY_ROUNDING } from '@/lib/tax/data/rounding';
import type { Sourced } from '@/lib/tax/types';

const domainFile = domainData;

type DomainYear = {
  brackets: { upTo: number | null; rate: number; progressiveDifference: number }[];
  exemptionPerPerson: number;
  exemptionAge70Plus: number;
  standardDeduction: { single: number; married: number };
  salarySpecialDeduction: number;
  disabilitySpecialDeduction?: number;
  savingsInvestmentSpecialDeduction?: number;
  educationSpecialDeductionPerStudent?: number;
  preschoolSpecialDeduction?: { first: number; secondAndLater: number };
  longTermCareSpecialDeduction?: number;
  housingRentSpecialDeduction?: number;
  basicLivingExpensePerPerson: number | null;
};

describe('data tables agree with the domain facts (data/domain)', () => {
  it('income-tax.json: every figure of 113, 114 and 115', () => {
    const domain = domainFile<Record<string, DomainYear>>('income-tax.json');
    const blocks: Record<number, DomainYear | undefined> = {
      113: domain.incomeYear2024_ROC113_filedMay2025,
      114: domain.incomeYear2025_ROC114_filedMay2026,
      115: domain.incomeYear2026_ROC115_filedMay2027,
    };
    for (const year of INCOME_TAX_YEARS) {
      const d = blocks[year.rocYear];
      if (!d) throw new Error(`no domain block for ${year.rocYear}`);
      expect(year.brackets.value.map((b) => [b.upTo, b.ratePercent / 100, b.progressiveDifference])).toEqual(d.brackets.map((b) => [b.upTo, b.rate, b.progressiveDifference]));
      expect(year.exemption.value).toBe(d.exemptionPerPerson);
      expect(year.exemption70Plus.value).toBe(d.exemptionAge70Plus);
      expect(year.standardDeduction.value).toEqual(d.standardDeduction);
      expect(year.salaryDeduction.value).toBe(d.salarySpecialDeduction);
      expect(year.disabilityDeduction?.value).toBe(d.disabilitySpecialDeduction);
      expect(year.savingsDeduction?.value).toBe(d.savingsInvestmentSpecialDeduction);
      expect(year.tuitionDeductionPerStudent?.value).toBe(d.educationSpecialDeductionPerStudent);
      expect(year.preschoolDeduction ? { ...year.preschoolDeduction.value } : undefined).toEqual(
        d.preschoolSpecialDeduction ? { first: d.preschoolSpecialDeduction.first, secondAndLater: d.preschoolSpecialDeduction.secondAndLater } : undefined,
      );
      expect(year.longTermCareDeduction?.value).toBe(d.longTermCareSpecialDeduction);
      expect(year.rentDeduction?.value).toBe(d.housingRentSpecialDeduction);
      expect(year.basicLivingExpense?.value ?? null).toBe(d.basicLivingExpensePerPerson);
    }
  });

  it('late-payment.json: caps, step days, effective date, customs rate and deposit rates', () => {
    const d = domainFile<{
      taxCollectionActArt20: { before: { cap: number; enforcementAfterDays: number }; after: { cap: number; enforcementAfterDays: number; effective: string } };
      interest: { postal1YearFixedRateOnJan1: Record<string, number | string> };
    }>('late-payment.json');
    expect(ART20_OLD.capPercent / 100).toBe(d.taxCollectionActArt20.before.cap);
    expect(ART20_NEW.capPercent / 100).toBe(d.taxCollectionActArt20.after.cap);
    expect([ART20_OLD.periodDays, ART20_NEW.periodDays]).toEqual([d.taxCollectionActArt20.before.enforcementAfterDays, d.taxCollectionActArt20.after.enforcementAfterDays]);
    expect([ART20_OLD.daysPerPercent, ART20_NEW.daysPerPercent]).toEqual([2, 3]);
    expect(d.taxCollectionActArt20.after.effective.startsWith(ART20_NEW.validFrom ?? '')).toBe(true);
    expect(ART20_TRANSITION.switchDate).toBe(ART20_NEW.validFrom);
    expect(CUSTOMS_DAILY.basisPointsPerDay / 10_000).toBe(0.0005);
    const rates = Object.fromEntries(POSTAL_ONE_YEAR_RATES.map((r) => [String(r.year), r.ratePercent]));
    const domainRates = Object.fromEntries(Object.entries(d.interest.postal1YearFixedRateOnJan1).filter(([k]) => /^\d{4}$/.test(k)));
    expect(rates).toEqual(domainRates);
  });

  it('deposit-rate confidence follows addenda B: 2021–2023 uncertain, 2024–2026 verified', () => {
    expect(POSTAL_ONE_YEAR_RATES.map((r) => [r.year, r.confidence])).toEqual([
      [2021, 'uncertain'],
      [2022, 'uncertain'],
      [2023, 'uncertain'],
      [2024, 'verified'],
      [2025, 'verified'],
      [2026, 'verified'],
    ]);
  });

  it('vehicle-license-tax.json: the EV exemption end date', () => {
    const d = domainFile<{ electricPassengerCar_byMotorPower: { note: string } }>('vehicle-license-tax.json');
    expect(d.electricPassengerCar_byMotorPower.note).toContain(licence.EV_EXEMPTION.exemptUntil);
  });
});

describe('data tables are internally consistent', () => {
  it('progressive differences are continuous (addenda A arithmetic check)', () => {
    for (const year of INCOME_TAX_YEARS) {
      const b = year.brackets.value;
      for (let i = 1; i < b.length; i += 1) {
        const [prev, cur] = [b[i - 1]!, b[i]!];
        expect(cur.progressiveDifference).toBe(prev.progressiveDifference + ((prev.upTo ?? 0) * (cur.ratePercent - prev.ratePercent)) / 100);
      }
    }
    // The figures addenda A prints: 590,000 × 7% = 41,300 and 610,000 × 7% = 42,700.
    expect(INCOME_TAX_YEARS[0]!.brackets.value[1]!.progressiveDifference).toBe(41_300);
    expect(INCOME_TAX_YEARS[2]!.brackets.value[1]!.progressiveDifference).toBe(42_700);
  });

  it('basic living expense = 60% of the median disposable income, rounded to thousands (113: 349,359; 114: 355,617)', () => {
    const sixtyPercentRounded = (median: number) => Math.round((median * 0.6) / 1000) * 1000;
    expect(sixtyPercentRounded(349_359)).toBe(INCOME_TAX_YEARS[0]!.basicLivingExpense?.value);
    expect(Math.round(355_617 * 0.6)).toBe(213_370);
    expect(sixtyPercentRounded(355_617)).toBe(INCOME_TAX_YEARS[1]!.basicLivingExpense?.value);
  });

  it('the 70+ exemption is 1.5 × the exemption', () => {
    for (const year of INCOME_TAX_YEARS) expect(year.exemption70Plus.value).toBe(year.exemption.value * 1.5);
  });

  it('every row carries a source, a confidence and a valid-from date (or null where unknown)', () => {
    const rows: Sourced[] = [
      ...POSTAL_ONE_YEAR_RATES,
      INTEREST_DAY_BASIS,
      ART20_NEW,
      ART20_OLD,
      ART20_TRANSITION,
      CUSTOMS_DAILY,
      MONEY_ROUNDING,
      ...licence.PRIVATE_CAR_BANDS,
      ...licence.COMMERCIAL_CAR_BANDS,
      ...licence.MOTORCYCLE_BANDS,
      ...licence.ELECTRIC_PRIVATE_CAR_BANDS,
      ...licence.ELECTRIC_COMMERCIAL_CAR_BANDS,
      licence.EV_EXEMPTION,
      licence.LICENSE_PRO_RATA,
      licence.LICENSE_COLLECTION,
      ...INCOME_TAX_YEARS.flatMap((y) =>
        [y.brackets, y.exemption, y.exemption70Plus, y.standardDeduction, y.salaryDeduction, y.disabilityDeduction, y.savingsDeduction, y.tuitionDeductionPerStudent, y.preschoolDeduction, y.longTermCareDeduction, y.rentDeduction, y.basicLivingExpense, y.basicLivingComparison].filter(
          (f): f is NonNullable<typeof f> => f !== null,
        ),
      ),
    ];
    for (const row of rows) {
      expect(row.source.length).toBeGreaterThan(10);
      expect(['verified', 'single-source', 'uncertain']).toContain(row.confidence);
      if (row.validFrom !== null) expect(row.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(MONEY_ROUNDING.confidence).toBe('uncertain');
    expect(INTEREST_DAY_BASIS.confidence).toBe('uncertain');
  });
});

describe('lib/tax stays framework-free', () => {
  it('imports only zod and its own modules', () => {
    const root = new URL('../../lib/tax/', import.meta.url).pathname;
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
      });
    let count = 0;
    for (const file of files(root)) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gm)].map((m) => m[1]);
      for (const spec of specifiers) expect(spec === 'zod' || spec?.startsWith('.'), `${file}: ${spec}`).toBe(true);
      count += specifiers.length;
    }
    expect(count).toBeGreaterThan(50);
  });
});
