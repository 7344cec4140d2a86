import { afterEach, describe, expect, it, vi } from 'vitest';
import { calculateLateFee, issueParams, lateFeeInputSchema, taxFieldErrors, taxMessage } from '@/lib/tax';

const fee = (deadline: string, paidOn: string, amount = 100_000) => calculateLateFee({ amount, deadline, paidOn });
const stepIds = (r: { steps: readonly { id: string }[] }) => r.steps.map((s) => s.id);

describe('late fee: worked examples from the domain facts (data/domain)', () => {
  it('Taichung day table (new rule): days 1–3 none, 4–6 1%, 7–9 2% … max 10%', () => {
    // 2025-06-02 is a Monday; n days late = paid n days after it.
    const rateOnDay = (n: number) => fee('2025-06-02', addDays('2025-06-02', n)).surchargeRate;
    expect([1, 2, 3].map(rateOnDay)).toEqual([0, 0, 0]);
    expect([4, 5, 6].map(rateOnDay)).toEqual([0.01, 0.01, 0.01]);
    expect([7, 8, 9].map(rateOnDay)).toEqual([0.02, 0.02, 0.02]);
    expect(rateOnDay(28)).toBe(0.09);
    expect(rateOnDay(31)).toBe(0.1);
    expect(rateOnDay(90)).toBe(0.1);
  });

  it('old rule day table (MOF GL003879 / yltb): day 3 1%, day 29 14%, day 31 15%', () => {
    // Deadline 2021-06-01 (Tuesday): the period and payment are all before 2022, so the old rule.
    const at = (n: number) => fee('2021-06-01', addDays('2021-06-01', n));
    expect(at(2).surchargeRate).toBe(0);
    expect(at(3).surchargeRate).toBe(0.01);
    expect(at(29).surchargeRate).toBe(0.14);
    expect(at(30).surchargeRate).toBe(0.14);
    expect(at(31).surchargeRate).toBe(0.15);
    expect(at(31).ruleId).toBe('art20-old');
    expect(at(31).surchargeCap).toBe(0.15);
  });

  it('Taoyuan transition: deadline 2021-11-30 (period ends 2021-12-30): both payments use the old rule', () => {
    const inPeriod = fee('2021-11-30', '2021-12-15');
    expect(inPeriod.surchargePeriod).toEqual({ from: '2021-12-01', to: '2021-12-30' });
    expect(inPeriod.ruleId).toBe('art20-old');
    expect(inPeriod.daysLate).toBe(15);
    expect(inPeriod.surcharge).toBe(7_000); // floor(14 / 2) = 7%
    const after = fee('2021-11-30', '2022-01-10');
    expect(after.ruleId).toBe('art20-old');
    expect(after.surcharge).toBe(15_000);
    // Interest from 2021-12-31: 1 day at the 2021 rate, 10 days at the 2022 rate (both 0.78%).
    expect(after.interestPeriods.map((p) => [p.from, p.to, p.days, p.rate])).toEqual([
      ['2021-12-31', '2021-12-31', 1, 0.0078],
      ['2022-01-01', '2022-01-10', 10, 0.0078],
    ]);
  });

  it('Taoyuan transition: deadline 2021-12-20 (period ends 2022-01-19): old rule if paid 2021-12-30, new rule if paid 2022-01-05', () => {
    const before = fee('2021-12-20', '2021-12-30');
    expect(before.surchargePeriod.to).toBe('2022-01-19');
    expect(before.ruleId).toBe('art20-old');
    expect(before.surchargeRate).toBe(0.04); // 10 days: floor(9 / 2)
    const after = fee('2021-12-20', '2022-01-05');
    expect(after.ruleId).toBe('art20-2022');
    expect(after.surchargeRate).toBe(0.05); // 16 days: floor(15 / 3)
    expect(after.steps.find((s) => s.id === 'rule')?.confidence).toBe('single-source');
  });

  it('cpa.get example: effective deadline 12-02, paid 12-12 → 10 days late, 3%; period 12-03 to 01-01; interest from 01-02', () => {
    // As printed the example is dated 2022, where 12-02 is the effective deadline.
    const r = fee('2022-12-02', '2022-12-12');
    expect(r.daysLate).toBe(10);
    expect(r.surchargeRate).toBe(0.03);
    expect(r.surcharge).toBe(3_000);
    expect(r.surchargePeriod).toEqual({ from: '2022-12-03', to: '2023-01-01' });
    expect(r.interestFrom).toBe('2023-01-02');
    expect(r.interest).toBe(0);
  });

  it('cpa.get example with a real Saturday: 2024-11-30 moves to Monday 2024-12-02', () => {
    // 2022-11-30 was a Wednesday, so the printed "Saturday" matches 2024's calendar.
    const r = fee('2024-11-30', '2024-12-12');
    expect(r.deadlineAdjusted).toBe('2024-12-02');
    expect(r.daysLate).toBe(10);
    expect(r.surchargeRate).toBe(0.03);
    expect(r.surchargePeriod).toEqual({ from: '2024-12-03', to: '2025-01-01' });
    expect(r.interestFrom).toBe('2025-01-02');
    expect(r.steps[0]?.note?.en).toContain('2024-11-30 (Saturday)');
  });

  it('Southern Area NTB: a bill due 115/1/26 can be paid until 115/2/25, the end of the 30-day period', () => {
    const r = fee('2026-01-26', '2026-02-25');
    expect(r.deadlineAdjusted).toBe('2026-01-26');
    expect(r.surchargePeriod.to).toBe('2026-02-25');
    expect(r.referral).toEqual({ referred: false, date: '2026-02-26' });
    expect(fee('2026-01-26', '2026-02-26').referral.referred).toBe(true);
  });
});

