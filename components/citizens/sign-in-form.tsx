'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { citizenSignInAction } from '@/lib/citizens/actions';
import { summaryOf } from './form-state';

type Labels = { barcode: string; barcodeHint: string; code: string; submit: string; errorSummary: string; sessionNote: string };

/** Works without JavaScript: the form posts to the server action and the page re-renders. */
export function CitizenSignInForm({ locale, next, labels, notice }: { locale: string; next?: string; labels: Labels; notice?: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(citizenSignInAction, {});
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={labels.errorSummary} errors={summaryOf(state, 'barcode')} />
      {notice && Object.keys(state).length === 0 ? (
        <p role="status" className="mb-6 border-l-8 border-brand-700 bg-brand-50 p-4">
          {notice}
        </p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="barcode"
        label={labels.barcode}
        hint={labels.barcodeHint}
        autoComplete="username"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        className="font-mono"
        defaultValue={state.values?.barcode ?? ''}
        error={state.errors?.barcode?.[0]}
        required
      />
      <TextField id="code" label={labels.code} type="password" autoComplete="current-password" error={state.errors?.code?.[0]} required />
      <p className="mb-5 text-muted">{labels.sessionNote}</p>
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
