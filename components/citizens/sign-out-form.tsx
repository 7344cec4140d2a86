'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';
import { citizenSignOutAction } from '@/lib/citizens/actions';

/** Sign-out ends every session of the citizen (lib/auth/config.ts), which `note` tells them. */
export function CitizenSignOutForm({ locale, label, note }: { locale: string; label: string; note: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(citizenSignOutAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="btn-secondary" disabled={pending} aria-describedby="citizen-sign-out-note">
        {label}
      </button>
      <p id="citizen-sign-out-note" className="mt-2 text-muted">
        {note}
      </p>
      <p aria-live="polite" className="text-danger">
        {state.message}
      </p>
    </form>
  );
}
