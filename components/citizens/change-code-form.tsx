'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { changeCodeAction } from '@/lib/citizens/actions';
import { NewCodeFields, type CodeLabels } from './code-fields';
import { summaryOf } from './form-state';

type Labels = CodeLabels & { currentCode: string; submit: string; errorSummary: string; note: string };

export function ChangeCodeForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeCodeAction, {});
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={labels.errorSummary} errors={summaryOf(state, 'currentCode')} />
      <input type="hidden" name="locale" value={locale} />
      <TextField id="currentCode" label={labels.currentCode} type="password" autoComplete="current-password" error={state.errors?.currentCode?.[0]} required />
      <NewCodeFields state={state} labels={labels} />
      <p className="mb-5 text-muted">{labels.note}</p>
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
