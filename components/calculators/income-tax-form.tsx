'use client';

import { useEffect, useRef } from 'react';
import { useClientLocale, useClientStrings, type ClientTranslate } from '@/components/i18n/client-strings';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { incomeTaxAction } from '@/lib/calculators/actions';
import { formatCount, formatMoney, formatRate } from '@/lib/calculators/display';
import { fieldId, isChecked, type FormValues } from '@/lib/calculators/form-values';
import {
  acceptsIncomeTaxField,
  addDependantRow,
  appliesTo,
  countedDependantRows,
  dependantField,
  dependantRows,
  MAX_DEPENDANTS,
  NO_SCRIPT_DEPENDANT_ROWS,
  RELATIONS,
  removeDependantRow,
  setRelation,
} from '@/lib/calculators/income-tax-fields';
import type { Locale } from '@/lib/i18n/routing';
import type { IncomeTaxResult } from '@/lib/tax/income-tax';
import { CheckboxField, RadioGroup, SelectField } from './fields';
import { YearField, yearLabel, type YearOption } from './year-field';
import { ResultPanel, type Figure } from './result-panel';
import { useCalculator } from './use-calculator';

type Calc = ReturnType<typeof useCalculator<IncomeTaxResult>>;
type Translate = ClientTranslate;

/** The calculator itself (lib/tax and its schemas): a chunk of its own, loaded on the form's first focus. */
const loadIncomeTax = () => import('@/lib/calculators/income-tax-form').then((m) => m.runIncomeTax);

const RELATION_LABELS = { child: 'relationChild', ascendant: 'relationAscendant', sibling: 'relationSibling', other: 'relationOther' } as const;
const METHOD_LABELS = { combined: 'methodCombined', 'salary-separate-taxpayer': 'methodTaxpayer', 'salary-separate-spouse': 'methodSpouse' } as const;
const ADD_BUTTON_ID = 'calc-add-dependant';

/**
 * Individual income tax for a household. With JavaScript, the spouse's fields appear for a
 * married return and dependants are added and removed one by one; without it, the spouse's
 * fields and four dependant rows are always there (inside <noscript>), and blank rows are ignored.
 */