describe('late fee: the issue example and the API contract', () => {
  it('100,000 due 2025-05-31 (a Saturday), paid 2025-07-31', () => {
    const r = calculateLateFee({ amount: 100_000, deadline: '2025-05-31', paidOn: '2025-07-31' });
    expect(r).toMatchObject({
      regime: 'tax-collection-act',
      taxKind: 'national-tax',
      deadlineAdjusted: '2025-06-02',
      daysLate: 59,
      surchargeRate: 0.1,
      surcharge: 10_000,
      interestFrom: '2025-07-03',
      interestDays: 29,
      interest: 137, // 100,000 × 1.725% × 29 / 365 = 137.05
      total: 110_137,
      referral: { referred: true, date: '2025-07-03' },
    });
    expect(stepIds(r)).toEqual(['deadline', 'days-late', 'rule', 'surcharge', 'surcharge-period', 'interest-2025', 'referral', 'rounding', 'total']);
    for (const step of r.steps) {
      expect(step.label['zh-Hant-TW']).toBeTruthy();
      expect(step.label.en).toBeTruthy();
      expect(step.basis.law['zh-Hant-TW']).toBeTruthy();
    }
    expect(r.steps.find((s) => s.id === 'interest-2025')?.formula).toBe('100,000 × 1.725% × 29 / 365 = 137');
  });

  it('accepts amounts as form text with separators', () => {
    expect(calculateLateFee({ amount: '100,000', deadline: '2025-06-02', paidOn: '2025-06-12' }).surcharge).toBe(3_000);
  });
});

