'use client';

import { useEffect, useState, type RefObject } from 'react';
import { useClientStrings } from '@/components/i18n/client-strings';
import type { Locale } from '@/lib/i18n/routing';
import { formatMoney, localizeDates, stepDates } from '@/lib/calculators/display';
import { needsCaveat, type Step, type TaxWarning } from '@/lib/tax/types';
import { ShareActions } from './share-actions';

export type Figure = { label: string; value: string };

type Props = {
  locale: Locale;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The figure a citizen came for (the total), shown large and announced. */
  headline?: Figure;
  /** What the headline is made of (tax + surcharge + interest…), in the summary card. */
  parts?: readonly Figure[];
  /** The date or year the answer holds for ("if paid on 114年6月12日"). */
  asOf?: string;
  figures?: readonly Figure[];
  warnings?: readonly TaxWarning[];
  steps?: readonly Step[];
  /** The inputs, for the printed record. */
  entered?: readonly Figure[];
  shareHref: string;
  hydrated: boolean;
  /** A problem on our side (not the citizen's input). */
  message?: string;
};

/**
 * The result: the headline figure, the key figures, every warning the calculator raised, and
 * each step with its arithmetic and legal basis. Only the headline is announced (politely, once
 * typing pauses), so a screen reader is not read the whole explanation on every keystroke.
 */
export function ResultPanel({ locale, headingRef, headline, parts = [], asOf, figures = [], warnings = [], steps = [], entered = [], shareHref, hydrated, message }: Props) {
  const t = useClientStrings('Calculators.common');
  const announcement = headline ? t('announce', { label: headline.label, value: headline.value }) : '';
  return (
    <section aria-labelledby="calc-result-heading" className="rounded-lg border-2 border-line p-3 sm:p-6 print:border-0 print:p-0">
      <h2 id="calc-result-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {t('resultHeading')}
      </h2>
      <Announcer text={announcement} />
      {message ? <p className="mt-3 font-semibold text-danger">{message}</p> : null}
      {headline ? (
        <>
          {entered.length > 0 ? (
            <div className="mt-3 mb-6 hidden print:block">
              <h3 className="text-xl font-bold">{t('enteredHeading')}</h3>
              <dl className="mt-2">
                {entered.map((f, i) => (
                  <div key={`${i}-${f.label}`} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-4">
                    <dt className="font-semibold">{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
              <p className="mt-4 text-sm">{t('printNote')}</p>
            </div>
          ) : null}
          {/* The answer first: the total, what it is made of, and the day it holds for. */}
          <div className="mt-3 border-l-8 border-brand-700 bg-brand-50 px-4 py-3" data-testid="calc-summary">
            <p>
              <span className="block font-semibold">{headline.label}</span>
              <strong className="block text-3xl tabular-nums" data-testid="calc-headline">
                {headline.value}
              </strong>
            </p>
            {parts.length > 0 ? (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5">
                {parts.map((f, i) => (
                  <div key={`${i}-${f.label}`} className="contents">
                    <dt>{f.label}</dt>
                    <dd className="text-right tabular-nums">{f.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {asOf ? <p className="mt-2 text-sm">{asOf}</p> : null}
          </div>
          {figures.length > 0 ? (
            <dl className="mt-4 space-y-2">
              {figures.map((f, i) => (
                <div key={`${i}-${f.label}`} className="gap-x-4 sm:grid sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
                  <dt className="font-semibold">{f.label}</dt>
                  <dd className="tabular-nums">{f.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <Warnings locale={locale} warnings={warnings} />
          <h3 className="mt-6 text-xl font-bold">{t('stepsHeading')}</h3>
          <StepsList locale={locale} steps={steps} />
          <ShareActions href={shareHref} hydrated={hydrated} />
        </>
      ) : (
        <p className="mt-3 text-muted">{t('placeholder')}</p>
      )}
    </section>
  );
}

/** A polite live region that speaks `text` once it has stayed the same for a moment. */
function Announcer({ text }: { text: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), 800);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {spoken}
    </p>
  );
}

function Warnings({ locale, warnings }: { locale: Locale; warnings: readonly TaxWarning[] }) {
  const t = useClientStrings('Calculators.common');
  if (warnings.length === 0) return null;
  return (
    <div className="mt-6 border-l-8 border-[#b7791f] bg-[#fff4cc] px-4 py-3 print:break-inside-avoid">
      <h3 className="text-xl font-bold">{t('warningsHeading')}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {warnings.map((w) => (
          <li key={`${w.code}-${JSON.stringify(w.params ?? {})}`}>{localizeDates(w.message[locale], locale)}</li>
        ))}
      </ul>
    </div>
  );
}

function StepsList({ locale, steps }: { locale: Locale; steps: readonly Step[] }) {
  const t = useClientStrings('Calculators.common');
  const caveats = steps.some((s) => s.confidence && needsCaveat(s.confidence));
  return (
    <>
      <ol className="mt-3 space-y-3">
        {steps.map((step, index) => {
          const dates = stepDates(step);
          const flagged = step.confidence && needsCaveat(step.confidence) ? step.confidence : null;
          return (
            <li key={`${index}-${step.id}`} className="border-l-4 border-line pl-3 break-inside-avoid">
              <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                <p className="font-semibold">
                  {localizeDates(step.label[locale], locale)}
                  {flagged ? (
                    <span className="ml-2 inline-block rounded border-2 border-[#b7791f] px-1 text-sm font-semibold whitespace-nowrap">
                      {t(flagged === 'uncertain' ? 'uncertain' : 'singleSource')}
                    </span>
                  ) : null}
                </p>
                {step.amount !== undefined ? <p className="font-semibold tabular-nums">{formatMoney(step.amount, locale)}</p> : null}
              </div>
              {dates ? <p>{localizeDates(dates, locale)}</p> : null}
              {step.note ? <p className="text-muted">{localizeDates(step.note[locale], locale)}</p> : null}
              <p className="text-sm">
                {t('basis')} <Basis step={step} locale={locale} />
              </p>
            </li>
          );
        })}
      </ol>
      {caveats ? <p className="mt-3 text-sm text-muted">{t('caveatNote')}</p> : null}
      <Formulas locale={locale} steps={steps} />
    </>
  );
}

/** The arithmetic of each step, for whoever wants to check it: collapsed, so the steps read as words. */
function Formulas({ locale, steps }: { locale: Locale; steps: readonly Step[] }) {
  const t = useClientStrings('Calculators.common');
  const withFormula = steps.filter((s) => s.formula);
  if (withFormula.length === 0) return null;
  return (
    <details className="mt-4 print:hidden">
      <summary className="cursor-pointer font-semibold">{t('howComputed')}</summary>
      <ol className="mt-2 space-y-2">
        {withFormula.map((step, index) => (
          <li key={`${index}-${step.id}`}>
            <p>{localizeDates(step.label[locale], locale)}</p>
            <p className="[overflow-wrap:anywhere]">
              <span className="sr-only">{t('formula')}: </span>
              <code className="rounded bg-brand-50 px-1 font-mono text-[0.95em]">{localizeDates(step.formula ?? '', locale)}</code>
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}

function Basis({ step, locale }: { step: Step; locale: Locale }) {
  const text = step.basis.citation[locale];
  return step.basis.url ? (
    <a href={step.basis.url} rel="noopener noreferrer" className="[overflow-wrap:anywhere]">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}
