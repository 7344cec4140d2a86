'use client';

import { useState } from 'react';
import { prizeName, type PrizeKey, type WinningNumbers } from '@/lib/lottery/prizes';
import { matchedDigits, mayWin, nextDigits, quickVerdict, quickVerdictText } from '@/lib/lottery/quick';
import { useCheckLocale, useCheckStrings } from './check-strings';

/** An open period as the keypad needs it: its months for naming it, and its numbers if we have them. */
export type QuickPeriod = { key: string; months: string; label: string; numbers: WinningNumbers | null };

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const KEY_CLASS = 'min-h-16 rounded-md border-2 border-ink text-3xl font-bold hover:bg-brand-50';

/**
 * Fast mode for a stack of paper invoices: a large keypad (or the keyboard) for the last 3
 * digits. On the third digit it gives a verdict for every open period, naming each, and says
 * only what is certain; a fourth digit, typed or tapped, starts the next number. The periods'
 * numbers stand beside the keypad with the digits typed so far highlighted.
 */
export function FastChecker({ periods }: { periods: QuickPeriod[] }) {
  const t = useCheckStrings();
  const locale = useCheckLocale();
  const [digits, setDigits] = useState('');
  const name = (key: PrizeKey) => (locale === 'en' ? prizeName(key, locale).toLowerCase() : prizeName(key, locale));
  const verdicts = digits.length === 3 ? periods.map((p) => ({ period: p, verdict: quickVerdict(p.numbers, digits) })) : [];
  const possible = verdicts.some(({ verdict }) => mayWin(verdict));

  function update(next: string) {
    setDigits(next);
    // A short buzz on a possible win, where the device can (phones; never on desktops).
    if (next.length === 3 && periods.some((p) => mayWin(quickVerdict(p.numbers, next)))) navigator.vibrate?.(200);
  }
  const press = (d: string) => update(nextDigits(digits, digits + d));
  const backspace = () => setDigits((c) => c.slice(0, -1));

  // Digits typed on a keyboard take the keypad's path, whether the field or a keypad button has
  // focus. Phone keyboards that send no key codes, and pasting, go through onChange.
  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.normalize('NFKC');
    if (/^\d$/.test(key)) press(key);
    else if (key === 'Backspace') backspace();
    else return;
    event.preventDefault();
  }

  return (
    // The keydown listener only forwards digits typed in the field or on a keypad button.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div onKeyDown={onKeyDown} className="grid gap-6 sm:grid-cols-[auto_minmax(11rem,1fr)]">
      <div>
        <label htmlFor="fast-digits" className="field-label">
          {t('fastInput')}
        </label>
        <input
          id="fast-digits"
          inputMode="numeric"
          autoComplete="off"
          pattern="[0-9]*"
          value={digits}
          onChange={(e) => update(nextDigits(digits, e.target.value))}
          className="field-input w-40 text-center font-mono text-4xl tracking-[0.3em]"
        />
        <div
          role="status"
          aria-live="polite"
          className={`mt-3 min-h-14 max-w-sm rounded-md p-3 text-xl font-bold ${possible ? 'bg-[#fff4cc] text-ink' : verdicts.length ? 'bg-brand-50' : ''}`}
        >
          {verdicts.length ? <p>{digits}</p> : null}
          {verdicts.map(({ period, verdict }) => (
            <p key={period.key}>{quickVerdictText(verdict, period.months, (key, values) => t(`quick.${key}` as 'quick.none', values), name)}</p>
          ))}
        </div>
        <div className="mt-3 grid max-w-xs grid-cols-3 gap-2">
          {KEYS.map((d) => (
            <button key={d} type="button" onClick={() => press(d)} className={KEY_CLASS}>
              {d}
            </button>
          ))}
          <button type="button" onClick={() => setDigits('')} className="min-h-16 rounded-md border-2 border-ink text-lg font-semibold hover:bg-brand-50">
            {t('clear')}
          </button>
          <button type="button" onClick={() => press('0')} className={KEY_CLASS}>
            0
          </button>
          <button type="button" onClick={backspace} aria-label={t('backspace')} className={KEY_CLASS}>
            ⌫
          </button>
        </div>
      </div>
      <PeriodNumbers periods={periods} digits={digits} />
    </div>
  );
}

/** Each open period's numbers, the digits matching what is typed marked. */
function PeriodNumbers({ periods, digits }: { periods: QuickPeriod[]; digits: string }) {
  const t = useCheckStrings();
  const locale = useCheckLocale();
  return (
    <section aria-label={t('quick.numbersLabel')} className="space-y-4">
      {periods.map((p) => (
        <div key={p.key}>
          <h3 className="text-lg font-bold">{t('quick.numbersHeading', { period: p.label })}</h3>
          {p.numbers ? (
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4">
              {(['special', 'grand', 'first'] as const).map((key) => {
                const values = key === 'first' ? p.numbers!.first : [p.numbers![key]];
                return (
                  <div key={key} className="contents">
                    <dt className="font-semibold whitespace-nowrap">{prizeName(key, locale)}</dt>
                    <dd className="font-mono text-xl tracking-wider">
                      {values.map((value, i) => (
                        <span key={i} className="mr-3 inline-block">
                          {value ? <Marked value={value} digits={digits} /> : <span className="font-sans text-base text-danger">{t('quick.numberMissing')}</span>}
                        </span>
                      ))}
                    </dd>
                  </div>
                );
              })}
            </dl>
          ) : (
            <p className="mt-1 text-muted">{t('quick.numbersUnavailable')}</p>
          )}
        </div>
      ))}
    </section>
  );
}

function Marked({ value, digits }: { value: string; digits: string }) {
  const range = matchedDigits(value, digits);
  if (!range) return <>{value}</>;
  const [start, end] = range;
  return (
    <>
      {value.slice(0, start)}
      <mark className="rounded-sm bg-[#ffd24d] text-ink">{value.slice(start, end)}</mark>
      {value.slice(end)}
    </>
  );
}
