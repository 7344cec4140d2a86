'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { registerAction } from '@/lib/citizens/actions';
import { NewCodeFields, type CodeLabels } from './code-fields';
import { summaryOf } from './form-state';
import { SentPanel } from './sent-panel';

type Labels = CodeLabels & { email: string; submit: string; errorSummary: string; sentTitle: string; sent: string };

export function RegisterForm({ locale, labels }: { locale: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(registerAction, {});
  if (state.ok) return <SentPanel title={labels.sentTitle} body={labels.sent.replace('{email}', String(state.data?.email ?? ''))} />;
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={labels.errorSummary} errors={summaryOf(state, 'email')} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="email"
        label={labels.email}
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values?.email ?? ''}
        error={state.errors?.email?.[0]}
        required
      />
      <NewCodeFields state={state} labels={labels} />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
