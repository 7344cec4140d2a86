'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { linkCarrierAction } from '@/lib/carriers/actions';
import { FormFeedback } from './form-feedback';

type Labels = { typeCode: string; number: string; numberHint: string; submit: string; errorSummary: string };

/** Link (歸戶) a carrier: its type and the number printed on it. Works without JavaScript. */
export function LinkCarrierForm({ locale, types, labels }: { locale: string; types: { value: string; label: string }[]; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(linkCarrierAction, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormFeedback state={state} title={labels.errorSummary} firstField="typeCode" />
      <input type="hidden" name="locale" value={locale} />
      <SelectField
        id="typeCode"
        name="typeCode"
        label={labels.typeCode}
        error={errors.typeCode?.[0]}
        options={types}
        defaultValue={state.values?.typeCode || types[0]?.value}
        key={`type-${state.values?.typeCode ?? ''}`}
      />
      <TextField
        id="number"
        label={labels.number}
        hint={labels.numberHint}
        error={errors.number?.[0]}
        defaultValue={state.values?.number ?? ''}
        key={`number-${state.values?.number ?? ''}`}
        autoComplete="off"
        spellCheck={false}
        className="font-mono text-lg"
      />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
