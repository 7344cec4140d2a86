/**
 * From the tax payable to what people want to know: pay how much more, or get how much back.
 * The dividend credit, the tax withheld and any tax paid in advance are set against the tax;
 * all three are refundable, so the balance may be negative (a refund). 所得稅法 §71: the return
 * computes the tax and deducts the tax withheld and the credits.
 */
import { DIVIDEND_CREDIT } from './data/income-tax-credits';
import type { ExcludedDeductions } from './income-tax-deductions';
import { incomeTaxAct } from './laws';
import { formatNtd, roundRatio } from './money';
import type { Step } from './types';

export type Settlement = Readonly<{
  dividendCredit: number;
  withheld: number;
  prepaid: number;
  balance: number;
  outcome: 'pay' | 'refund' | 'settled';
}>;

export function dividendCredit(dividends: number): number {
  const { ratePermille, capPerReturn } = DIVIDEND_CREDIT.value;
  return Math.min(capPerReturn, roundRatio(BigInt(dividends) * BigInt(ratePermille), 1000n));
}

export function settle(taxPayable: number, dividends: number, withheld: number, prepaid: number): Settlement {
  const credit = dividendCredit(dividends);
  const balance = taxPayable - credit - withheld - prepaid;
  return { dividendCredit: credit, withheld, prepaid, balance, outcome: balance > 0 ? 'pay' : balance < 0 ? 'refund' : 'settled' };
}

export function excludedStep(excluded: ExcludedDeductions): Step {
  const total = excluded.longTermCare + excluded.rent;
  return {
    id: 'special-excluded',
    label: {
      'zh-Hant-TW': '適用稅率達 20%，長期照顧及房屋租金支出特別扣除額不得扣除',
      en: 'Rate of 20% or more: the long-term care and rent deductions are not allowed',
    },
    amount: total,
    basis: incomeTaxAct(17),
    confidence: 'single-source',
    note: {
      'zh-Hant-TW': `減除這兩項扣除額後，適用稅率仍在 20% 以上，依法不得扣除，已從扣除額中移除 ${formatNtd(total)} 元。`,
      en: `Even after these deductions the applied rate is 20% or more, so the law does not allow them; NT$${formatNtd(total)} was taken back out.`,
    },
  };
}

export function creditSteps(s: Settlement, dividends: number): Step[] {
  const steps: Step[] = [];
  if (s.dividendCredit > 0) {
    steps.push({
      id: 'dividend-credit',
      label: { 'zh-Hant-TW': '股利可抵減稅額（股利的 8.5%，每戶最多 80,000 元）', en: 'Dividend credit (8.5% of dividends, at most 80,000 a return)' },
      amount: s.dividendCredit,
      formula: `${formatNtd(dividends)} × 8.5% = ${formatNtd(roundRatio(BigInt(dividends) * 85n, 1000n))}${s.dividendCredit === DIVIDEND_CREDIT.value.capPerReturn ? ` → ${formatNtd(s.dividendCredit)}` : ''}`,
      basis: incomeTaxAct(15),
      confidence: DIVIDEND_CREDIT.confidence,
    });
  }
  if (s.withheld > 0) {
    steps.push({
      id: 'withheld',
      label: { 'zh-Hant-TW': '扣繳稅額（已由公司、銀行預先扣繳）', en: 'Tax withheld (already taken by employers and banks)' },
      amount: s.withheld,
      basis: incomeTaxAct(71),
    });
  }
  if (s.prepaid > 0) {
    steps.push({
      id: 'prepaid',
      label: { 'zh-Hant-TW': '已預先繳納的稅額', en: 'Tax already paid in advance' },
      amount: s.prepaid,
      basis: incomeTaxAct(71),
    });
  }
  return steps;
}

export function settlementStep(s: Settlement): Step {
  const owed = s.balance + s.dividendCredit + s.withheld + s.prepaid;
  return {
    id: 'settlement',
    label:
      s.outcome === 'refund'
        ? { 'zh-Hant-TW': '應退稅額', en: 'Refund due to you' }
        : s.outcome === 'pay'
          ? { 'zh-Hant-TW': '應補稅額', en: 'Tax still to pay' }
          : { 'zh-Hant-TW': '不必補稅，也沒有退稅', en: 'Nothing to pay and no refund' },
    amount: Math.abs(s.balance),
    value: s.outcome,
    formula: `${formatNtd(owed)} − ${formatNtd(s.dividendCredit)} − ${formatNtd(s.withheld)} − ${formatNtd(s.prepaid)} = ${formatNtd(s.balance)}`,
    basis: incomeTaxAct(71),
  };
}
