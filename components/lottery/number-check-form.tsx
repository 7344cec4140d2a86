'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { checkNumberAction, type CheckSection } from '@/lib/lottery/actions';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';

type Labels = { period: string; number: string; numberHint: string; submit: string; resultHeading: string };

/**
 * Full-number check; a plain form post without JavaScript (server action). The first period
 * offered is "every open period" when there are two: the answer then names each.
 */
export function NumberCheckForm({
  locale,
  periods,
  labels,
}: {
  locale: string;
  periods: { key: string; label: string }[];
  labels: Labels;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(checkNumberAction, {});
  const sections = (state.data as { sections: CheckSection[] } | undefined)?.sections;
  const numberError = state.errors?.number?.[0];
  const periodError = state.errors?.period?.[0];
  return (
    <form action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <SelectField
        id="period"
        name="period"
        label={labels.period}
        error={periodError}
        options={periods.map((p) => ({ value: p.key, label: p.label }))}
        defaultValue={state.values?.period ?? periods[0]?.key}
      />
      <TextField
        id="number"
        label={labels.number}
        hint={labels.numberHint}
        error={numberError}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.number ?? ''}
        className="font-mono text-xl uppercase"
      />
      <button type="submit" className="btn" disabled={pending}>
        {labels.submit}
      </button>
      <div role="status" aria-live="polite" className="mt-6">
        {sections ? (
          <div className={`rounded-lg border-l-8 p-4 ${sections.some((s) => s.won) ? 'border-success bg-[#e8f5ec]' : 'border-brand-700 bg-brand-50'}`}>
            <h3 className="text-xl font-bold">{labels.resultHeading}</h3>
            {sections.map((section) => (
              <div key={section.period} className="mt-2">
                {sections.length > 1 ? <h4 className="font-bold">{section.period}</h4> : null}
                {section.lines.map((line) => (
                  <p key={line} className="mt-1">
                    {line}
                  </p>
                ))}
              </div>
            ))}
          </div>
        ) : null}
        {state.message ? <p className="text-danger">{state.message}</p> : null}
      </div>
    </form>
  );
}
