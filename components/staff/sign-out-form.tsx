'use client';

import { useActionState } from 'react';
import { signOutAction } from '@/lib/auth/actions';
import type { ActionState } from '@/lib/actions/validated-action';

/** Sign-out ends every session of the user (lib/auth/config.ts), which `note` tells them. */
export function SignOutForm({ locale, label, note }: { locale: string; label: string; note: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signOutAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="btn-secondary" disabled={pending} aria-describedby="sign-out-note">
        {label}
      </button>
      <p id="sign-out-note" className="mt-2 text-muted">
        {note}
      </p>
      <p aria-live="polite" className="text-danger">
        {state.message}
      </p>
    </form>
  );
}
