'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { ActionState } from '@/lib/actions/validated-action';
import { resetAction } from '@/lib/citizens/actions';
import { NewCodeFields, type CodeLabels } from './code-fields';
import { summaryOf } from './form-state';

type Labels = CodeLabels & { submit: string; errorSummary: string };

/** The new code from a reset link; success goes to the sign-in page (every session has ended). */
export function ResetForm({ locale, token, labels }: { locale: string; token: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(resetAction, {});
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={labels.errorSummary} errors={summaryOf(state, 'code')} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <NewCodeFields state={state} labels={labels} />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