export function IncomeTaxForm({ defaults, years }: { defaults: FormValues; years: readonly YearOption[] }) {
  const t = useClientStrings('Calculators');
  const locale = useClientLocale();
  const calc = useCalculator({
    locale,
    defaults,
    accepts: acceptsIncomeTaxField,
    load: loadIncomeTax,
    action: incomeTaxAction,
    labelFor: (field, current) => fieldLabel(field, current, t, locale),
  });
  const { values, hydrated, result } = calc;
  const married = values.filingStatus === 'married';
  const rows = dependantRows(values);
  const noScriptRows = [...new Set([...rows, ...Array.from({ length: NO_SCRIPT_DEPENDANT_ROWS }, (_, i) => i)])].sort((a, b) => a - b);
  // After adding or removing a row, focus goes to the new row or back to the add button.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  function addRow() {
    const next = addDependantRow(values);
    const added = dependantRows(next).find((row) => !rows.includes(row));
    if (added === undefined) return;
    focusNext.current = fieldId(dependantField(added, 'relation'));
    calc.update(next);
  }

  function removeRow(row: number) {
    focusNext.current = ADD_BUTTON_ID;
    calc.update(removeDependantRow(values, row));
  }

  return (
    <div className="grid gap-8 lg:grid-cols-2 print:block">
      <form id={fieldId('form')} action={calc.formAction} onSubmit={calc.onSubmit} onFocus={calc.warm} noValidate className="print:hidden" data-hydrated={calc.hydrated || undefined}>
        <ErrorSummary title={t('common.errorSummary')} errors={calc.errorSummary} />
        <input type="hidden" name="locale" value={locale} />
        <YearField {...calc.field('incomeYear')} locale={locale} label={t('incomeTax.incomeYear')} years={years} />
        <RadioGroup
          {...calc.field('filingStatus')}
          legend={t('incomeTax.filingStatus')}
          options={[
            { value: 'single', label: t('incomeTax.single') },
            { value: 'married', label: t('incomeTax.married') },
          ]}
        />
        <PersonFields calc={calc} t={t} prefix="taxpayer" legend={t('incomeTax.taxpayer')} />
        {hydrated ? (
          married ? (
            <PersonFields calc={calc} t={t} prefix="spouse" legend={t('incomeTax.spouse')} />
          ) : null
        ) : (
          <noscript>
            <PersonFields calc={calc} t={t} prefix="spouse" legend={t('incomeTax.spouseNoScript')} />
          </noscript>
        )}

        <fieldset id={fieldId('dependants')} className="mb-6 border-t-2 border-line pt-4" aria-describedby="calc-dependants-hint">
          <legend className="text-xl font-bold">{t('incomeTax.dependants')}</legend>
          <p id="calc-dependants-hint" className="mb-3 text-muted">
            {t('incomeTax.dependantsHint')} {t('incomeTax.maxDependants', { max: String(MAX_DEPENDANTS) })}
          </p>
          {hydrated ? (
            <>
              {rows.map((row, position) => (
                <DependantFields key={row} calc={calc} t={t} row={row} position={position + 1} onRemove={() => removeRow(row)} />
              ))}
              <button type="button" id={ADD_BUTTON_ID} className="btn-secondary mb-2" onClick={addRow} disabled={rows.length >= MAX_DEPENDANTS}>
                {t('incomeTax.addDependant')}
              </button>
            </>
          ) : (
            <>
              <noscript>
                <p className="mb-3">{t('incomeTax.dependantsNoScriptHint')}</p>
                {noScriptRows.map((row, position) => (
                  <DependantFields key={row} calc={calc} t={t} row={row} position={position + 1} />
                ))}
              </noscript>
              {/* Holds the add button's place until the script runs, so nothing below it moves. */}
              <div className="mb-2 min-h-11" />
            </>
          )}
        </fieldset>

        <fieldset className="mb-6 border-t-2 border-line pt-4">
          <legend className="text-xl font-bold">{t('incomeTax.deductionsHeading')}</legend>
          <SelectField
            {...calc.field('deduction')}
            label={t('incomeTax.deduction')}
            options={[
              { value: 'auto', label: t('incomeTax.deductionAuto') },
              { value: 'standard', label: t('incomeTax.deductionStandard') },
              { value: 'itemised', label: t('incomeTax.deductionItemised') },
            ]}
          />
          <AmountField calc={calc} name="itemisedDeductions" label={t('incomeTax.itemisedDeductions')} hint={t('incomeTax.itemisedHint')} />
          <AmountField calc={calc} name="rentPaid" label={t('incomeTax.rentPaid')} hint={t('incomeTax.rentHint')} />
        </fieldset>
        <fieldset className="mb-6 border-t-2 border-line pt-4">
          <legend className="text-xl font-bold">{t('incomeTax.paidHeading')}</legend>
          <AmountField calc={calc} name="withheld" label={t('incomeTax.withheld')} hint={t('incomeTax.withheldHint')} />
          <AmountField calc={calc} name="prepaid" label={t('incomeTax.prepaid')} hint={t('incomeTax.prepaidHint')} />
        </fieldset>
        <button type="submit" className="btn">
          {t('common.calculate')}
        </button>
      </form>
      <ResultPanel
        locale={locale}
        headingRef={calc.headingRef}
        hydrated={hydrated}
        shareHref={calc.shareHref}
        message={calc.message}
        {...(result ? resultFigures(result, values, years, locale, t) : {})}
      />
    </div>
  );
}

/** 'dependants.3.salary' → 'Dependant 2, Salary (NTD)' (numbered as the form shows the rows). */
function fieldLabel(field: string, values: FormValues, t: Translate, locale: Locale): string | undefined {
  if (!acceptsIncomeTaxField(field)) return undefined;
  const [head = '', second = '', third = ''] = field.split('.');
  const own = (key: string) => t(`incomeTax.${key}`);
  const comma = locale === 'en' ? ', ' : '，';
  if (head === 'taxpayer' || head === 'spouse') return `${own(head)}${comma}${own(second)}`;
  if (head === 'dependants') {
    const position = dependantRows(values).indexOf(Number(second)) + 1;
    return `${t('incomeTax.dependant', { number: String(position) })}${comma}${own(third === 'age70Plus' ? 'ascendant70Plus' : third)}`;
  }
  return own(head);
}

function AmountField({ calc, name, label, hint }: { calc: Calc; name: string; label: string; hint?: string }) {
  return <TextField {...calc.field(name)} label={label} hint={hint} inputMode="numeric" autoComplete="off" />;
}

