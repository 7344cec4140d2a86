'use client';

import { useState } from 'react';

type Labels = { input: string; none: string; possible: string; clear: string; backspace: string };

/**
 * Fast mode for a stack of paper invoices: a large keypad (or the keyboard) for the last 3
 * digits; the verdict is announced as soon as the third digit is in, and the next digit starts
 * a new number. Only the endings that can win are sent to the browser, not a checker.
 */
export function FastChecker({ endings, labels }: { endings: string[]; labels: Labels }) {
  const [digits, setDigits] = useState('');
  const winning = new Set(endings);
  const verdict = digits.length === 3 ? (winning.has(digits) ? 'possible' : 'none') : null;
  const press = (d: string) => setDigits((current) => (current.length >= 3 ? d : current + d));
  const message = verdict ? labels[verdict].replace('{digits}', digits) : '';
  return (
    <div>
      <label htmlFor="fast-digits" className="field-label">
        {labels.input}
      </label>
      <input
        id="fast-digits"
        inputMode="numeric"
        autoComplete="off"
        maxLength={3}
        pattern="[0-9]*"
        value={digits}
        onChange={(e) => setDigits(e.target.value.normalize('NFKC').replace(/\D/g, '').slice(-3))}
        className="field-input w-40 text-center font-mono text-4xl tracking-[0.3em]"
      />
      <div
        role="status"
        aria-live="polite"
        className={`mt-3 min-h-14 rounded-md p-3 text-xl font-bold ${verdict === 'possible' ? 'bg-[#fff4cc] text-ink' : verdict === 'none' ? 'bg-brand-50' : ''}`}
      >
        {message}
      </div>
      <div className="mt-3 grid max-w-xs grid-cols-3 gap-2">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" onClick={() => press(d)} className="min-h-16 rounded-md border-2 border-ink text-3xl font-bold hover:bg-brand-50">
            {d}
          </button>
        ))}
        <button type="button" onClick={() => setDigits('')} className="min-h-16 rounded-md border-2 border-ink text-lg font-semibold hover:bg-brand-50">
          {labels.clear}
        </button>
        <button type="button" onClick={() => press('0')} className="min-h-16 rounded-md border-2 border-ink text-3xl font-bold hover:bg-brand-50">
          0
        </button>
        <button
          type="button"
          onClick={() => setDigits((c) => c.slice(0, -1))}
          aria-label={labels.backspace}
          className="min-h-16 rounded-md border-2 border-ink text-3xl font-bold hover:bg-brand-50"
        >
          ⌫
        </button>
      </div>
    </div>
  );
}