describe('late fee: boundary days', () => {
  it('day 3 and day 4 (new rule)', () => {
    expect(fee('2025-06-02', '2025-06-05').surcharge).toBe(0);
    expect(fee('2025-06-02', '2025-06-06').surcharge).toBe(1_000);
  });

  it('day 2 and day 3 (old rule)', () => {
    expect(fee('2021-06-01', '2021-06-03').surcharge).toBe(0);
    expect(fee('2021-06-01', '2021-06-04').surcharge).toBe(1_000);
  });

  it('day 30 and day 31: 9% → 10%, no interest → 1 day, no referral → referral', () => {
    const day30 = fee('2025-06-02', '2025-07-02');
    const day31 = fee('2025-06-02', '2025-07-03');
    expect([day30.daysLate, day30.surchargeRate, day30.interestDays, day30.interest, day30.referral.referred]).toEqual([30, 0.09, 0, 0, false]);
    expect([day31.daysLate, day31.surchargeRate, day31.interestDays, day31.referral.referred]).toEqual([31, 0.1, 1, true]);
    expect(day31.interest).toBe(5); // 100,000 × 1.725% / 365 = 4.73
  });

  it('paying on the deadline, or between the printed and the moved deadline, is not late', () => {
    expect(fee('2025-06-02', '2025-06-02')).toMatchObject({ daysLate: 0, surcharge: 0, interest: 0, total: 100_000 });
    expect(fee('2025-05-31', '2025-06-02')).toMatchObject({ daysLate: 0, surcharge: 0 });
  });

  it('counts 29 February in leap years', () => {
    // 2/28 is a holiday (和平紀念日), so the deadlines here are open weekdays before it.
    expect(fee('2024-02-27', '2024-03-01').daysLate).toBe(3);
    expect(fee('2023-02-24', '2023-03-01').daysLate).toBe(5);
    const r = fee('2024-01-30', '2024-03-05'); // Tuesday deadline; period ends 2024-02-29
    expect(r.surchargePeriod.to).toBe('2024-02-29');
    expect(r.interestPeriods).toEqual([expect.objectContaining({ from: '2024-03-01', to: '2024-03-05', days: 5 })]);
  });

  it('splits interest at a year boundary with two rates (2024 1.600%, 2025 1.725%)', () => {
    const r = fee('2024-11-15', '2025-01-20');
    expect(r.interestPeriods.map((p) => [p.from, p.to, p.days, p.rate, p.amount])).toEqual([
      ['2024-12-16', '2024-12-31', 16, 0.016, 70], // 70.14
      ['2025-01-01', '2025-01-20', 20, 0.01725, 95], // 94.52
    ]);
    expect(r.interest).toBe(165);
    expect(r.interestDays).toBe(36);
    expect(stepIds(r)).toContain('interest-2024');
    expect(stepIds(r)).toContain('interest-2025');
  });

  it('splits 2022→2023 (0.78% → 1.475%) and flags both rates as uncertain', () => {
    const r = fee('2022-11-01', '2023-01-10');
    expect(r.interestPeriods.map((p) => [p.from, p.days, p.rate, p.confidence])).toEqual([
      ['2022-12-02', 30, 0.0078, 'uncertain'],
      ['2023-01-01', 10, 0.01475, 'uncertain'],
    ]);
    const figures = r.warnings.filter((w) => w.code === 'figure_uncertain').map((w) => w.message.en);
    expect(figures.some((m) => m.includes('2022 post office'))).toBe(true);
    expect(figures.some((m) => m.includes('2023 post office'))).toBe(true);
  });

  it('skips caller-given closed days after a weekend', () => {
    const r = calculateLateFee({ amount: 1_000, deadline: '2025-05-31', paidOn: '2025-06-10', closedDays: ['2025-06-02'] });
    expect(r.deadlineAdjusted).toBe('2025-06-03');
    expect(r.steps[0]?.note?.['zh-Hant-TW']).toContain('2025-06-02（停止上班日）');
  });

  it('says the office calendar is missing only for years outside 2021–2027', () => {
    expect(fee('2025-06-02', '2025-06-12').warnings.filter((w) => w.code === 'holiday_table_missing')).toEqual([]);
    expect(fee('2026-11-30', '2026-12-10').warnings.filter((w) => w.code === 'holiday_table_missing')).toEqual([]);
    const r = fee('2028-03-01', '2028-03-10');
    expect(r.warnings.find((w) => w.code === 'holiday_table_missing')?.params).toEqual({ year: 2028, from: 2021, to: 2027 });
    // Chinese pages read ROC years; the params stay Gregorian for programs.
    expect(r.warnings.find((w) => w.code === 'holiday_table_missing')?.message['zh-Hant-TW']).toContain('只有民國110年至116年，民國117年的繳納期限');
    expect(r.warnings.find((w) => w.code === 'holiday_table_missing')?.message.en).toContain('covers 2021–2027; for 2028');
    // 2027-12-31 is closed (substitute for 2028-01-01), so the deadline moves into 2028: one warning, for 2028.
    const across = fee('2027-12-31', '2028-01-10');
    expect(across.deadlineAdjusted).toBe('2028-01-03');
    expect(across.warnings.filter((w) => w.code === 'holiday_table_missing').map((w) => w.params?.year)).toEqual([2028]);
  });
});