function PersonFields({ calc, t, prefix, legend }: { calc: Calc; t: Translate; prefix: 'taxpayer' | 'spouse'; legend: string }) {
  return (
    <fieldset className="mb-6 border-t-2 border-line pt-4">
      <legend className="text-xl font-bold">{legend}</legend>
      <AmountField calc={calc} name={`${prefix}.salary`} label={t('incomeTax.salary')} />
      <AmountField calc={calc} name={`${prefix}.interest`} label={t('incomeTax.interest')} hint={t('incomeTax.interestHint')} />
      <AmountField calc={calc} name={`${prefix}.dividends`} label={t('incomeTax.dividends')} hint={t('incomeTax.dividendsHint')} />
      <AmountField calc={calc} name={`${prefix}.otherIncome`} label={t('incomeTax.otherIncome')} hint={t('incomeTax.otherIncomeHint')} />
      <CheckboxField {...calc.checkbox(`${prefix}.age70Plus`)} label={t('incomeTax.age70Plus')} />
      <CheckboxField {...calc.checkbox(`${prefix}.disabled`)} label={t('incomeTax.disabled')} />
      <CheckboxField {...calc.checkbox(`${prefix}.longTermCare`)} label={t('incomeTax.longTermCare')} />
    </fieldset>
  );
}

/** One dependant. With JavaScript, only the ticks that fit the relationship are offered. */
function DependantFields({ calc, t, row, position, onRemove }: { calc: Calc; t: Translate; row: number; position: number; onRemove?: () => void }) {
  const name = (field: Parameters<typeof dependantField>[1]) => dependantField(row, field);
  const relation = calc.values[name('relation')];
  // Without JavaScript (no onRemove) every field is offered; the labels say whom each applies to.
  const offer = (field: Parameters<typeof dependantField>[1]) => !onRemove || appliesTo(relation, field) || isChecked(calc.values[name(field)]);
  const label = t('incomeTax.dependant', { number: String(position) });
  const relationField = calc.field(name('relation'));
  return (
    <fieldset className="mb-4 rounded-md border-2 border-line p-3 sm:p-4">
      <legend className="px-1 font-bold">{label}</legend>
      <SelectField
        {...relationField}
        onChange={(event) => calc.update(setRelation(calc.values, row, event.target.value))}
        label={t('incomeTax.relation')}
        options={[
          ...(onRemove && relation ? [] : [{ value: '', label: t('incomeTax.relationNone') }]),
          ...RELATIONS.map((value) => ({ value, label: t(`incomeTax.${RELATION_LABELS[value]}`) })),
        ]}
      />
      <AmountField calc={calc} name={name('salary')} label={t('incomeTax.salary')} />
      <AmountField calc={calc} name={name('interest')} label={t('incomeTax.interest')} />
      <AmountField calc={calc} name={name('dividends')} label={t('incomeTax.dividends')} />
      <AmountField calc={calc} name={name('otherIncome')} label={t('incomeTax.otherIncome')} />
      {offer('age70Plus') ? <CheckboxField {...calc.checkbox(name('age70Plus'))} label={t('incomeTax.ascendant70Plus')} /> : null}
      <CheckboxField {...calc.checkbox(name('disabled'))} label={t('incomeTax.disabled')} />
      <CheckboxField {...calc.checkbox(name('longTermCare'))} label={t('incomeTax.longTermCare')} />
      {offer('preschool') ? <CheckboxField {...calc.checkbox(name('preschool'))} label={t('incomeTax.preschool')} /> : null}
      {offer('tuition') || (calc.values[name('tuition')] ?? '') !== '' ? (
        <AmountField calc={calc} name={name('tuition')} label={t('incomeTax.tuition')} hint={t('incomeTax.tuitionHint')} />
      ) : null}
      {onRemove ? (
        <button type="button" className="btn-secondary" onClick={onRemove}>
          {t('incomeTax.removeDependant', { number: String(position) })}
        </button>
      ) : null}
    </fieldset>
  );
}

