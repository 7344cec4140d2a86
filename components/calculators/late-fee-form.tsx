'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { lateFeeAction } from '@/lib/calculators/actions';
import { formatMoney, formatRate } from '@/lib/calculators/display';
import { fieldId, splitList, type FormValues } from '@/lib/calculators/form-values';
import { acceptsLateFeeField, lateFeeShareValues, runLateFee } from '@/lib/calculators/late-fee-form';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { LateFeeResult } from '@/lib/tax';
import { SelectField } from './fields';
import { ResultPanel, type Figure } from './result-panel';
import { useCalculator } from './use-calculator';

const TAX_KIND_LABELS = { 'national-tax': 'taxKindNational', 'local-tax': 'taxKindLocal', 'customs-duty': 'taxKindCustoms' } as const;

/** Late-payment surcharge and interest: live as you type, a plain form post without JavaScript. */
export function LateFeeForm({ defaults }: { defaults: FormValues }) {
  const t = useTranslations('Calculators');
  const locale = useLocale() as Locale;
  const labelFor = (field: string) => (acceptsLateFeeField(field) ? t(`lateFee.${field}`) : undefined);
  const calc = useCalculator({ locale, defaults, accepts: acceptsLateFeeField, run: runLateFee, action: lateFeeAction, shareValues: lateFeeShareValues, labelFor });
  const result = calc.result;
  const dateHint = (own: string) => `${t(own)} ${t('common.dateHint')}`;

  return (
    <div className="grid gap-8 lg:grid-cols-2 print:block">
      <form id={fieldId('form')} action={calc.formAction} onSubmit={calc.onSubmit} noValidate className="print:hidden" data-hydrated={calc.hydrated || undefined}>
        <ErrorSummary title={t('common.errorSummary')} errors={calc.errorSummary} />
        <input type="hidden" name="locale" value={locale} />
        <SelectField
          {...calc.field('taxKind')}
          label={t('lateFee.taxKind')}
          options={Object.entries(TAX_KIND_LABELS).map(([value, key]) => ({ value, label: t(`lateFee.${key}`) }))}
        />
        <TextField {...calc.field('amount')} label={t('lateFee.amount')} hint={t('common.amountHint')} inputMode="numeric" autoComplete="off" />
        <TextField {...calc.field('deadline')} label={t('lateFee.deadline')} hint={dateHint('lateFee.deadlineHint')} autoComplete="off" />
        <TextField {...calc.field('paidOn')} label={t('lateFee.paidOn')} hint={dateHint('lateFee.paidOnHint')} autoComplete="off" />
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

type Translate = ReturnType<typeof useTranslations>;

function resultFigures(r: LateFeeResult, values: FormValues, locale: Locale, t: Translate) {
  const date = (iso: string) => formatDate(iso, locale);
  const money = (n: number) => formatMoney(n, locale);
  const figures: Figure[] = [
    { label: t('lateFee.tax'), value: money(r.amount) },
    { label: t('lateFee.daysLate'), value: t('common.days', { count: r.daysLate }) },
    { label: t('lateFee.surcharge', { rate: formatRate(r.surchargeRate, locale) }), value: money(r.surcharge) },
    { label: t('lateFee.interest'), value: money(r.interest) },
    { label: t('lateFee.deadlineAdjusted'), value: date(r.deadlineAdjusted) },
    { label: t('lateFee.surchargePeriod'), value: t('lateFee.period', { from: date(r.surchargePeriod.from), to: date(r.surchargePeriod.to) }) },
    {
      label: t('lateFee.referral'),
      value: r.referral.referred ? t('lateFee.referralFrom', { date: date(r.referral.date) }) : t('lateFee.notReferred', { date: date(r.surchargePeriod.to) }),
    },
  ];
  const closed = splitList(values.closedDays ?? '');
  const entered: Figure[] = [
    { label: t('lateFee.taxKind'), value: t(`lateFee.${TAX_KIND_LABELS[r.taxKind]}`) },
    { label: t('lateFee.amount'), value: money(r.amount) },
    { label: t('lateFee.deadline'), value: date(r.deadline) },
    { label: t('lateFee.paidOn'), value: date(r.paidOn) },
    ...(closed.length > 0 ? [{ label: t('lateFee.closedDays'), value: closed.join(', ') }] : []),
  ];
  return {
    headline: { label: t('lateFee.total'), value: money(r.total) },
    figures,
    warnings: r.warnings,
    steps: r.steps,
    entered,
  };
}
