'use client';

import { useActionState } from 'react';
import { signInAction } from '@/lib/auth/actions';
import type { ActionState } from '@/lib/actions/validated-action';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';

type Labels = { email: string; password: string; submit: string; errorSummary: string; sessionNote: string };

/** Works without JavaScript: the form posts to the server action and the page re-renders. */
export function SignInForm({ locale, next, labels, notice }: { locale: string; next?: string; labels: Labels; notice?: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signInAction, {});
  const fieldErrors = Object.entries(state.errors ?? {}).flatMap(([field, messages]) =>
    messages.map((message) => ({ field, message })),
  );
  // `notice` (from the URL) shows until the form is first submitted.
  const message = state.message ?? (Object.keys(state).length === 0 ? notice : undefined);
  const summary = message ? [{ field: 'email', message }, ...fieldErrors] : fieldErrors;
  return (
    <form action={action} noValidate className="max-w-md">
      <ErrorSummary title={labels.errorSummary} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        id="email"
        label={labels.email}
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.values?.email ?? ''}
        error={state.errors?.email?.[0]}
        required
      />
      <TextField
        id="password"
        label={labels.password}
        type="password"
        autoComplete="current-password"
        error={state.errors?.password?.[0]}
        required
      />
      <p className="mb-5 text-muted">{labels.sessionNote}</p>
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