function resultFigures(r: IncomeTaxResult, values: FormValues, years: readonly YearOption[], locale: Locale, t: Translate) {
  const money = (n: number) => formatMoney(n, locale);
  const figures: Figure[] = [
    { label: t('incomeTax.totalIncome'), value: money(r.totalIncome) },
    { label: t('incomeTax.netTaxable'), value: money(r.netTaxableIncome) },
    { label: t('incomeTax.method'), value: t(`incomeTax.${METHOD_LABELS[r.method]}`) },
    { label: t('incomeTax.marginalRate'), value: formatRate(r.marginalRate, locale) },
    { label: t('incomeTax.effectiveRate'), value: formatRate(r.effectiveRate, locale) },
    { label: t('incomeTax.persons'), value: formatCount(r.persons, locale) },
  ];
  return {
    headline: { label: t(r.outcome === 'refund' ? 'incomeTax.toRefund' : r.outcome === 'pay' ? 'incomeTax.toPay' : 'incomeTax.settled'), value: money(Math.abs(r.balance)) },
    parts: [
      { label: t('incomeTax.taxPayable'), value: money(r.taxPayable) },
      ...(r.dividendCredit > 0 ? [{ label: t('incomeTax.minusDividendCredit'), value: money(r.dividendCredit) }] : []),
      ...(r.withheld > 0 ? [{ label: t('incomeTax.minusWithheld'), value: money(r.withheld) }] : []),
      ...(r.prepaid > 0 ? [{ label: t('incomeTax.minusPrepaid'), value: money(r.prepaid) }] : []),
    ],
    asOf: t('incomeTax.asOf', { year: ((y) => (y ? yearLabel(y.rocYear, locale, y.note) : String(r.incomeYear)))(years.find((y) => y.value === String(r.incomeYear))) }),
    figures,
    warnings: r.warnings,
    steps: r.steps,
    entered: enteredFigures(values, years, locale, t),
  };
}

/** The inputs as a printed record: one line per person, then the deductions. */
function enteredFigures(values: FormValues, years: readonly YearOption[], locale: Locale, t: Translate): Figure[] {
  const amount = (name: string) => {
    const text = (values[name] ?? '').trim();
    return text === '' ? null : text;
  };
  const person = (prefix: string, extra: string[] = []) =>
    [
      amount(`${prefix}.salary`) ? `${t('incomeTax.salary')} ${amount(`${prefix}.salary`)}` : null,
      amount(`${prefix}.interest`) ? `${t('incomeTax.interest')} ${amount(`${prefix}.interest`)}` : null,
      amount(`${prefix}.dividends`) ? `${t('incomeTax.dividends')} ${amount(`${prefix}.dividends`)}` : null,
      amount(`${prefix}.otherIncome`) ? `${t('incomeTax.otherIncome')} ${amount(`${prefix}.otherIncome`)}` : null,
      isChecked(values[`${prefix}.age70Plus`]) ? t('incomeTax.age70Plus') : null,
      isChecked(values[`${prefix}.disabled`]) ? t('incomeTax.disabled') : null,
      isChecked(values[`${prefix}.longTermCare`]) ? t('incomeTax.longTermCare') : null,
      ...extra,
    ]
      .filter(Boolean)
      .join(locale === 'en' ? '; ' : '；') || '—';
  const married = values.filingStatus === 'married';
  const dependants = countedDependantRows(values).map((row, i) => {
    const relation = values[dependantField(row, 'relation')] as keyof typeof RELATION_LABELS | undefined;
    const extra = [
      relation && RELATION_LABELS[relation] ? t(`incomeTax.${RELATION_LABELS[relation]}`) : null,
      isChecked(values[dependantField(row, 'preschool')]) ? t('incomeTax.preschool') : null,
      amount(dependantField(row, 'tuition')) ? `${t('incomeTax.tuition')} ${amount(dependantField(row, 'tuition'))}` : null,
    ].filter((x): x is string => x !== null);
    return { label: t('incomeTax.dependant', { number: String(i + 1) }), value: person(`dependants.${row}`, extra) };
  });
  const deduction = values.deduction === 'itemised' ? 'deductionItemised' : values.deduction === 'standard' ? 'deductionStandard' : 'deductionAuto';
  return [
    { label: t('incomeTax.incomeYear'), value: ((y) => (y ? yearLabel(y.rocYear, locale, y.note) : (values.incomeYear ?? '')))(years.find((y) => y.value === values.incomeYear)) },
    { label: t('incomeTax.filingStatus'), value: t(married ? 'incomeTax.married' : 'incomeTax.single') },
    { label: t('incomeTax.taxpayer'), value: person('taxpayer') },
    ...(married ? [{ label: t('incomeTax.spouse'), value: person('spouse') }] : []),
    ...dependants,
    { label: t('incomeTax.deduction'), value: t(`incomeTax.${deduction}`) },
    ...(['itemisedDeductions', 'rentPaid', 'withheld', 'prepaid'] as const).flatMap((name) => {
      const value = amount(name);
      return value ? [{ label: t(`incomeTax.${name}`), value }] : [];
    }),
  ];
}
