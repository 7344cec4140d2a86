/** The explained steps of an income tax result, one builder per kind of step. */
import type { IncomeTaxYear } from './data/income-tax-years';
import type { HouseholdDeductions } from './income-tax-deductions';
import type { IncomeTaxComputation, IncomeTaxMethod } from './income-tax-methods';
import { incomeTaxAct, TAXPAYER_RIGHTS_ACT_4 } from './laws';
import { formatNtd, largerOf } from './money';
import type { Confidence, LocalizedText, Step } from './types';

export const METHOD_LABELS: Readonly<Record<IncomeTaxMethod, LocalizedText>> = {
  combined: { 'zh-Hant-TW': '全部所得合併計稅', en: 'All income combined' },
  'salary-separate-taxpayer': { 'zh-Hant-TW': '本人薪資所得分開計稅', en: 'Taxpayer’s salary computed separately' },
  'salary-separate-spouse': { 'zh-Hant-TW': '配偶薪資所得分開計稅', en: 'Spouse’s salary computed separately' },
};

const PART_LABELS: Readonly<Record<string, LocalizedText>> = {
  all: { 'zh-Hant-TW': '綜合所得淨額', en: 'net taxable income' },
  'separate-salary': { 'zh-Hant-TW': '分開計稅之薪資', en: 'separate salary' },
  rest: { 'zh-Hant-TW': '其餘所得', en: 'the rest' },
};

// Texts that do not depend on the household are made once and frozen, shared by every answer,
// rather than worded again for each (issue 17: an answer cites and labels a dozen steps).
const text = (zh: string, en: string): LocalizedText => Object.freeze({ 'zh-Hant-TW': zh, en });

const INCOME_LABEL = text('綜合所得總額（薪資＋利息＋股利＋其他所得）', 'Total consolidated income (salary + interest + dividends + other income)');
const STANDARD_LABEL = {
  married: text('標準扣除額（有配偶）', 'Standard deduction (married)'),
  single: text('標準扣除額（單身）', 'Standard deduction (single)'),
};
const ITEMISED_LABEL = text('列舉扣除額', 'Itemised deductions');
const BASIC_LIVING_LABEL = text('基本生活費差額', 'Basic-living-expense difference');
const BASIC_LIVING_NOTE = text(
  '比較項目：免稅額、標準或列舉扣除額，及儲蓄投資、身心障礙、教育學費、幼兒學前、長期照顧、房屋租金支出特別扣除額（不含薪資所得特別扣除額）；差額為負時以 0 計。',
  'Compared with: exemptions, the standard or itemised deduction, and the savings, disability, tuition, preschool, long-term care and rent deductions (not the salary deduction); a negative difference counts as 0.',
);
const NET_INCOME_LABEL = text('綜合所得淨額（合併計稅）', 'Net taxable income (combined)');
const TAX_LABELS: Readonly<Record<IncomeTaxMethod, LocalizedText>> = Object.freeze({
  combined: methodTaxLabel('combined'),
  'salary-separate-taxpayer': methodTaxLabel('salary-separate-taxpayer'),
  'salary-separate-spouse': methodTaxLabel('salary-separate-spouse'),
});
const SEPARATE_NOTE = text(
  `先算${PART_LABELS['separate-salary']?.['zh-Hant-TW']}，再算${PART_LABELS.rest?.['zh-Hant-TW']}。分開計稅之薪資僅減除該人之免稅額及薪資所得特別扣除額；其餘免稅額、扣除額及基本生活費差額自其餘所得減除。`,
  `First the ${PART_LABELS['separate-salary']?.en}, then ${PART_LABELS.rest?.en}. The separate salary deducts only that person’s exemption and salary deduction; all other exemptions and deductions and the basic-living-expense difference go against the rest.`,
);
const PAYABLE_LABEL = text('應納稅額', 'Tax payable');

function methodTaxLabel(method: IncomeTaxMethod): LocalizedText {
  return text(`${METHOD_LABELS[method]['zh-Hant-TW']}之應納稅額`, `Tax, ${METHOD_LABELS[method].en.toLowerCase()}`);
}

export function incomeStep(d: HouseholdDeductions): Step {
  return {
    id: 'income',
    label: INCOME_LABEL,
    amount: d.totalIncome,
    formula: `${formatNtd(d.salaryIncome)} + ${formatNtd(d.interestIncome)} + ${formatNtd(d.dividendIncome)} + ${formatNtd(d.otherIncome)} = ${formatNtd(d.totalIncome)}`,
    basis: incomeTaxAct(14),
  };
}

