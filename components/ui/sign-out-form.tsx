'use client';

import { useActionState, useId } from 'react';
import type { ActionState } from '@/lib/actions/validated-action';

type SignOutAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Sign-out for staff and citizens alike: the action (a server action passed from the page) ends
 * every session of the user (lib/auth/config.ts), which `note` tells them.
 */
export function SignOutForm({ signOut, locale, label, note }: { signOut: SignOutAction; locale: string; label: string; note: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signOut, {});
  const noteId = useId();
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="btn-secondary" disabled={pending} aria-describedby={noteId}>
        {label}
      </button>
      <p id={noteId} className="mt-2 text-muted">
        {note}
      </p>
      <p aria-live="polite" className="text-danger">
        {state.message}
      </p>
    </form>
  );
}
