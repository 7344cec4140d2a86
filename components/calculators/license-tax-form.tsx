'use client';

import { useClientLocale, useClientStrings, type ClientTranslate } from '@/components/i18n/client-strings';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { licenseTaxAction } from '@/lib/calculators/actions';
import { formatCount, formatMoney } from '@/lib/calculators/display';
import { fieldId, type FormValues } from '@/lib/calculators/form-values';
import { acceptsLicenseTaxField } from '@/lib/calculators/license-tax-fields';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import type { LicenseTaxResult } from '@/lib/tax/license-tax';
import { DateField } from './date-field';
import { RadioGroup, SelectField } from './fields';
import { gregorianYearOptions, YearField, yearLabel } from './year-field';
import { rocYearOf } from '@/lib/taiwan/roc';
import { ResultPanel, type Figure } from './result-panel';
import { useCalculator } from './use-calculator';

const KIND_LABELS = { 'private-car': 'kindPrivate', 'commercial-car': 'kindCommercial', motorcycle: 'kindMotorcycle' } as const;

type Translate = ClientTranslate;

/** The calculator itself (lib/tax and its schemas): a chunk of its own, loaded on the form's first focus. */
const loadLicenseTax = () => import('@/lib/calculators/license-tax-form').then((m) => m.runLicenseTax);

/**
 * Vehicle licence tax. Both the displacement and the motor-power fields are always there (no
 * JavaScript needed to switch them); the one that fits the chosen power source is used.
 */
export function LicenseTaxForm({ defaults }: { defaults: FormValues }) {
  const t = useClientStrings('Calculators');
  const locale = useClientLocale();
  const labelFor = (field: string) => (acceptsLicenseTaxField(field) ? t(`licenseTax.${field}`) : undefined);
  const calc = useCalculator({ locale, defaults, accepts: acceptsLicenseTaxField, load: loadLicenseTax, action: licenseTaxAction, labelFor });
  const result = calc.result;
  // Five years back (bills can still be checked) to the year after the electric-vehicle exemption.
  const thisYear = Number(defaults.taxYear) || 2026;
  const taxYears = gregorianYearOptions(thisYear - 5, Math.max(thisYear + 1, 2031));
  const optional = (key: string) => `${t(key)} ${t('common.optional')}`;

  return (
    <div className="grid gap-8 lg:grid-cols-2 print:block">
      <form id={fieldId('form')} action={calc.formAction} onSubmit={calc.onSubmit} onFocus={calc.warm} noValidate className="print:hidden" data-hydrated={calc.hydrated || undefined}>
        <ErrorSummary title={t('common.errorSummary')} errors={calc.errorSummary} />
        <input type="hidden" name="locale" value={locale} />
        <YearField {...calc.field('taxYear')} locale={locale} label={t('licenseTax.taxYear')} hint={t('licenseTax.taxYearHint')} years={taxYears} />
        <SelectField
          {...calc.field('vehicleKind')}
          label={t('licenseTax.vehicleKind')}
          options={Object.entries(KIND_LABELS).map(([value, key]) => ({ value, label: t(`licenseTax.${key}`) }))}
        />
        <RadioGroup
          {...calc.field('propulsion')}
          legend={t('licenseTax.propulsion')}
          options={[
            { value: 'engine', label: t('licenseTax.engine') },
            { value: 'electric', label: t('licenseTax.electric') },
          ]}
        />
        <TextField {...calc.field('cc')} label={t('licenseTax.cc')} hint={t('licenseTax.ccHint')} inputMode="numeric" autoComplete="off" />
        <div className="sm:flex sm:gap-4">
          <TextField {...calc.field('motorPower')} label={t('licenseTax.motorPower')} hint={t('licenseTax.motorPowerHint')} inputMode="decimal" autoComplete="off" />
          <SelectField
            {...calc.field('powerUnit')}
            label={t('licenseTax.powerUnit')}
            options={[
              { value: 'hp', label: t('licenseTax.hp') },
              { value: 'ps', label: t('licenseTax.ps') },
            ]}
          />
        </div>
        <DateField {...calc.field('registeredOn')} locale={locale} label={optional('licenseTax.registeredOn')} hint={t('licenseTax.registeredOnHint')} />
        <DateField {...calc.field('deregisteredOn')} locale={locale} label={optional('licenseTax.deregisteredOn')} hint={t('licenseTax.deregisteredOnHint')} />
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
        {...(result ? resultFigures(result, locale, t) : {})}
      />
    </div>
  );
}

function resultFigures(r: LicenseTaxResult, locale: Locale, t: Translate) {
  const date = (iso: string) => formatDate(iso, locale);
  const money = (n: number) => formatMoney(n, locale);
  // An electric motorcycle has no band or annual amount in the sources, only the exemption.
  const noBand = r.vehicleKind === 'motorcycle' && r.propulsion === 'electric';
  const bandLabel = noBand ? t('licenseTax.electric') : r.band.label;
  const figures: Figure[] = [
    { label: t('licenseTax.band'), value: bandLabel },
    ...(noBand ? [] : [{ label: t('licenseTax.annual'), value: money(r.annualAmount) }]),
    { label: t('licenseTax.daysHeld'), value: t('licenseTax.daysHeldValue', { days: formatCount(r.period.days, locale), daysInYear: formatCount(r.period.daysInYear, locale) }) },
    ...(r.exemptDays > 0 ? [{ label: t('licenseTax.exemptDays'), value: t('common.days', { count: r.exemptDays }) }] : []),
    { label: t('licenseTax.window'), value: t('licenseTax.period', { from: date(r.collectionWindow.from), to: date(r.collectionWindow.to) }) },
  ];
  const electric = r.propulsion === 'electric';
  const entered: Figure[] = [
    { label: t('licenseTax.taxYear'), value: yearLabel(rocYearOf(r.taxYear), locale) },
    { label: t('licenseTax.vehicleKind'), value: t(`licenseTax.${KIND_LABELS[r.vehicleKind]}`) },
    { label: t('licenseTax.propulsion'), value: t(electric ? 'licenseTax.electric' : 'licenseTax.engine') },
    { label: t('licenseTax.band'), value: bandLabel },
    { label: t('licenseTax.daysHeld'), value: t('licenseTax.period', { from: date(r.period.from), to: date(r.period.to) }) },
  ];
  return {
    headline: { label: t('licenseTax.total', { year: yearLabel(rocYearOf(r.taxYear), locale) }), value: money(r.amount) },
    parts: [
      ...(noBand ? [] : [{ label: t('licenseTax.annual'), value: money(r.annualAmount) }]),
      { label: t('licenseTax.daysHeld'), value: t('licenseTax.daysHeldValue', { days: formatCount(r.period.days, locale), daysInYear: formatCount(r.period.daysInYear, locale) }) },
      ...(r.exemptDays > 0 ? [{ label: t('licenseTax.exemptDays'), value: t('common.days', { count: r.exemptDays }) }] : []),
    ],
    asOf: t('licenseTax.asOf', { year: yearLabel(rocYearOf(r.taxYear), locale), from: date(r.collectionWindow.from), to: date(r.collectionWindow.to) }),
    figures,
    warnings: r.warnings,
    steps: r.steps,
    entered,
  };
}
