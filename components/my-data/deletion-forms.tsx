'use client';

import { useActionState } from 'react';
import { summaryOf } from '@/components/citizens/form-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { cancelDeletionAction, requestDeletionAction } from '@/lib/my-data/actions';

type RequestLabels = { code: string; codeHint: string; submit: string; errorSummary: string };

/** Asks for the account's deletion with the verification code typed again. */
export function DeletionRequestForm({ locale, labels }: { locale: string; labels: RequestLabels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestDeletionAction, {});
  return (
    <form action={action} noValidate className="mt-4 max-w-md">
      <ErrorSummary title={labels.errorSummary} errors={summaryOf(state, 'verificationCode')} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="verificationCode"
        label={labels.code}
        hint={labels.codeHint}
        type="password"
        autoComplete="current-password"
        error={state.errors?.verificationCode?.[0]}
        required
      />
      <button type="submit" className="btn bg-danger hover:bg-[#8c1d17]" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}

/** Keeps the account: cancels a pending deletion. */
export function DeletionCancelForm({ locale, label, errorSummary }: { locale: string; label: string; errorSummary: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(cancelDeletionAction, {});
  return (
    <form action={action} className="mt-4">
      <ErrorSummary title={errorSummary} errors={summaryOf(state, 'cancel')} />
      <input type="hidden" name="locale" value={locale} />
      <button id="cancel" type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {label}
      </button>
    </form>
  );
}
