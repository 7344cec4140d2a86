'use client';

import { useClientLocale, useClientStrings, type ClientTranslate } from '@/components/i18n/client-strings';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { lateFeeAction } from '@/lib/calculators/actions';
import { formatMoney, formatRate } from '@/lib/calculators/display';
import { fieldId, normaliseDate, splitList, type FormValues } from '@/lib/calculators/form-values';
import { acceptsLateFeeField, lateFeeShareValues } from '@/lib/calculators/late-fee-fields';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { LateFeeResult } from '@/lib/tax/late-fee-result';
import { TAX_TYPES } from '@/lib/tax/data/tax-statutes';
import { isRealDate } from '@/lib/taiwan/civil-date';
import { DateField } from './date-field';
import { SelectField } from './fields';
import { ResultPanel, type Figure } from './result-panel';
import { useCalculator } from './use-calculator';

/** The calculator itself (lib/tax and its schemas): a chunk of its own, loaded on the form's first focus. */
const loadLateFee = () => import('@/lib/calculators/late-fee-form').then((m) => m.runLateFee);

/** Message keys of the taxes, in the order the select offers them. */
const TAX_TYPE_KEYS = TAX_TYPES.map((type) => [type, `taxType.${type}`] as const);

/** Late-payment surcharge and interest: live as you type, a plain form post without JavaScript. */
export function LateFeeForm({ defaults }: { defaults: FormValues }) {
  const t = useClientStrings('Calculators');
  const locale = useClientLocale();
  const labelFor = (field: string) => (acceptsLateFeeField(field) ? t(`lateFee.${field}`) : undefined);
  const calc = useCalculator({ locale, defaults, accepts: acceptsLateFeeField, load: loadLateFee, action: lateFeeAction, shareValues: lateFeeShareValues, labelFor });
  const result = calc.result;

  return (
    <div className="grid gap-8 lg:grid-cols-2 print:block">
      <form id={fieldId('form')} action={calc.formAction} onSubmit={calc.onSubmit} onFocus={calc.warm} noValidate className="print:hidden" data-hydrated={calc.hydrated || undefined}>
        <ErrorSummary title={t('common.errorSummary')} errors={calc.errorSummary} />
        <input type="hidden" name="locale" value={locale} />
        <SelectField
          {...calc.field('taxType')}
          label={t('lateFee.taxTypeLabel')}
          hint={t('lateFee.taxTypeHint')}
          options={TAX_TYPE_KEYS.map(([value, key]) => ({ value, label: t(`lateFee.${key}`) }))}
        />
        <TextField {...calc.field('amount')} label={t('lateFee.amount')} hint={t('common.amountHint')} inputMode="numeric" autoComplete="off" />
        <DateField {...calc.field('deadline')} locale={locale} label={t('lateFee.deadline')} hint={t('lateFee.deadlineHint')} />
        <DateField {...calc.field('paidOn')} locale={locale} label={t('lateFee.paidOn')} hint={t('lateFee.paidOnHint')} />
        <TextField
          {...calc.field('closedDays')}
          label={`${t('lateFee.closedDays')} ${t('common.optional')}`}
          hint={t('lateFee.closedDaysHint')}
          autoComplete="off"
        />
        <button type="submit" className="btn">
          {t('common.calculate')}
        </button>
      </form>
      <ResultPanel
        locale={locale}
        headingRef={calc.headingRef}
        hydrated={calc.hydrated}
        shareHref={calc.shareHref}
        message={calc.message}
        {...(result ? resultFigures(result, calc.values, locale, t) : {})}
      />
    </div>
  );
}

type Translate = ClientTranslate;

function resultFigures(r: LateFeeResult, values: FormValues, locale: Locale, t: Translate) {
  const date = (iso: string) => formatDate(iso, locale);
  const money = (n: number) => formatMoney(n, locale);
  // Tax, surcharge and interest are in the summary card; these are the dates behind them.
  const figures: Figure[] = [
    { label: t('lateFee.daysLate'), value: t('common.days', { count: r.daysLate }) },
    { label: t('lateFee.deadlineAdjusted'), value: date(r.deadlineAdjusted) },
    { label: t('lateFee.surchargePeriod'), value: t('lateFee.period', { from: date(r.surchargePeriod.from), to: date(r.surchargePeriod.to) }) },
    {
      label: t('lateFee.referral'),
      value: r.referral.referred ? t('lateFee.referralFrom', { date: date(r.referral.date) }) : t('lateFee.notReferred', { date: date(r.surchargePeriod.to) }),
    },
  ];
  const closed = splitList(values.closedDays ?? '');
  const entered: Figure[] = [
    { label: t('lateFee.taxTypeLabel'), value: t(`lateFee.taxType.${r.taxType}`) },
    { label: t('lateFee.amount'), value: money(r.amount) },
    { label: t('lateFee.deadline'), value: date(r.deadline) },
    { label: t('lateFee.paidOn'), value: date(r.paidOn) },
    ...(closed.length > 0 ? [{ label: t('lateFee.closedDays'), value: closed.map((d) => (isRealDate(normaliseDate(d)) ? date(normaliseDate(d)) : d)).join(locale === 'en' ? ', ' : '、') }] : []),
  ];
  return {
    headline: { label: t('lateFee.total'), value: money(r.total) },
    parts: [
      { label: t('lateFee.tax'), value: money(r.amount) },
      { label: t('lateFee.surcharge', { rate: formatRate(r.surchargeRate, locale) }), value: money(r.surcharge) },
      { label: t('lateFee.interest'), value: money(r.interest) },
    ],
    asOf: r.daysLate === 0 ? t('lateFee.asOfOnTime', { date: date(r.paidOn), deadline: date(r.deadlineAdjusted) }) : t('lateFee.asOf', { date: date(r.paidOn), days: r.daysLate }),
    figures,
    warnings: r.warnings,
    steps: r.steps,
    entered,
  };
}