describe('late fee: the office calendar (issue 11)', () => {
  it('National Day 2025-10-10 moves to 10-13: paid 10-17 is 4 days late, 1% (not 2%)', () => {
    const r = fee('2025-10-10', '2025-10-17');
    expect(r.deadlineAdjusted).toBe('2025-10-13');
    expect(r.daysLate).toBe(4);
    expect(r.surchargeRate).toBe(0.01);
    expect(r.surcharge).toBe(1_000);
  });

  it('a deadline on a make-up Saturday (2025-02-08) does not move', () => {
    const r = fee('2025-02-08', '2025-02-12');
    expect(r.deadlineAdjusted).toBe('2025-02-08');
    expect(r.daysLate).toBe(4);
  });

  it('Lunar New Year 2026: 2026-02-16 moves to 02-23', () => {
    expect(fee('2026-02-16', '2026-02-23')).toMatchObject({ deadlineAdjusted: '2026-02-23', daysLate: 0, surcharge: 0 });
  });

  it('Labour Day 2026-05-01 moves to 05-04', () => {
    expect(fee('2026-05-01', '2026-05-08')).toMatchObject({ deadlineAdjusted: '2026-05-04', daysLate: 4, surchargeRate: 0.01 });
  });
});

describe('late fee: rounding (half up to whole NTD, each amount once)', () => {
  it('rounds the surcharge half up', () => {
    expect(fee('2025-06-02', '2025-06-06', 150).surcharge).toBe(2); // 1.50
    expect(fee('2025-06-02', '2025-06-06', 149).surcharge).toBe(1); // 1.49
    expect(fee('2025-06-02', '2025-06-06', 49).surcharge).toBe(0); // 0.49
  });

  it('rounds each interest period half up and adds the rounded periods', () => {
    // 730,000 × 1.725% × 1 / 365 = 34.5 exactly (computed as an integer ratio); 729,999 → 34.49995.
    expect(fee('2025-06-02', '2025-07-03', 730_000).interest).toBe(35);
    expect(fee('2025-06-02', '2025-07-03', 729_999).interest).toBe(34);
    // 10,000 × 1.725% × 3 / 365 = 1.4178 → 1
    expect(fee('2025-06-02', '2025-07-05', 10_000).interest).toBe(1);
    const split = fee('2024-11-15', '2025-01-20');
    expect(split.interest).toBe(split.interestPeriods.reduce((s, p) => s + p.amount, 0));
  });

  it('states the rounding rule as a step with its confidence', () => {
    const step = fee('2025-06-02', '2025-07-03').steps.find((s) => s.id === 'rounding');
    expect(step).toMatchObject({ value: 'half-up', confidence: 'uncertain' });
    expect(step?.label['zh-Hant-TW']).toContain('四捨五入');
  });
});

