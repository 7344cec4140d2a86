'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Link } from '@/components/ui/locale-link';
import type { ActionState } from '@/lib/actions/validated-action';
import { confirmAction } from '@/lib/citizens/actions';
import { summaryOf } from './form-state';
import { SentPanel } from './sent-panel';

type Labels = { submit: string; errorSummary: string; doneTitle: string; done: string; signIn: string };

/**
 * A button, not a confirmation on page load: mail scanners open links, and a GET must not
 * change anything.
 */
export function ConfirmForm({ locale, token, labels }: { locale: string; token: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(confirmAction, {});
  if (state.ok) {
    return (
      <>
        <SentPanel title={labels.doneTitle} body={labels.done.replace('{barcode}', String(state.data?.barcode ?? ''))} />
        <p className="mt-6">
          <Link href="/sign-in" className="btn">
            {labels.signIn}
          </Link>
        </p>
      </>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary title={labels.errorSummary} errors={summaryOf(state, 'confirm')} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <button id="confirm" type="submit" className="btn" disabled={pending} aria-disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
