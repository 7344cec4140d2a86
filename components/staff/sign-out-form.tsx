'use client';

import { useActionState } from 'react';
import { signOutAction } from '@/lib/auth/actions';
import type { ActionState } from '@/lib/actions/validated-action';

export function SignOutForm({ locale, label }: { locale: string; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signOutAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {label}
      </button>
      <p aria-live="polite" className="text-danger">
        {state.message}
      </p>
    </form>
  );
}