describe('late fee: customs duty (0.05% a day)', () => {
  it('charges 0.05% per day from the day after the deadline, without interest', () => {
    const r = calculateLateFee({ taxKind: 'customs-duty', amount: 100_000, deadline: '2025-06-02', paidOn: '2025-06-12' });
    expect(r).toMatchObject({ regime: 'customs', ruleId: 'customs-daily', daysLate: 10, surcharge: 500, interest: 0, total: 100_500, surchargeCap: 0.015 });
    expect(r.surchargeRate).toBeCloseTo(0.005, 10);
    expect(r.warnings.map((w) => w.code)).toContain('customs_no_interest_recorded');
  });

  it('states the 30-day sale/enforcement point', () => {
    const base = { taxKind: 'customs-duty' as const, amount: 10_000, deadline: '2025-06-02' };
    expect(calculateLateFee({ ...base, paidOn: '2025-07-02' }).referral).toEqual({ referred: false, date: '2025-07-03' });
    const late = calculateLateFee({ ...base, paidOn: '2025-07-03' });
    expect(late.referral.referred).toBe(true);
    expect(late.surcharge).toBe(150); // 10,000 × 0.05% × 30: the surcharge stops at 30 days
    expect(late.warnings.map((w) => w.code)).toContain('customs_cap_uncertain');
  });

  it('stops at 30 days, 1.5%, and flags that cap as single-source (addenda §E)', () => {
    const at = (paidOn: string) => calculateLateFee({ taxKind: 'customs-duty', amount: 1_000_000, deadline: '2025-06-02', paidOn });
    expect(at('2025-07-01').surcharge).toBe(14_500); // 29 days
    expect(at('2025-07-02').surcharge).toBe(15_000); // 30 days
    expect(at('2025-12-31')).toMatchObject({ surcharge: 15_000, surchargeRate: 0.015, surchargeCap: 0.015 });
    const step = at('2025-12-31').steps.find((s) => s.id === 'surcharge');
    expect(step?.confidence).toBe('single-source');
    expect(at('2025-07-01').warnings.map((w) => w.code)).not.toContain('customs_cap_uncertain');
  });

  it('rounds half up: 1,000 × 0.05% × 1 = 0.5 → 1', () => {
    expect(calculateLateFee({ taxKind: 'customs-duty', amount: 1_000, deadline: '2025-06-02', paidOn: '2025-06-03' }).surcharge).toBe(1);
  });
});