export function exemptionStep(year: IncomeTaxYear, d: HouseholdDeductions): Step {
  const regular = d.members.length - d.agedCount;
  const terms = [
    ...(regular > 0 ? [`${regular} × ${formatNtd(year.exemption.value)}`] : []),
    ...(d.agedCount > 0 ? [`${d.agedCount} × ${formatNtd(year.exemption70Plus.value)}`] : []),
  ];
  return {
    id: 'exemptions',
    label: {
      'zh-Hant-TW': `免稅額：${d.members.length} 人${d.agedCount > 0 ? `（其中 ${d.agedCount} 人年滿 70 歲）` : ''}`,
      en: `Exemptions: ${d.members.length} ${d.members.length === 1 ? 'person' : 'people'}${d.agedCount > 0 ? ` (${d.agedCount} aged 70+)` : ''}`,
    },
    amount: d.exemptions,
    formula: `${terms.join(' + ')} = ${formatNtd(d.exemptions)}`,
    basis: incomeTaxAct(17, { paragraph: 1, subparagraph: 1 }),
    confidence: d.agedCount > 0 ? worst(year.exemption.confidence, year.exemption70Plus.confidence) : year.exemption.confidence,
    ...(d.agedCount > 0
      ? {
          note: {
            'zh-Hant-TW': `年滿 70 歲者免稅額增加 50%（${formatNtd(year.exemption70Plus.value)} 元）。${year.exemption70Plus.confidence === 'verified' ? '' : '此金額來源有出入或僅單一來源，請以國稅局公告為準。'}`,
            en: `Aged 70+: exemption plus 50% (${formatNtd(year.exemption70Plus.value)}).${year.exemption70Plus.confidence === 'verified' ? '' : ' Sources disagree or only one source gives it; the tax office’s figure prevails.'}`,
          },
        }
      : {}),
  };
}

export function generalDeductionStep(year: IncomeTaxYear, d: HouseholdDeductions, married: boolean): Step {
  const g = d.general;
  return {
    id: 'general-deduction',
    label: g.method === 'standard' ? STANDARD_LABEL[married ? 'married' : 'single'] : ITEMISED_LABEL,
    amount: g.amount,
    basis: incomeTaxAct(17, { paragraph: 1, subparagraph: 2 }),
    confidence: g.method === 'standard' ? year.standardDeduction.confidence : 'verified',
    note:
      g.choice === 'auto'
        ? {
            'zh-Hant-TW': `標準扣除額與列舉扣除額二者擇一，本試算選較有利者：${largerOf(g.standard, g.itemised)['zh-Hant-TW']}。`,
            en: `The standard or the itemised deduction, one or the other; this calculation takes ${largerOf(g.standard, g.itemised).en}.`,
          }
        : {
            'zh-Hant-TW': `標準扣除額 ${formatNtd(g.standard)} 元，列舉扣除額 ${formatNtd(g.itemised)} 元，二者擇一；您選擇了${g.method === 'standard' ? '標準' : '列舉'}扣除額。`,
            en: `Standard ${formatNtd(g.standard)}, itemised ${formatNtd(g.itemised)}, one or the other; you chose the ${g.method === 'standard' ? 'standard' : 'itemised'} deduction.`,
          },
  };
}

type SpecialKey = 'salary' | 'disability' | 'savings' | 'tuition' | 'preschool' | 'longTermCare' | 'rent';

const SPECIAL_LABELS: Readonly<Record<SpecialKey, LocalizedText>> = {
  salary: { 'zh-Hant-TW': '薪資所得特別扣除額', en: 'Salary special deduction' },
  disability: { 'zh-Hant-TW': '身心障礙特別扣除額', en: 'Disability special deduction' },
  savings: { 'zh-Hant-TW': '儲蓄投資特別扣除額', en: 'Savings and investment special deduction' },
  tuition: { 'zh-Hant-TW': '教育學費特別扣除額', en: 'Tuition special deduction' },
  preschool: { 'zh-Hant-TW': '幼兒學前特別扣除額', en: 'Preschool children special deduction' },
  longTermCare: { 'zh-Hant-TW': '長期照顧特別扣除額', en: 'Long-term care special deduction' },
  rent: { 'zh-Hant-TW': '房屋租金支出特別扣除額', en: 'Housing rent special deduction' },
};

const SPECIAL_FIGURE: Readonly<Record<SpecialKey, (y: IncomeTaxYear) => { confidence: Confidence; value: unknown } | null>> = {
  salary: (y) => y.salaryDeduction,
  disability: (y) => y.disabilityDeduction,
  savings: (y) => y.savingsDeduction,
  tuition: (y) => y.tuitionDeductionPerStudent,
  preschool: (y) => y.preschoolDeduction,
  longTermCare: (y) => y.longTermCareDeduction,
  rent: (y) => y.rentDeduction,
};

export type SpecialTexts = Partial<Record<SpecialKey, Readonly<{ formula?: string; note?: LocalizedText }>>>;

