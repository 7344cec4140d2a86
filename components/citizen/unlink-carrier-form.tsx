'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { unlinkCarrierAction } from '@/lib/carriers/actions';

/**
 * Unlink with a confirmation step that needs no script: the first button only opens the
 * question; the second one sends the form.
 */
export function UnlinkCarrierForm({ locale, carrierId, labels }: { locale: string; carrierId: number; labels: { unlink: string; confirm: string; yes: string } }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(unlinkCarrierAction, {});
  const id = `unlink-${carrierId}`;
  return (
    <details className="min-w-40">
      <summary className="cursor-pointer font-semibold text-danger underline">{labels.unlink}</summary>
      <form action={action} className="mt-2">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="carrierId" value={carrierId} />
        <p id={`${id}-q`} className="cell-prose mb-2">
          {labels.confirm}
        </p>
        <button type="submit" className="btn-secondary" aria-describedby={`${id}-q`} disabled={pending} aria-disabled={pending}>
          {labels.yes}
        </button>
        <p aria-live="polite" className={state.ok ? 'mt-2' : 'mt-2 text-danger'}>
          {state.ok ? (state.data as { message: string }).message : state.message}
        </p>
      </form>
    </details>
  );
}