describe('late fee: input validation', () => {
  const issues = (input: unknown) =>
    lateFeeInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message, Object.keys(issueParams(i)).length ? issueParams(i) : null]) ?? [];

  it('explains each wrong field with a code', () => {
    expect(issues({ amount: -5, deadline: '2025-02-30', paidOn: '2025/07/31' })).toEqual([
      ['amount', 'amount_negative', null],
      ['deadline', 'date_invalid', null],
      ['paidOn', 'date_format', null],
    ]);
    expect(issues({ deadline: '2025-05-31' })).toEqual([['amount', 'field_required', null]]);
    expect(issues({ amount: 1.5, deadline: '2025-05-31', paidOn: '2025-06-30' })).toEqual([['amount', 'amount_not_integer', null]]);
    expect(issues({ amount: 1, deadline: '2025-05-31', paidOn: '2025-06-30', taxKind: 'gift-tax' })).toEqual([['taxKind', 'tax_kind_unknown', null]]);
    expect(issues({ amount: 1e12, deadline: '2025-05-31', paidOn: '2025-06-30' })).toEqual([['amount', 'amount_too_large', null]]);
  });

  it('accepts a payment before the deadline: nothing is late (a result, not an error)', () => {
    expect(issues({ amount: 1, deadline: '2025-05-31', paidOn: '2025-05-30' })).toEqual([]);
    const r = fee('2025-05-31', '2025-05-30');
    expect(r).toMatchObject({ daysLate: 0, surcharge: 0, surchargeRate: 0, interest: 0, interestDays: 0, total: 100_000, interestPeriods: [] });
    expect(r.steps.map((s) => s.id)).toEqual(['deadline', 'days-late', 'total']);
    expect(calculateLateFee({ taxKind: 'customs-duty', amount: 5, deadline: '2025-05-31', paidOn: '2025-01-01' })).toMatchObject({ daysLate: 0, total: 5 });
  });

  it('refuses interest for a year with no deposit rate, naming the year', () => {
    expect(issues({ amount: 1, deadline: '2026-11-02', paidOn: '2027-01-15' })).toEqual([['paidOn', 'interest_rate_year_not_supported', { year: 2027 }]]);
    expect(issues({ amount: 1, deadline: '2020-11-02', paidOn: '2021-01-15' })).toEqual([['paidOn', 'interest_rate_year_not_supported', { year: 2020 }]]);
    // Within the 30-day period no interest is due, so no rate is needed.
    expect(issues({ amount: 1, deadline: '2026-12-01', paidOn: '2026-12-31' })).toEqual([]);
    expect(() => calculateLateFee({ amount: 1, deadline: '2026-11-02', paidOn: '2027-01-15' })).toThrow(/interest_rate_year_not_supported/);
    expect(taxMessage('interest_rate_year_not_supported', 'en', { year: 2027 })).toContain('2027');
  });

  it('gives field messages in either language, placeholders filled', () => {
    const error = lateFeeInputSchema.safeParse({ amount: -1, deadline: '2025-02-30' }).error;
    if (!error) throw new Error('expected an error');
    expect(taxFieldErrors(error, 'en')).toEqual({
      amount: ['The amount cannot be negative.'],
      deadline: ['This date does not exist (for example 30 February).'],
    });
    const rate = lateFeeInputSchema.safeParse({ amount: 1, deadline: '2026-11-02', paidOn: '2027-01-15' }).error;
    if (!rate) throw new Error('expected an error');
    expect(taxFieldErrors(rate, 'zh-Hant-TW').paidOn?.[0]).toContain('民國116年的郵局一年期定存利率尚未收錄');
  });

  it('defaults to the general rule (a national tax) and the payment date to today in Taiwan', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-06-11T17:00:00Z')); // 2025-06-12 01:00 in Taipei
    const parsed = lateFeeInputSchema.parse({ amount: 1_000, deadline: '2025-06-02' });
    expect(parsed).toMatchObject({ paidOn: '2025-06-12', closedDays: [] });
    expect(calculateLateFee({ amount: 100_000, deadline: '2025-06-02' })).toMatchObject({ daysLate: 10, taxType: 'general', taxKind: 'national-tax' });
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('late fee: the tax’s own statute (issue 11)', () => {
  const late = { amount: 100_000, deadline: '2025-06-02', paidOn: '2025-08-15' };

  it('defaults to the general rule and cites the general interest rule, never another tax’s act', () => {
    const r = calculateLateFee(late);
    expect(r.taxType).toBe('general');
    const interest = r.steps.filter((s) => s.id.startsWith('interest'));
    expect(interest.length).toBeGreaterThan(0);
    for (const s of interest) {
      expect(s.basis.citation['zh-Hant-TW']).not.toContain('特種貨物及勞務稅條例');
      expect(s.basis.url ?? '').not.toContain('yltb');
    }
    expect(r.steps.find((s) => s.id === 'deadline')?.basis.url ?? '').not.toMatch(/yltb|county/);
  });

  it('names the tax’s own act for the interest, marked unverified; the surcharge stays 稅捐稽徵法第20條第1項', () => {
    const r = calculateLateFee({ ...late, taxType: 'income' });
    expect(r).toMatchObject({ taxType: 'income', taxKind: 'national-tax', regime: 'tax-collection-act' });
    const interest = r.steps.find((s) => s.id.startsWith('interest-'));
    expect(interest?.basis.citation['zh-Hant-TW']).toContain('所得稅法');
    expect(interest?.basis.confidence).toBe('uncertain');
    expect(r.steps.find((s) => s.id === 'surcharge')?.basis.citation['zh-Hant-TW']).toBe('稅捐稽徵法第20條第1項');
    expect(r.total).toBe(calculateLateFee(late).total);
  });

  it('customs picks the customs regime; local taxes are local', () => {
    expect(calculateLateFee({ ...late, taxType: 'customs' })).toMatchObject({ regime: 'customs', taxKind: 'customs-duty' });
    expect(calculateLateFee({ ...late, taxType: 'house' })).toMatchObject({ taxKind: 'local-tax', regime: 'tax-collection-act' });
    expect(() => calculateLateFee({ ...late, taxType: 'dog-tax' as never })).toThrow(/tax_type_unknown/);
  });
});
