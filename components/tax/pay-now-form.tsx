'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { payBillAction } from '@/lib/payments/actions';

type Labels = { submit: string; hint: string; starting: string };

/**
 * The "pay online" button of one bill. The form carries an idempotency key made when the page was
 * rendered, so a double click (or a resent post) makes one order. Works without JavaScript: the
 * post is answered with a redirect to the provider's page.
 */
export function PayNowForm({ locale, billId, idempotencyKey, labels }: { locale: string; billId: string; idempotencyKey: string; labels: Labels }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(payBillAction, {});
  const hintId = `pay-hint-${billId}`;
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="billId" value={billId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <button type="submit" className="btn" disabled={pending} aria-disabled={pending} aria-describedby={hintId}>
        {labels.submit}
      </button>
      <p id={hintId} className="mt-2 text-muted">
        {labels.hint}
      </p>
      <div role="status" aria-live="polite">
        {pending ? <p className="mt-2">{labels.starting}</p> : null}
      </div>
      <div role="alert">{state.message ? <p className="mt-2 border-l-8 border-danger bg-[#fdf3f2] px-4 py-3 font-semibold">{state.message}</p> : null}</div>
    </form>
  );
}