/** One step per special deduction actually claimed. */
export function specialDeductionSteps(year: IncomeTaxYear, d: HouseholdDeductions, texts: SpecialTexts): Step[] {
  return (Object.keys(SPECIAL_LABELS) as SpecialKey[])
    .filter((key) => d.special[key] > 0)
    .map((key) => ({
      id: `special-${key}`,
      label: SPECIAL_LABELS[key],
      amount: d.special[key],
      ...(texts[key]?.formula ? { formula: texts[key].formula } : {}),
      ...(texts[key]?.note ? { note: texts[key].note } : {}),
      basis: incomeTaxAct(17, { paragraph: 1, subparagraph: 2, item: 3 }),
      confidence: SPECIAL_FIGURE[key](year)?.confidence ?? 'uncertain',
    }));
}

export function basicLivingStep(year: IncomeTaxYear, d: HouseholdDeductions): Step {
  const b = d.basicLiving;
  if (!b) {
    return {
      id: 'basic-living',
      label: { 'zh-Hant-TW': `基本生活費差額：${year.rocYear} 年度每人基本生活所需費用尚未公告，未計入`, en: `Basic-living-expense difference: not announced for ${year.rocYear}, not deducted` },
      amount: 0,
      basis: TAXPAYER_RIGHTS_ACT_4,
      confidence: 'uncertain',
    };
  }
  return {
    id: 'basic-living',
    label: BASIC_LIVING_LABEL,
    amount: b.difference,
    formula: `${formatNtd(b.perPerson)} × ${b.persons} − ${formatNtd(b.compared)} = ${formatNtd(b.total - b.compared)} → ${formatNtd(b.difference)}`,
    basis: TAXPAYER_RIGHTS_ACT_4,
    confidence: worst(year.basicLivingExpense?.confidence ?? 'uncertain', year.basicLivingComparison.confidence),
    note: BASIC_LIVING_NOTE,
  };
}

export function netIncomeStep(d: HouseholdDeductions, net: number): Step {
  const ble = d.basicLiving?.difference ?? 0;
  return {
    id: 'net-income',
    label: NET_INCOME_LABEL,
    amount: Math.max(0, net),
    formula: `${formatNtd(d.totalIncome)} − ${formatNtd(d.exemptions)} − ${formatNtd(d.general.amount)} − ${formatNtd(d.special.total)} − ${formatNtd(ble)} = ${formatNtd(net)}${net < 0 ? ' → 0' : ''}`,
    basis: incomeTaxAct(17),
  };
}

export function computationStep(c: IncomeTaxComputation, year: IncomeTaxYear): Step {
  const parts = c.parts.map((p) => p.formula).join('; ');
  return {
    id: `tax-${c.method}`,
    label: TAX_LABELS[c.method],
    amount: c.tax,
    formula: c.parts.length > 1 ? `${parts}; ${c.parts.map((p) => formatNtd(p.tax)).join(' + ')} = ${formatNtd(c.tax)}` : (c.parts[0]?.formula ?? ''),
    basis: c.method === 'combined' ? incomeTaxAct(5) : incomeTaxAct(15, { paragraph: 2 }),
    confidence: year.brackets.confidence,
    ...(c.method === 'combined' ? {} : { note: SEPARATE_NOTE }),
  };
}

export function choiceStep(chosen: IncomeTaxComputation, all: readonly IncomeTaxComputation[]): Step {
  return {
    id: 'choice',
    label: { 'zh-Hant-TW': `擇最低稅額：${METHOD_LABELS[chosen.method]['zh-Hant-TW']}`, en: `Lowest tax: ${METHOD_LABELS[chosen.method].en.toLowerCase()}` },
    value: chosen.method,
    amount: chosen.tax,
    basis: incomeTaxAct(15, { paragraph: 2 }),
    note: {
      'zh-Hant-TW': `各種計稅方式的稅額：${all.map((c) => `${METHOD_LABELS[c.method]['zh-Hant-TW']} ${formatNtd(c.tax)} 元`).join('、')}，取其中最低者。`,
      en: `Tax by each way of computing: ${all.map((c) => `${METHOD_LABELS[c.method].en.toLowerCase()} ${formatNtd(c.tax)}`).join(', ')}; the lowest is taken.`,
    },
  };
}

export function payableStep(tax: number, marginalRate: number, effectiveRate: number): Step {
  return {
    id: 'tax-payable',
    label: PAYABLE_LABEL,
    amount: tax,
    value: `marginal ${Math.round(marginalRate * 100)}%, effective ${(effectiveRate * 100).toFixed(2)}%`,
    basis: incomeTaxAct(5),
    note: {
      'zh-Hant-TW': `邊際稅率 ${Math.round(marginalRate * 100)}%，有效稅率（稅額 ÷ 綜合所得總額）${(effectiveRate * 100).toFixed(2)}%。`,
      en: `Marginal rate ${Math.round(marginalRate * 100)}%, effective rate (tax ÷ total income) ${(effectiveRate * 100).toFixed(2)}%.`,
    },
  };
}

const ORDER: readonly Confidence[] = ['verified', 'single-source', 'uncertain'];

export function worst(...levels: Confidence[]): Confidence {
  return levels.reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'verified');
}
