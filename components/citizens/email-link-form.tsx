'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';
import { NewCodeFields, type CodeLabels } from './code-fields';
import { summaryOf } from './form-state';
import { SentPanel } from './sent-panel';

export type EmailLinkLabels = { email: string; submit: string; errorSummary: string; sentTitle: string; sent: string };

/**
 * A form that asks for an e-mail address and answers "we sent you a link" (registration, code
 * reset): one place for the address field, the error summary and the sent panel. With
 * `codeLabels`, the new verification code is asked for too (registration).
 */
export function EmailLinkForm({
  serverAction,
  locale,
  labels,
  codeLabels,
}: {
  serverAction: (state: ActionState, form: FormData) => Promise<ActionState>;
  locale: string;
  labels: EmailLinkLabels;
  codeLabels?: CodeLabels;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, {});
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
      {codeLabels ? <NewCodeFields state={state} labels={codeLabels} /> : null}
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
